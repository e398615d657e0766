// Riskmatrisens förklaring "Kritisk Medium Låg" med antalet händelser i varje klass (VP 2022, 001
// rad 343–401); gränsen 12 ur "Oönskade händelser med riskvärde 12 eller högre ska alltid med till
// internkontrollplanen" (001 rad 130–131), Låg upp till riskvärde 4. Antalen följer ur tabellen och
// kan räknas fram; i VP 2022 står de i omvänd ordning, så de rättade talen blir förslag.
import { defineFill, type FillContext } from '../../../engine';
import { num } from '../../../grid';
import { numberedEvents } from '../events';
import type { VorLayout } from '../layout';
import { type RiskClass, riskClass } from '../scores';

const ID = 'vasentlighets-och-riskanalys/matrix-class-counts';

export default defineFill({
  meta: {
    id: ID,
    docs: {
      sv: 'Antalet händelser under Kritisk (RV ≥ 12), Medium (RV 5–11) och Låg (RV ≤ 4) i riskmatrisens förklaring räknas fram ur tabellen.',
      en: 'The number of events under Kritisk (RV ≥ 12), Medium (RV 5–11) and Låg (RV ≤ 4) in the matrix legend is counted from the table.',
      source: 'Riskmatrisens förklaring "Kritisk Medium Låg" (001 rad 343–401); "… riskvärde 12 eller högre …" (001 rad 130–131)',
    },
    messages: {
      counted: {
        sv: '{{count}} händelser i tabellen hör till klassen "{{label}}".',
        en: '{{count}} events of the table belong to the class "{{label}}".',
      },
    },
  },
  *plan({ sheet, layout }: FillContext<VorLayout>) {
    if (!layout.matrix) return;
    const counts: Record<RiskClass, number> = { kritisk: 0, medium: 0, lag: 0 };
    for (const e of numberedEvents(sheet, layout)) if (e.rv !== undefined) counts[riskClass(e.rv)]++;
    for (const c of layout.matrix.counts) {
      yield { messageId: 'counted', cell: c.countCell, value: num(counts[c.klass]), data: { count: counts[c.klass], label: c.label }, source: { kind: 'computed', fillId: ID } } as const;
    }
  },
});
