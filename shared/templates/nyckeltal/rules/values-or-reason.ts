// "Nyckeltal 207: Andel 23-åringar som är etablerade på arbetsmarknaden eller som studerar" med
// raden "Nyckeltalet rapporterades 2014 av utbildningsnämnden" och inga värden (Verksamhets-
// berättelse 2019, 002 rad 21–23). Ett nyckeltal utan värden ska säga varför, annars ser det glömt ut.
import { defineRule, type RuleContext } from '../../../engine';

import type { NyckeltalLayout } from '../layout';

export default defineRule({
  meta: {
    id: 'nyckeltal/values-or-reason',
    severity: 'error',
    docs: {
      sv: 'Varje nyckeltal har värden, eller en rad som förklarar varför de saknas.',
      en: 'Every nyckeltal has values, or a line that explains why they are missing.',
      source: '"Nyckeltal 207: …" med "Nyckeltalet rapporterades 2014 av utbildningsnämnden" (002 rad 21–23)',
    },
    messages: {
      noValuesNoReason: {
        sv: 'Nyckeltal {{nt}} saknar värden och ingen rad förklarar varför. Fyll i underlag och nyckeltal, eller skriv varför de saknas (t.ex. "Nyckeltalet rapporteras av en annan nämnd").',
        en: 'Nyckeltal {{nt}} has no values and no line explains why. Fill in underlag and nyckeltal, or write why they are missing (e.g. "reported by another committee").',
      },
    },
  },
  *check({ sheet, layout }: RuleContext<NyckeltalLayout>) {
    for (const block of layout.blocks) {
      const t = block.table;
      const cols = t ? [...t.underlag.map((u) => u.col), ...(t.current ? [t.current.col] : []), ...(t.previous ? [t.previous.col] : [])] : [];
      const hasValues = t !== undefined && cols.some((col) => !sheet.isBlank(t.dataRow, col));
      const hasReason = block.notes.some((n) => n !== block.kfIndikator);
      if (hasValues || hasReason) continue;
      yield { messageId: 'noValuesNoReason', cell: t?.current ? { row: t.dataRow, col: t.current.col } : block.titleCell, data: { nt: block.id } } as const;
    }
  },
});
