// Enheten "Kr" och beloppen med två decimaler och mellanslag som tusentalsavgränsare ("1 395 200
// 000,00") i budgetavräkningen (VB 2019, 002 rad 5302–5356). Utskriften är OCR-läst: "1410480
// 134,95" saknar avgränsare och Försäljningsbeting lästes "o,ool o,ool o,ooJ". Sådana belopp läses
// med sitt troliga värde men flaggas alltid, så att ingen läsning godtas i tysthet.
import { checks, reworded } from '../../../engine';
import { LEDGER_AMOUNT_MESSAGES } from '../ledger-printout';
import type { BudgetavrakningLayout } from '../layout';

export default reworded(
  checks.numericCells<BudgetavrakningLayout>({
    id: 'budgetavrakning/amounts-are-numbers',
    severity: 'warning',
    docs: {
      sv: 'Varje belopp är ett tal i kronor med två decimaler; en OCR-läsning som avviker från formatet flaggas.',
      en: 'Every amount is a number in kronor with two decimals; an OCR reading that departs from the format is flagged.',
      source: 'Enheten "Kr" och formatet "1 395 200 000,00" (002 rad 5302–5356); katalogens "flag rather than silently fix" för OCR-slarv',
    },
    cells: ({ layout }) => layout.rows.flatMap((row) => [layout.budget, layout.utfall, layout.avvikelse].map((c) => ({ row, col: c.col }))),
  }),
  LEDGER_AMOUNT_MESSAGES,
);
