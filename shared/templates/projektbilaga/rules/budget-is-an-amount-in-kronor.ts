// "Projektets budget: 25,6 miljoner kr" — fältet i Projektbilagan (002 rad 288–553, 003 rad 553–825,
// 000 rad 1222–1545, 001 rad 3208–3491). Listan är källan till nämndens projektlista, där budgeten
// är ett belopp i kronor (templates.md §T20: "Values must be normalised to kronor"). Text i stället
// för belopp ("okänt", "Ingen budget för nämnden"), euro, tal utan enhet ("761 742") och ord kring
// beloppet ("Projektets budget 2019: …") går inte att läsa som projektets budget i kronor.
import { defineRule, type RuleContext } from '../../../engine';
import type { Localized } from '../../../locale';
import type { ProjektbilagaLayout } from '../layout';
import { moneyAt, projectName } from '../rows';

export default defineRule({
  meta: {
    id: 'projektbilaga/budget-is-an-amount-in-kronor',
    severity: 'error',
    docs: {
      sv: 'Projektets budget är ett belopp i kronor med enhet (kr, tkr eller miljoner kr) och inget annat.',
      en: "The project budget is an amount in kronor with its unit (kr, tkr or miljoner kr) and nothing else.",
      source: 'Projektbilagans fält "Projektets budget:" (002 rad 288–553, 003 rad 553–825, 000 rad 1222–1545, 001 rad 3208–3491); templates.md §T20 "Values must be normalised to kronor"',
    },
    messages: {
      missing: {
        sv: '{{project}}: projektets budget saknas.',
        en: '{{project}}: the project budget is missing.',
      },
      notAnAmount: {
        sv: '{{project}}: "{{text}}" är inget belopp. Skriv projektets budget i kronor, t.ex. "2,5 miljoner kr", och förklaringen i beskrivningen.',
        en: '{{project}}: "{{text}}" is not an amount. Give the project budget in kronor, e.g. "2,5 miljoner kr", and the explanation in the description.',
      },
      suspiciousNumber: {
        sv: '{{project}}: "{{text}}" läses som {{value}} kr, men siffrorna är felskrivna: {{warning}}.',
        en: '{{project}}: "{{text}}" is read as {{value}} kr, but the digits are mistyped: {{warning}}.',
      },
      otherCurrency: {
        sv: '{{project}}: "{{text}}" är inte i kronor. Räkna om budgeten till kronor (och ange gärna euro i beskrivningen).',
        en: '{{project}}: "{{text}}" is not in kronor. Convert the budget to kronor (and give the euro amount in the description).',
      },
      missingUnit: {
        sv: '{{project}}: "{{text}}" saknar enhet; skriv kr, tkr eller miljoner kr.',
        en: '{{project}}: "{{text}}" has no unit; write kr, tkr or miljoner kr.',
      },
      extraText: {
        sv: '{{project}}: "{{text}}" innehåller mer än beloppet ("{{extra}}"). Skriv bara projektets hela budget; annat hör till beskrivningen.',
        en: '{{project}}: "{{text}}" holds more than the amount ("{{extra}}"). Give only the project’s whole budget; the rest belongs in the description.',
      },
    },
  },
  *check({ sheet, layout }: RuleContext<ProjektbilagaLayout>) {
    for (const row of layout.projectRows) {
      const b = moneyAt(sheet, layout, row, 'budget');
      if (!b) continue;
      const project = projectName(sheet, layout, row);
      const { cell, text, blank } = b.field;
      const m = b.money;
      if (blank) yield { messageId: 'missing', cell, data: { project } } as const;
      else if (!m) yield { messageId: 'notAnAmount', cell, data: { project, text } } as const;
      else if (m.warnings.length > 0) {
        const warning: Localized = { sv: m.warnings.map((w) => w.sv).join('; '), en: m.warnings.map((w) => w.en).join('; ') };
        yield { messageId: 'suspiciousNumber', cell, data: { project, text, value: m.value, warning } } as const;
      } else if (m.currency === 'EUR') yield { messageId: 'otherCurrency', cell, data: { project, text } } as const;
      else if (m.currency === undefined && m.value !== 0) yield { messageId: 'missingUnit', cell, data: { project, text } } as const;
      else if (m.before !== '' || m.after !== '') {
        yield { messageId: 'extraText', cell, data: { project, text, extra: [m.before, m.after].filter(Boolean).join(' … ') } } as const;
      }
    }
  },
});
