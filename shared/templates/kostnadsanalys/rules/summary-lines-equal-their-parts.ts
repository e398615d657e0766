// Radrubrikerna i kostnadsanalysen: "Kostnader" över verksamhetsområdena, "Intäkter (-)" över
// intäktsraderna och "Netto" sist (VP 2022, 001 rad 1702–1724). Formen har ingen skriven anvisning;
// uppställningen säger att Kostnader och Intäkter (-) summerar raderna under sig och att Netto är
// Kostnader + Intäkter (-), i alla sex kolumner.
import { checks, reworded } from '../../../engine';
import type { KostnadsanalysLayout } from '../layout';
import { summaryLinesOf } from '../summary';

export default reworded(
  checks.summaryLines<KostnadsanalysLayout>({
    id: 'kostnadsanalys/summary-lines-equal-their-parts',
    severity: 'error',
    docs: {
      sv: 'Kostnader är summan av raderna under den, Intäkter (-) likaså, och Netto är Kostnader + Intäkter (-), i varje kolumn.',
      en: 'Kostnader is the sum of the lines below it, Intäkter (-) likewise, and Netto is Kostnader + Intäkter (-), in every column.',
      source: 'Raderna "Kostnader", "Intäkter (-)" och "Netto" med sina underrader (VP 2022, 001 rad 1702–1724); formen har ingen skriven anvisning',
    },
    lines: ({ sheet, layout }) => summaryLinesOf(sheet, layout),
    columns: ({ layout }) => layout.columns.map((c) => ({ col: c.col, header: `${c.number} ${c.header}` })),
    tolerance: 0.05,
  }),
  {
    lineMismatch: {
      sv: '"{{line}}" är {{actual}} mnkr i kolumnen "{{column}}", men {{parts}} ger {{expected}}. Har en rad lagts till utanför summaformeln?',
      en: '"{{line}}" is {{actual}} mnkr in column "{{column}}", but {{parts}} make {{expected}}. Was a line added outside the sum formula?',
    },
  },
);
