// Kolumnerna "Nämndens budget inkl budgetjust. | Nämndens utfall | Avvikelse" (VB 2019, 002 rad
// 5310–5312): Avvikelse = budget − utfall, positiv när utfallet är bättre än budget, för kostnader
// och intäkter lika ("1 395 200 000,00 − 1 410 480 134,95 = −15 280 134,95", rad 5317).
import { checks, numberAt, reworded } from '../../../engine';
import type { BudgetavrakningLayout } from '../layout';

export default reworded(
  checks.formulaEquals<BudgetavrakningLayout>({
    id: 'budgetavrakning/avvikelse-equals-budget-minus-utfall',
    severity: 'error',
    docs: {
      sv: 'Avvikelse är nämndens budget minus nämndens utfall, på varje rad.',
      en: 'Avvikelse (deviation) is the nämnd’s budget minus its outcome, on every line.',
      source: 'Kolumnrubrikerna "Nämndens budget inkl budgetjust. | Nämndens utfall | Avvikelse" (002 rad 5310–5312) och raden Drift och underhåll "1 395 200 000,00 1410480 134,95 -15 280 134,95" (rad 5317)',
    },
    formula: { sv: 'budget − utfall', en: 'budget − outcome' },
    targets: ({ sheet, layout }) =>
      layout.rows.map((row) => {
        const budget = numberAt(sheet, row, layout.budget.col);
        const utfall = numberAt(sheet, row, layout.utfall.col);
        return {
          cell: { row, col: layout.avvikelse.col },
          expected: budget === undefined && utfall === undefined ? undefined : (budget ?? 0) - (utfall ?? 0),
          related: [{ row, col: layout.budget.col }, { row, col: layout.utfall.col }],
        };
      }),
    // Half an öre.
    tolerance: 0.005,
  }),
  {
    mismatch: {
      sv: 'Avvikelse {{actual}} kr borde vara {{expected}} kr: "Nämndens budget inkl budgetjust." minus "Nämndens utfall".',
      en: 'Avvikelse {{actual}} kr should be {{expected}} kr: the budget including adjustments minus the outcome.',
    },
  },
);
