// Balansräkningens uppställning (VB 2019, 002 rad 5360–5569): Anläggningstillgångar (konto 11–12),
// Omsättningstillgångar (15–19), Eget kapital (20) och Kortfristiga skulder (24–29) summerar sina
// konton; "Summa Tillgångar" är anläggnings- plus omsättningstillgångar, och "Summa Skulder & Eget
// kapital" är eget kapital, avsättningar, långfristiga och kortfristiga skulder. Ingen skriven anvisning.
import { checks, reworded } from '../../../engine';
import type { BalansrakningLayout } from '../layout';

export default reworded(
  checks.summaryLines<BalansrakningLayout>({
    id: 'balansrakning/summary-lines-equal-their-parts',
    severity: 'error',
    docs: {
      sv: 'Varje grupp är summan av sina konton; Summa Tillgångar och Summa Skulder & Eget kapital är summan av sina grupper, i alla sex kolumner.',
      en: 'Every group is the sum of its accounts; Summa Tillgångar and Summa Skulder & Eget kapital are the sums of their groups, in all six columns.',
      source: 'Balansräkningens grupper och summarader "Summa Tillgångar" och "Summa Skulder & Eget kapital" (002 rad 5360–5569)',
    },
    lines: ({ layout }) => [...layout.groups, ...layout.totals],
    columns: ({ layout }) => layout.columns,
    tolerance: 0.005,
  }),
  {
    lineMismatch: {
      sv: '"{{line}}" är {{actual}} kr i kolumnen "{{column}}", men {{parts}} ger {{expected}} kr.',
      en: '"{{line}}" is {{actual}} kr in column "{{column}}", but {{parts}} make {{expected}} kr.',
    },
  },
);
