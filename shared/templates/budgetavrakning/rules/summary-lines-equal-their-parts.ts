// Raderna "Kostnader" (Drift och underhåll, Avskrivningar, Internränta), "Intäkter (-)" (Verksamhetens
// intäkter, Intäktsförd investeringsinkomst), "Summa drift" och "Summa investering" (Utgifter,
// Inkomster (-)) i budgetavräkningen (VB 2019, 002 rad 5317–5352). Utskriften har ingen skriven
// anvisning; varje summeringsrad är summan av raderna den står under, i alla tre kolumner.
import { checks, reworded } from '../../../engine';
import type { BudgetavrakningLayout } from '../layout';

export default reworded(
  checks.summaryLines<BudgetavrakningLayout>({
    id: 'budgetavrakning/summary-lines-equal-their-parts',
    severity: 'error',
    docs: {
      sv: 'Kostnader, Intäkter (-), Summa drift (Kostnader + Intäkter) och Summa investering (Utgifter + Inkomster) är summan av sina rader, i alla tre kolumner.',
      en: 'Kostnader, Intäkter (-), Summa drift (Kostnader + Intäkter) and Summa investering (Utgifter + Inkomster) are the sums of their lines, in all three columns.',
      source: 'Raderna "Kostnader", "Intäkter (-)", "Summa drift" och "Summa investering" med sina underrader (002 rad 5317–5352)',
    },
    lines: ({ layout }) => layout.summaries,
    columns: ({ layout }) => [layout.budget, layout.utfall, layout.avvikelse],
    tolerance: 0.005,
  }),
  {
    lineMismatch: {
      sv: '"{{line}}" är {{actual}} kr i kolumnen "{{column}}", men {{parts}} ger {{expected}} kr.',
      en: '"{{line}}" is {{actual}} kr in column "{{column}}", but {{parts}} make {{expected}} kr.',
    },
  },
);
