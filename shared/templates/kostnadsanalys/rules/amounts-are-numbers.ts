// "Mnkr" i tabellens övre vänstra hörn och formatet 0,0 i varje cell (VP 2022, 001 rad 1692–1724).
// Ett belopp lagrat som text räknas inte av summaformlerna för Kostnader, Intäkter (-) och Netto.
import { checks, reworded } from '../../../engine';
import type { KostnadsanalysLayout } from '../layout';

export default reworded(
  checks.numericCells<KostnadsanalysLayout>({
    id: 'kostnadsanalys/amounts-are-numbers',
    severity: 'error',
    docs: {
      sv: 'Varje beloppscell i kolumn 1–6 innehåller ett tal i mnkr.',
      en: 'Every amount cell in columns 1–6 holds a number in mnkr.',
      source: 'Enheten "Mnkr" och formatet 0,0 (VP 2022, 001 rad 1692–1724)',
    },
    cells: ({ layout }) => layout.amountRows.flatMap((row) => layout.columns.map((c) => ({ row, col: c.col }))),
  }),
  {
    numberAsText: {
      sv: '"{{text}}" är lagrat som text och räknas inte med i summorna; skriv beloppet som ett tal i mnkr (formatet 0,0).',
      en: '"{{text}}" is stored as text and the sums skip it; enter the amount as a number in mnkr (format 0,0).',
    },
    suspiciousNumber: {
      sv: '"{{text}}" tolkas som {{value}} mnkr, men avviker från formatet 0,0: {{warning}}',
      en: '"{{text}}" is read as {{value}} mnkr, but departs from the format 0,0: {{warning}}',
    },
    notANumber: {
      sv: '"{{text}}" är inget belopp; kolumnerna anger Mnkr (formatet 0,0).',
      en: '"{{text}}" is not an amount; the columns give Mnkr (format 0,0).',
    },
  },
);
