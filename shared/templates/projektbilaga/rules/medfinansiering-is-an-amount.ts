// "Nämndens medfinansiering: 13,5 miljoner kr" / "Na@mndens medfinansiering: O kr" — fältet i
// Projektbilagan (T1 2020, OCR, 003 rad 553–825; lika i 002, 000 och 001). Medfinansieringen är ett
// belopp; "O kr" (bokstaven O för noll) läses som 0 men rapporteras alltid, så att inget rättas i
// tysthet (templates.md §0.1: "flag rather than silently fix"). Noll behöver ingen enhet.
import { defineRule, type RuleContext } from '../../../engine';
import type { Localized } from '../../../locale';
import type { ProjektbilagaLayout } from '../layout';
import { moneyAt, projectName } from '../rows';

export default defineRule({
  meta: {
    id: 'projektbilaga/medfinansiering-is-an-amount',
    severity: 'error',
    docs: {
      sv: 'Nämndens medfinansiering är ett belopp med enhet (0 får stå utan enhet).',
      en: "The nämnd's co-financing is an amount with its unit (0 may stand without one).",
      source: 'Projektbilagans fält "Nämndens medfinansiering:" (003 rad 553–825 med OCR-felet "O kr"; 002 rad 288–553, 000 rad 1222–1545, 001 rad 3208–3491)',
    },
    messages: {
      missing: {
        sv: '{{project}}: nämndens medfinansiering saknas; skriv 0 kr om nämnden inte bidrar.',
        en: '{{project}}: the co-financing is missing; write 0 kr if the nämnd does not contribute.',
      },
      notAnAmount: {
        sv: '{{project}}: "{{text}}" är inget belopp; ange nämndens medfinansiering i kronor.',
        en: '{{project}}: "{{text}}" is not an amount; give the co-financing in kronor.',
      },
      suspiciousNumber: {
        sv: '{{project}}: "{{text}}" läses som {{value}}, men siffrorna är felskrivna: {{warning}}.',
        en: '{{project}}: "{{text}}" is read as {{value}}, but the digits are mistyped: {{warning}}.',
      },
      missingUnit: {
        sv: '{{project}}: "{{text}}" saknar enhet; skriv kr, tkr eller miljoner kr.',
        en: '{{project}}: "{{text}}" has no unit; write kr, tkr or miljoner kr.',
      },
    },
  },
  *check({ sheet, layout }: RuleContext<ProjektbilagaLayout>) {
    for (const row of layout.projectRows) {
      const m = moneyAt(sheet, layout, row, 'medfinansiering');
      if (!m) continue;
      const project = projectName(sheet, layout, row);
      const { cell, text, blank } = m.field;
      const money = m.money;
      if (blank) yield { messageId: 'missing', cell, data: { project } } as const;
      else if (!money) yield { messageId: 'notAnAmount', cell, data: { project, text } } as const;
      else if (money.warnings.length > 0) {
        const warning: Localized = { sv: money.warnings.map((w) => w.sv).join('; '), en: money.warnings.map((w) => w.en).join('; ') };
        yield { messageId: 'suspiciousNumber', cell, data: { project, text, value: money.value, warning } } as const;
      } else if (money.currency === undefined && money.value !== 0) yield { messageId: 'missingUnit', cell, data: { project, text } } as const;
    }
  },
});
