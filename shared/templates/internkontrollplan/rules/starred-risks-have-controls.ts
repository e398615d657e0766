// "Oönskade händelser med riskvärde 12 eller högre ska alltid med till internkontrollplanen." (VP
// 2022, 001 rad 130–131) och "Alla som har en stjärna samt en metod för kontroll av systematiska
// kontroller finns även i Internkontrollplanen längre ner i rapporten." (001 rad 344). Kontrolleras
// när VoR:en är ett blad i samma arbetsbok; det som saknas visas vid rubriken Oönskad händelse, där
// raden ska in.
import { defineRule, type RuleContext } from '../../../engine';
import { type IkpLayout, handelseAt } from '../layout';
import { eventKey, findVor } from '../vor-link';

export default defineRule({
  meta: {
    id: 'internkontrollplan/starred-risks-have-controls',
    severity: 'error',
    docs: {
      sv: 'Varje händelse i VoR:en med stjärna eller riskvärde 12 eller högre har en kontroll i internkontrollplanen. Kontrolleras när VoR:en är ett blad i samma arbetsbok.',
      en: 'Every VoR event that is starred or has a risk value of 12 or more has a control in the plan. Checked when the VoR is a sheet of the same workbook.',
      source: '"Oönskade händelser med riskvärde 12 eller högre ska alltid med till internkontrollplanen." (001 rad 130–131); "Alla som har en stjärna … finns även i Internkontrollplanen" (001 rad 344)',
    },
    messages: {
      missingControl: {
        sv: 'VoR:en (bladet "{{vor}}", nr {{nr}}, riskvärde {{rv}}) tar med "{{handelse}}" i internkontrollplanen, men planen har ingen kontroll för den.',
        en: 'The VoR (sheet "{{vor}}", no. {{nr}}, risk value {{rv}}) carries "{{handelse}}" into the plan, but the plan has no control for it.',
      },
    },
  },
  *check({ sheet, workbook, layout }: RuleContext<IkpLayout>) {
    const vor = findVor(workbook, sheet);
    if (!vor) return;
    const planned = new Set(layout.rows.map(({ row }) => eventKey(handelseAt(sheet, row, layout.columns).text)));
    const cell = { row: layout.headerRow, col: layout.columns.handelse };
    for (const risk of vor.risks) {
      const due = risk.mark === 'star' || (risk.rv !== undefined && risk.rv >= 12);
      // An event without Nr or risk value is the VoR's own problem (row-has-nr-and-scores), not a missing control.
      if (!due || risk.nr === undefined || risk.rv === undefined || planned.has(eventKey(risk.handelse))) continue;
      yield { messageId: 'missingControl', cell, data: { vor: vor.sheet, nr: String(risk.nr), rv: risk.rv, handelse: risk.handelse } } as const;
    }
  },
});
