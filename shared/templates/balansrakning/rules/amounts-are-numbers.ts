// Enheten "Kr" och beloppen med två decimaler och mellanslag som tusentalsavgränsare i
// balansräkningen (VB 2019, 002 rad 5360–5569). Utskriften är OCR-läst ("30 399 420, 12",
// "198 065 577 ,59", "-56108 596,44"): sådana belopp läses med sitt troliga värde men flaggas
// alltid, så att ingen läsning godtas i tysthet.
import { checks, reworded } from '../../../engine';
import { LEDGER_AMOUNT_MESSAGES } from '../../budgetavrakning/ledger-printout';
import type { BalansrakningLayout } from '../layout';

export default reworded(
  checks.numericCells<BalansrakningLayout>({
    id: 'balansrakning/amounts-are-numbers',
    severity: 'warning',
    docs: {
      sv: 'Varje belopp är ett tal i kronor med två decimaler; en OCR-läsning som avviker från formatet flaggas.',
      en: 'Every amount is a number in kronor with two decimals; an OCR reading that departs from the format is flagged.',
      source: 'Enheten "Kr" och formatet "109 479 828,20" (002 rad 5360–5569); katalogens "flag rather than silently fix" för OCR-slarv',
    },
    cells: ({ layout }) => layout.rows.flatMap((row) => layout.columns.map((c) => ({ row, col: c.col }))),
  }),
  LEDGER_AMOUNT_MESSAGES,
);
