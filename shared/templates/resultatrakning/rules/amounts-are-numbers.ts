// Enheten "Kr" och beloppen med två decimaler och mellanslag som tusentalsavgränsare i
// resultaträkningen (VB 2019, 002 rad 5571–5691). Utskriften är OCR-läst ("883 7 45 672,39",
// "877 640 666, 11", "1855068,23"): sådana belopp läses med sitt troliga värde men flaggas alltid,
// så att ingen läsning godtas i tysthet.
import { checks, reworded } from '../../../engine';
import { LEDGER_AMOUNT_MESSAGES } from '../../budgetavrakning/ledger-printout';
import type { ResultatrakningLayout } from '../layout';

export default reworded(
  checks.numericCells<ResultatrakningLayout>({
    id: 'resultatrakning/amounts-are-numbers',
    severity: 'warning',
    docs: {
      sv: 'Varje belopp är ett tal i kronor med två decimaler; en OCR-läsning som avviker från formatet flaggas.',
      en: 'Every amount is a number in kronor with two decimals; an OCR reading that departs from the format is flagged.',
      source: 'Enheten "Kr" och formatet "-532 819 695,67" (002 rad 5571–5691); katalogens "flag rather than silently fix" för OCR-slarv',
    },
    cells: ({ layout }) => layout.rows.flatMap((row) => layout.columns.map((c) => ({ row, col: c.col }))),
  }),
  LEDGER_AMOUNT_MESSAGES,
);
