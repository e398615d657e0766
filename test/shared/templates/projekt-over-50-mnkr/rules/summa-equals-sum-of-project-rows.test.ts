import { projektOver50Mnkr } from '../../../../../shared/templates/projekt-over-50-mnkr';
import rule from '../../../../../shared/templates/projekt-over-50-mnkr/rules/summa-equals-sum-of-project-rows';
import { testRule } from '../../../../support/rule-tester';
import { blankSheet, filledSheet } from '../filled-sheet';

// T1 2021: projects in rows 10–14, Summa in row 15; 26 amount columns B–AA.
const T1_AMOUNT_COLUMNS = ['B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'S', 'T', 'U', 'V', 'W', 'X', 'Y', 'Z', 'AA'];

testRule(projektOver50Mnkr, rule, {
  base: filledSheet(0),
  valid: [
    { name: 'the filled-in T1 2021 form' },
    { name: 'the blank T1 2021 form as catalogued', sheet: blankSheet(0) },
    { name: 'the blank T1 2020 form, whose OCR "00" in the Summa row reads as 0', sheet: blankSheet(1) },
    { name: 'the filled-in VP 2022 form with its 22 amount columns', sheet: filledSheet(2) },
    { name: 'a difference the one-decimal format cannot show', patch: { D15: { f: 'SUM(D10:D14)', v: 102.74 } } },
    { name: 'a named delsummering is left out of the sum', sheet: filledSheet(0, undefined, { subtotalAfter: 3, subtotalName: 'Delsumma Jobbtorg och vuxenutbildning' }) },
    { name: 'a "Summa …" row above the Summa row is a delsummering', sheet: filledSheet(0, undefined, { subtotalAfter: 2, subtotalName: 'Summa grupp A' }) },
    { name: 'an unnamed row of SUM formulas down its own column is a delsummering', sheet: filledSheet(0, undefined, { subtotalAfter: 3, subtotalName: '' }) },
  ],
  invalid: [
    {
      name: 'a Summa cell typed over with another amount',
      patch: { D15: 100 },
      problems: [{ messageId: 'sumMismatch', cell: 'D15', data: { actual: 100, expected: 102.7 } }],
    },
    {
      name: 'a project amount changed while the Summa kept its old value',
      patch: { X10: 31.4 },
      problems: [{ messageId: 'sumMismatch', cell: 'X15', data: { actual: 294.8, expected: 295.8 } }],
    },
    {
      name: 'a Summa formula that also sums the inserted delsummering counts it twice',
      sheet: filledSheet(0, undefined, { subtotalAfter: 3, subtotalName: 'Delsumma', summaIncludesSubtotal: true }),
      problems: T1_AMOUNT_COLUMNS.map((c) => ({ messageId: 'sumMismatch', cell: `${c}16` })),
    },
    {
      name: 'an income Summa in VP 2022 that misses a project',
      sheet: filledSheet(2),
      // Q: (10) Prognos 2025 Intäkt (-); −6,5 from the fifth project only.
      patch: { Q17: 0 },
      problems: [{ messageId: 'sumMismatch', cell: 'Q17', data: { actual: 0, expected: -6.5 } }],
    },
    {
      name: 'a Summa empty while the projects have amounts',
      patch: { B15: null },
      problems: [{ messageId: 'sumMismatch', cell: 'B15', data: { actual: 0, expected: 67.1 } }],
    },
  ],
});
