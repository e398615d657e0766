import { budgetavrakning } from '../../../../../shared/templates/budgetavrakning';
import rule from '../../../../../shared/templates/budgetavrakning/rules/summary-lines-equal-their-parts';
import { testRule } from '../../../../support/rule-tester';
import { base, budgetavrakningSheet, LINES } from '../base-sheet';

// The OCR read "I" as "l" and lost å/ä/ö: the lines must still be found by their labels.
const ocrLabels = LINES.map(([l]) => l.replace(/^I/, 'l').replace(/[åä]/g, 'a').replace(/ö/g, 'o'));

testRule(budgetavrakning, rule, {
  base,
  valid: [
    { name: 'Kostnader, Intäkter (-), Summa drift and Summa investering add up in all three columns' },
    { name: 'labels as the OCR printed them', sheet: budgetavrakningSheet('Budgetavrakqing - Fackforvaltninq (med och utan investeringar)', ocrLabels) },
  ],
  invalid: [
    {
      name: 'Internränta left out of Kostnader',
      patch: { C9: 1416585141.23 },
      problems: [
        {
          messageId: 'lineMismatch',
          cell: 'C9',
          data: { line: 'Kostnader', column: 'Nämndens utfall', actual: 1416585141.23, expected: 1416682844.09, parts: { sv: 'Drift och underhåll + Avskrivningar + Internränta', en: 'Drift och underhåll + Avskrivningar + Internränta' } },
        },
        // Summa drift still holds the right total, so it no longer equals the wrong Kostnader + Intäkter.
        { messageId: 'lineMismatch', cell: 'C13', data: { line: 'Summa drift', actual: 883851662.84, expected: 883753959.98 } },
      ],
    },
    {
      name: 'Summa drift as Kostnader minus Intäkter',
      patch: { B13: 1905400000 },
      problems: [{ messageId: 'lineMismatch', cell: 'B13', data: { line: 'Summa drift', actual: 1905400000, expected: 885000000 } }],
    },
    {
      name: 'an investment income not carried into Summa investering',
      patch: { C15: -500000, D15: 500000 },
      problems: [
        { messageId: 'lineMismatch', cell: 'C16', data: { line: 'Summa investering', expected: 2224257.94 } },
        { messageId: 'lineMismatch', cell: 'D16', data: { line: 'Summa investering', expected: 3775742.06 } },
      ],
    },
  ],
});
