// "4 Nämndens budget efter omslutningsförändringar och begärda budgetjusteringar (1+2+3)" —
// kolumnrubriken i kostnadsanalysen (VP 2022, 001 rad 1692–1700 och 1729–1740). Formen har ingen
// skriven anvisning; rubrikens "(1+2+3)" är regeln, på varje rad med belopp.
import { checks, numberAt, reworded } from '../../../engine';
import type { KostnadsanalysLayout } from '../layout';

export default reworded(
  checks.formulaEquals<KostnadsanalysLayout>({
    id: 'kostnadsanalys/kolumn-4-equals-1-plus-2-plus-3',
    severity: 'error',
    docs: {
      sv: 'Kolumn 4 är summan av kolumn 1, 2 och 3 på varje rad: ursprunglig budget + omslutningsförändringar + begärda budgetjusteringar.',
      en: 'Column 4 is the sum of columns 1, 2 and 3 on every line: original budget + changes in turnover + requested budget adjustments.',
      source: 'Kolumnrubriken "Nämndens budget efter omslutningsförändringar och begärda budgetjusteringar (1+2+3)" (VP 2022, 001 rad 1692–1700, 1729–1740)',
    },
    formula: { sv: 'kolumn 1 + 2 + 3', en: 'columns 1 + 2 + 3' },
    targets: ({ sheet, layout }) => {
      const { ursprunglig, omslutning, begarda, efter } = layout.byKey;
      if (!ursprunglig || !efter) return [];
      const parts = [ursprunglig, omslutning, begarda].flatMap((c) => (c ? [c.col] : []));
      return layout.amountRows.map((row) => {
        const values = parts.map((col) => numberAt(sheet, row, col));
        return {
          cell: { row, col: efter.col },
          expected: values.every((v) => v === undefined) ? undefined : values.reduce<number>((s, v) => s + (v ?? 0), 0),
          related: parts.map((col) => ({ row, col })),
        };
      });
    },
    // Half a unit of the printed 0,0 mnkr.
    tolerance: 0.05,
  }),
  {
    mismatch: {
      sv: 'Kolumn 4 är {{actual}} mnkr men ska vara {{expected}}: "Nämndens budget efter omslutningsförändringar och begärda budgetjusteringar (1+2+3)".',
      en: 'Column 4 is {{actual}} mnkr but must be {{expected}}: the budget after changes in turnover and requested adjustments, columns (1+2+3).',
    },
  },
);
