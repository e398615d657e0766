// Riskmatrisen har "Sannolikhet" 5–1 längs sidan och "Konsekvens" 1–5 längs botten (VP 2022, 001
// rad 343–401), samma skala 1–5 som händelserna "ska värderas" efter (001 rad 6–7). Varje händelse
// placeras i matrisen efter axlarnas tal; en axel med fel tal flyttar händelserna.
import { defineRule, type RuleContext } from '../../../engine';
import type { VorLayout } from '../layout';

export default defineRule({
  meta: {
    id: 'vasentlighets-och-riskanalys/matrix-axes-numbered',
    severity: 'warning',
    docs: {
      sv: 'Riskmatrisens axlar är numrerade som skalan: Sannolikhet 5–1 längs sidan, Konsekvens 1–5 längs botten.',
      en: 'The risk matrix axes are numbered as the scale: Sannolikhet 5–1 down the side, Konsekvens 1–5 along the bottom.',
      source: 'Riskmatrisen i VP 2022 (001 rad 343–401); "Dessa ska värderas (1-5) …" (001 rad 6–7)',
    },
    messages: {
      axisSlip: {
        sv: 'Riskmatrisens axel har "{{text}}" där {{expected}} ska stå; axlarna numreras 1–5 som skalan, och händelserna placeras efter dem.',
        en: 'The risk matrix axis has "{{text}}" where {{expected}} belongs; the axes are numbered 1–5 as the scale, and events are placed by them.',
      },
    },
  },
  *check({ layout }: RuleContext<VorLayout>) {
    for (const s of layout.matrix?.axisSlips ?? []) yield { messageId: 'axisSlip', cell: s.cell, data: { text: s.text, expected: s.expected } } as const;
  },
});
