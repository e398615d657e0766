// Riskmatrisens förklaring "Kritisk Medium Låg" med antalet händelser i varje klass (VP 2022, 001
// rad 343–401). Klasserna följer riskvärdet: "Oönskade händelser med riskvärde 12 eller högre ska
// alltid med till internkontrollplanen" (001 rad 130–131) gör 12 till gränsen för Kritisk, och
// matrisens färger lägger Låg vid riskvärde 4 eller lägre.
import { defineRule, type RuleContext } from '../../../engine';

import { numberedEvents } from '../events';

import type { VorLayout } from '../layout';
import { type RiskClass, riskClass } from '../scores';


const RANGE: Readonly<Record<RiskClass, { sv: string; en: string }>> = {
  kritisk: { sv: 'riskvärde 12 eller högre', en: 'risk value 12 or more' },
  medium: { sv: 'riskvärde 5–11', en: 'risk value 5–11' },
  lag: { sv: 'riskvärde 4 eller lägre', en: 'risk value 4 or less' },
};

export default defineRule({
  meta: {
    id: 'vasentlighets-och-riskanalys/matrix-class-counts-match',
    severity: 'warning',
    docs: {
      sv: 'Antalet under varje klass i riskmatrisens förklaring är ifyllt och stämmer med tabellen: Kritisk RV ≥ 12, Medium RV 5–11, Låg RV ≤ 4.',
      en: 'The count under each class of the matrix legend is filled in and matches the table: Kritisk RV ≥ 12, Medium RV 5–11, Låg RV ≤ 4.',
      source: 'Riskmatrisens förklaring "Kritisk Medium Låg" (001 rad 343–401); gränsen 12 i "Oönskade händelser med riskvärde 12 eller högre ska alltid med till internkontrollplanen" (001 rad 130–131)',
    },
    messages: {
      missingCount: {
        sv: 'Antalet under "{{label}}" saknas; tabellen har {{expected}} händelser med {{range}}.',
        en: 'The count under "{{label}}" is missing; the table has {{expected}} events with {{range}}.',
      },
      wrongCount: {
        sv: 'Under "{{label}}" står {{actual}}, men tabellen har {{expected}} händelser med {{range}}. Står antalen under rätt klass?',
        en: 'Under "{{label}}" it says {{actual}}, but the table has {{expected}} events with {{range}}. Are the counts under the right class?',
      },
    },
  },
  *check({ sheet, layout }: RuleContext<VorLayout>) {
    if (!layout.matrix) return;
    const computed: Record<RiskClass, number> = { kritisk: 0, medium: 0, lag: 0 };
    for (const e of numberedEvents(sheet, layout)) if (e.rv !== undefined) computed[riskClass(e.rv)]++;
    for (const c of layout.matrix.counts) {
      if (sheet.isBlank(c.countCell.row, c.countCell.col)) {
        yield { messageId: 'missingCount', cell: c.countCell, related: [c.labelCell], data: { label: c.label, expected: computed[c.klass], range: RANGE[c.klass] } } as const;
        continue;
      }
      if (c.count === undefined || c.count === computed[c.klass]) continue;
      yield { messageId: 'wrongCount', cell: c.countCell, related: [c.labelCell], data: { label: c.label, actual: c.count, expected: computed[c.klass], range: RANGE[c.klass] } } as const;
    }
  },
});
