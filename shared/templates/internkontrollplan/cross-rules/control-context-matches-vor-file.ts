// "Av den färdiga internkontrollplanen ska följande framgå: Mål, Processer, Arbetssätt …" (VP
// 2022, 001 rad 135–142), och planens kontroller är VoR:ens stjärnmärkta händelser (001 rad 344):
// en kontroll står under samma KF-mål och samma process som händelsen i VoR:en. Samma krav som
// control-context-matches-vor, när VoR:en är en egen fil.
import { defineCrossRule, fold, type CrossRuleContext } from '../../../engine';
import type { VorLayout } from '../../vasentlighets-och-riskanalys/layout';
import { type IkpLayout, handelseAt, shownText } from '../layout';
import { sameGoal } from '../vor-link';
import { vorPartner } from '../vor-partner';

export default defineCrossRule({
  meta: {
    id: 'internkontrollplan/control-context-matches-vor-file',
    severity: 'error',
    partners: ['vasentlighets-och-riskanalys'],
    sameWorkbook: false,
    docs: {
      sv: 'Kontrollen står under samma KF-mål och process som händelsen i VoR:en för samma år, när VoR:en är en egen fil.',
      en: "The control stands under the same KF goal and process as the event in the same year's VoR, when the VoR is a file of its own.",
      source: '"Av den färdiga internkontrollplanen ska följande framgå: Mål, Processer, Arbetssätt …" (001 rad 135–142); stjärnmärkta händelser "finns även i Internkontrollplanen" (001 rad 344)',
    },
    messages: {
      goalMismatch: {
        sv: 'Kontrollen för "{{handelse}}" står under målet "{{goal}}", men VoR:en i {{partnerFile}} ({{partnerCell}}) har händelsen under "{{vorGoal}}".',
        en: 'The control for "{{handelse}}" stands under the goal "{{goal}}", but the VoR in {{partnerFile}} ({{partnerCell}}) has the event under "{{vorGoal}}".',
      },
      processMismatch: {
        sv: 'Processen läses som "{{process}}" (cellen är tom eller sammanslagen med raden ovanför), men VoR:en i {{partnerFile}} ({{partnerCell}}) anger processen "{{vorProcess}}" för "{{handelse}}".',
        en: 'The process reads "{{process}}" (the cell is empty or merged with the row above), but the VoR in {{partnerFile}} ({{partnerCell}}) gives the process "{{vorProcess}}" for "{{handelse}}".',
      },
    },
  },
  *check({ sheet, layout, edition, partners }: CrossRuleContext<IkpLayout, VorLayout>) {
    const found = vorPartner(edition, partners);
    if (!found) return;
    const { partner, vor } = found;
    for (const { row, goal } of layout.rows) {
      const h = handelseAt(sheet, row, layout.columns);
      const risk = h.text === '' ? undefined : vor.find(h.text);
      if (!risk) continue;
      if (goal && risk.goal && !sameGoal(goal, risk.goal)) {
        yield { messageId: 'goalMismatch', cell: { row, col: layout.columns.handelse }, partner, partnerCell: risk.cell, data: { handelse: h.text, goal, vorGoal: risk.goal } } as const;
      }
      const col = layout.columns.process;
      const process = shownText(sheet, row, col);
      if (col !== undefined && process !== '' && risk.process !== '' && fold(process) !== fold(risk.process)) {
        yield { messageId: 'processMismatch', cell: { row, col }, partner, partnerCell: risk.cell, data: { handelse: h.text, process, vorProcess: risk.process } } as const;
      }
    }
  },
});
