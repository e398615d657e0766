// Radrubrikerna "Intäkter (-)" och "Inkomster (-)" i budgetavräkningen (VB 2019, 002 rad 5328, 5339)
// och stadens konvention "Intäkter (-)" / kostnader positiva: intäkter och inkomster redovisas med
// minustecken ("-510 200 000,00"), kostnader och utgifter som positiva belopp. Avvikelsen (budget −
// utfall) följer inte tecknet, så den prövas inte här.
import { checks, reworded } from '../../../engine';
import type { BudgetavrakningLayout } from '../layout';

export default reworded(
  checks.signConvention<BudgetavrakningLayout>({
    id: 'budgetavrakning/intakter-negative-kostnader-positive',
    severity: 'warning',
    docs: {
      sv: 'I budget och utfall är Intäkter (-) med sina rader och Inkomster (-) noll eller negativa, Kostnader med sina rader och Utgifter noll eller positiva.',
      en: 'In budget and outcome, Intäkter (-) with its lines and Inkomster (-) are zero or negative; Kostnader with its lines and Utgifter are zero or positive.',
      source: 'Radrubrikerna "Intäkter (-)" och "Inkomster (-)" (002 rad 5328, 5339) och teckenkonventionen "Intäkter (-)" i stadens blanketter',
    },
    targets: ({ sheet, layout }) => {
      const { kostnader, intakter, utgifter, inkomster } = layout.lines;
      const block = (row: number | undefined) => layout.summaries.find((s) => s.row === row);
      const rowsOf = (row: number | undefined) => (row === undefined ? [] : [row, ...(block(row)?.parts.map((p) => p.row) ?? [])]);
      const signed = [
        ...[...rowsOf(kostnader), ...rowsOf(utgifter)].map((row) => ({ row, expected: 'positive' as const })),
        ...[...rowsOf(intakter), ...rowsOf(inkomster)].map((row) => ({ row, expected: 'negative' as const })),
      ];
      return signed.flatMap(({ row, expected }) =>
        [layout.budget, layout.utfall].map((c) => ({ cell: { row, col: c.col }, expected, header: sheet.text(row, layout.labelCol) })),
      );
    },
  }),
  {
    shouldBeNegative: {
      sv: '"{{header}}" redovisas med minustecken, men här står {{value}} kr.',
      en: '"{{header}}" is reported with a minus sign, but this says {{value}} kr.',
    },
    shouldBePositive: {
      sv: '"{{header}}" är en kostnad och redovisas som ett positivt belopp, men här står {{value}} kr.',
      en: '"{{header}}" is a cost and is reported as a positive amount, but this says {{value}} kr.',
    },
  },
);
