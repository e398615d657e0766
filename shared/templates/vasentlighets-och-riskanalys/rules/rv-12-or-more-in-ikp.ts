// "Oönskade händelser med riskvärde 12 eller högre ska alltid med till internkontrollplanen." —
// System för intern kontroll, Hantering av oönskad händelse (VP 2022, 001 rad 130–131).
import { defineRule, type RuleContext } from '../../../engine';
import type { VorLayout } from '../layout';
import { ikpMark, riskValueAt } from '../scores';

export default defineRule({
  meta: {
    id: 'vasentlighets-och-riskanalys/rv-12-or-more-in-ikp',
    severity: 'error',
    docs: {
      sv: 'En händelse med riskvärde 12 eller högre tas alltid med i internkontrollplanen (IKP har stjärna, inte "Nej, endast VoR").',
      en: 'An event with risk value 12 or more always goes into the internal control plan (IKP has the star, not "Nej, endast VoR").',
      source: '"Oönskade händelser med riskvärde 12 eller högre ska alltid med till internkontrollplanen." (001 rad 130–131)',
    },
    messages: {
      mustBeInIkp: {
        sv: 'Riskvärde {{rv}} men IKP anger "Nej, endast VoR": "Oönskade händelser med riskvärde 12 eller högre ska alltid med till internkontrollplanen."',
        en: 'Risk value {{rv}} but IKP says "Nej, endast VoR": events with a risk value of 12 or more must always go into the internal control plan.',
      },
    },
  },
  *check({ sheet, layout }: RuleContext<VorLayout>) {
    const col = layout.columns.ikp;
    if (col === undefined) return;
    for (const row of layout.rows) {
      const rv = riskValueAt(sheet, row, layout.columns);
      if (rv !== undefined && rv >= 12 && ikpMark(sheet, row, col) === 'nej') {
        yield { messageId: 'mustBeInIkp', cell: { row, col }, related: [{ row, col: layout.columns.rv }], data: { rv } } as const;
      }
    }
  },
});
