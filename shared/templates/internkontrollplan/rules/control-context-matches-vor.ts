// "Av den färdiga internkontrollplanen ska följande framgå: Mål, Processer, Arbetssätt …" (VP
// 2022, 001 rad 135–142), och planens kontroller är VoR:ens stjärnmärkta händelser (001 rad 344).
// En kontroll står därför under samma KF-mål och samma process som händelsen i VoR:en. I VP 2022
// står "Utlägg via LISA" (VoR nr 25, Redovisning) med tom process direkt under "Budgetföljsamhet".
// Kontrolleras när VoR:en är ett blad i samma arbetsbok.
import { defineRule, fold, type RuleContext } from '../../../engine';
import { type IkpLayout, handelseAt, shownText } from '../layout';
import { findVor, sameGoal } from '../vor-link';

export default defineRule({
  meta: {
    id: 'internkontrollplan/control-context-matches-vor',
    severity: 'error',
    docs: {
      sv: 'Kontrollen står under samma KF-mål och samma process som händelsen i VoR:en. Kontrolleras när VoR:en är ett blad i samma arbetsbok.',
      en: 'The control stands under the same KF goal and the same process as the event in the VoR. Checked when the VoR is a sheet of the same workbook.',
      source: '"Av den färdiga internkontrollplanen ska följande framgå: Mål, Processer, Arbetssätt …" (001 rad 135–142); stjärnmärkta händelser "finns även i Internkontrollplanen" (001 rad 344)',
    },
    messages: {
      goalMismatch: {
        sv: 'Kontrollen för "{{handelse}}" står under målet "{{goal}}", men VoR:en (bladet "{{vor}}") har händelsen under "{{vorGoal}}".',
        en: 'The control for "{{handelse}}" stands under the goal "{{goal}}", but the VoR (sheet "{{vor}}") has the event under "{{vorGoal}}".',
      },
      processMismatch: {
        sv: 'Processen läses som "{{process}}" (cellen är tom eller sammanslagen med raden ovanför), men VoR:en (bladet "{{vor}}") anger processen "{{vorProcess}}" för "{{handelse}}".',
        en: 'The process reads "{{process}}" (the cell is empty or merged with the row above), but the VoR (sheet "{{vor}}") gives the process "{{vorProcess}}" for "{{handelse}}".',
      },
    },
  },
  *check({ sheet, workbook, layout }: RuleContext<IkpLayout>) {
    const vor = findVor(workbook, sheet);
    if (!vor) return;
    for (const { row, goal } of layout.rows) {
      const h = handelseAt(sheet, row, layout.columns);
      const risk = h.text === '' ? undefined : vor.find(h.text);
      if (!risk) continue;
      if (goal && risk.goal && !sameGoal(goal, risk.goal)) {
        yield { messageId: 'goalMismatch', cell: { row, col: layout.columns.handelse }, data: { handelse: h.text, goal, vor: vor.sheet, vorGoal: risk.goal } } as const;
      }
      const col = layout.columns.process;
      const process = shownText(sheet, row, col);
      if (col !== undefined && process !== '' && risk.process !== '' && fold(process) !== fold(risk.process)) {
        yield { messageId: 'processMismatch', cell: { row, col }, data: { handelse: h.text, process, vor: vor.sheet, vorProcess: risk.process } } as const;
      }
    }
  },
});
