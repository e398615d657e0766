// Riskmatrisens förklaring skriver skalan "5 Mycket sannolikt Mycket allvarlig, 4 Sannolikt
// Allvarlig, 3 Möjlig Kännbar, 2 Mindre sannolikt Lindrig, 1 Osannolikt Försumbar" (VP 2022, 001 rad
// 343–401), och händelserna "ska värderas (1-5)" efter den (001 rad 6–7). Står ett annat tal vid en
// benämning läses hela värderingen fel.
import { defineRule, type RuleContext } from '../../../engine';
import type { VorLayout } from '../layout';
import { findScaleLegend } from '../scale-legend';

export default defineRule({
  meta: {
    id: 'vasentlighets-och-riskanalys/scale-legend-matches-scale',
    severity: 'warning',
    docs: {
      sv: 'I skalans förklaring står varje tal 1–5 vid sina benämningar (5 Mycket sannolikt / Mycket allvarlig … 1 Osannolikt / Försumbar).',
      en: 'In the scale legend each number 1–5 stands by its labels (5 Mycket sannolikt / Mycket allvarlig … 1 Osannolikt / Försumbar).',
      source: 'Skalans förklaring vid riskmatrisen (001 rad 343–401); "Dessa ska värderas (1-5) …" (001 rad 6–7)',
    },
    messages: {
      numberMissing: {
        sv: 'Talet saknas vid "{{label}}" i skalans förklaring; på skalan är det {{expected}}.',
        en: 'The number by "{{label}}" in the scale legend is missing; on the scale it is {{expected}}.',
      },
      numberMismatch: {
        sv: 'Skalans förklaring sätter "{{printed}}" vid "{{label}}", men på skalan är "{{label}}" {{expected}}.',
        en: 'The scale legend puts "{{printed}}" by "{{label}}", but on the scale "{{label}}" is {{expected}}.',
      },
    },
  },
  *check({ sheet, layout }: RuleContext<VorLayout>) {
    for (const step of findScaleLegend(sheet, layout.headerRow)) {
      const data = { label: step.label, expected: step.expected };
      if (step.printed === '') yield { messageId: 'numberMissing', cell: step.numberCell, data } as const;
      else if (step.number !== step.expected) yield { messageId: 'numberMismatch', cell: step.numberCell, data: { ...data, printed: step.printed } } as const;
    }
  },
});
