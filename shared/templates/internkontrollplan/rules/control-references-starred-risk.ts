// "I riskmatrisen nedan syns alla oönskade händelser i VoR:en. Alla som har en stjärna samt en
// metod för kontroll av systematiska kontroller finns även i Internkontrollplanen längre ner i
// rapporten." (VP 2022, 001 rad 344) och "Utifrån riskvärdet beslutas om den oönskade
// händelsen/risken ska hanteras i internkontrollplanen." (001 rad 7). En kontroll avser alltså en
// händelse som VoR:en tar med i planen (stjärna), med samma riskvärde. VoR:en läses när den är ett
// annat blad i samma arbetsbok; annars kan detta inte avgöras här.
import { defineRule, type RuleContext } from '../../../engine';
import { type IkpLayout, handelseAt } from '../layout';
import { findVor } from '../vor-link';

export default defineRule({
  meta: {
    id: 'internkontrollplan/control-references-starred-risk',
    severity: 'error',
    docs: {
      sv: 'Varje kontroll avser en oönskad händelse i VoR:en som har stjärna (tas med i internkontrollplanen), med samma riskvärde. Kontrolleras när VoR:en är ett blad i samma arbetsbok.',
      en: 'Every control refers to an undesired event of the VoR that is starred (carried into the plan), with the same risk value. Checked when the VoR is a sheet of the same workbook.',
      source: '"Alla som har en stjärna samt en metod för kontroll av systematiska kontroller finns även i Internkontrollplanen" (001 rad 344); "Utifrån riskvärdet beslutas om den oönskade händelsen/risken ska hanteras i internkontrollplanen." (001 rad 7)',
    },
    messages: {
      unknownRisk: {
        sv: 'Händelsen "{{handelse}}" finns inte i VoR:en (bladet "{{vor}}"); en kontroll i internkontrollplanen ska avse en oönskad händelse i VoR:en.',
        en: 'The event "{{handelse}}" is not in the VoR (sheet "{{vor}}"); a control in the plan must refer to an undesired event of the VoR.',
      },
      riskNotStarred: {
        sv: 'VoR:en (bladet "{{vor}}", nr {{nr}}) anger "Nej, endast VoR" för "{{handelse}}", men den har en kontroll här. Sätt stjärna i VoR:en eller ta bort kontrollen.',
        en: 'The VoR (sheet "{{vor}}", no. {{nr}}) says "Nej, endast VoR" for "{{handelse}}", yet it has a control here. Star it in the VoR or remove the control.',
      },
      rvMismatch: {
        sv: 'Riskvärdet {{rv}} stämmer inte med VoR:en (bladet "{{vor}}", nr {{nr}}), som anger {{vorRv}} för "{{handelse}}".',
        en: 'The risk value {{rv}} does not match the VoR (sheet "{{vor}}", no. {{nr}}), which gives {{vorRv}} for "{{handelse}}".',
      },
    },
  },
  *check({ sheet, workbook, layout }: RuleContext<IkpLayout>) {
    const vor = findVor(workbook, sheet);
    if (!vor) return;
    for (const { row } of layout.rows) {
      const h = handelseAt(sheet, row, layout.columns);
      if (h.text === '') continue;
      const cell = { row, col: layout.columns.handelse };
      const risk = vor.find(h.text);
      if (!risk) {
        yield { messageId: 'unknownRisk', cell, data: { handelse: h.text, vor: vor.sheet } } as const;
        continue;
      }
      const nr = risk.nr === undefined ? '–' : String(risk.nr);
      if (risk.mark === 'nej') yield { messageId: 'riskNotStarred', cell, data: { handelse: h.text, vor: vor.sheet, nr } } as const;
      if (h.rv !== undefined && risk.rv !== undefined && h.rv !== risk.rv) {
        const rvCell = layout.columns.rv === undefined ? cell : { row, col: layout.columns.rv };
        yield { messageId: 'rvMismatch', cell: rvCell, data: { handelse: h.text, vor: vor.sheet, nr, rv: h.rv, vorRv: risk.rv } } as const;
      }
    }
  },
});
