// Riskmatrisen skriver "Totalt: 65" under förklaringen "Kritisk Medium Låg" (VP 2022, 001 rad
// 343–401), och "I riskmatrisen nedan syns alla oönskade händelser i VoR:en." (001 rad 344).
// Totalen är antalet numrerade händelser, och klassernas antal summerar till den.
import { defineRule, type RuleContext } from '../../../engine';
import { numberedEvents } from '../events';
import type { VorLayout } from '../layout';

export default defineRule({
  meta: {
    id: 'vasentlighets-och-riskanalys/matrix-totals-add-up',
    severity: 'error',
    docs: {
      sv: '"Totalt" i riskmatrisen är antalet numrerade händelser, och antalen under Kritisk, Medium och Låg summerar till det.',
      en: '"Totalt" in the risk matrix is the number of numbered events, and the counts under Kritisk, Medium and Låg add up to it.',
      source: 'Riskmatrisens förklaring "Kritisk Medium Låg Totalt: 65" (001 rad 343–401); "I riskmatrisen nedan syns alla oönskade händelser i VoR:en." (001 rad 344)',
    },
    messages: {
      totalMismatch: {
        sv: '"Totalt: {{total}}" men tabellen har {{events}} numrerade händelser.',
        en: '"Totalt: {{total}}" but the table has {{events}} numbered events.',
      },
      countsDontAddUp: {
        sv: 'Antalen under Kritisk, Medium och Låg summerar till {{sum}}, inte till Totalt {{total}}.',
        en: 'The counts under Kritisk, Medium and Låg add up to {{sum}}, not to the total {{total}}.',
      },
    },
  },
  *check({ sheet, layout }: RuleContext<VorLayout>) {
    const total = layout.matrix?.total;
    if (!total || total.value === undefined) return;
    const events = numberedEvents(sheet, layout).length;
    if (events !== total.value) yield { messageId: 'totalMismatch', cell: total.cell, data: { total: total.value, events } } as const;
    const counts = layout.matrix!.counts;
    if (counts.length === 3 && counts.every((c) => c.count !== undefined)) {
      const sum = counts.reduce((s, c) => s + c.count!, 0);
      if (sum !== total.value) yield { messageId: 'countsDontAddUp', cell: total.cell, related: counts.map((c) => c.countCell), data: { sum, total: total.value } } as const;
    }
  },
});
