import { kaaTabeller } from '../../../../../shared/templates/kaa-tabeller';
import rule from '../../../../../shared/templates/kaa-tabeller/rules/row-totals-equal-sum-of-columns';
import { testRule } from '../../../../support/rule-tester';
import { jobbtorg, uppsok } from '../base-sheets';

testRule(kaaTabeller, rule, {
  base: uppsok,
  valid: [
    { name: 'every Totalt is the sum of its row' },
    { name: 'studier/arbete = studier + arbete on every Jobbtorg row', sheet: jobbtorg },
  ],
  invalid: [
    {
      name: 'a Totalt that misses a group',
      patch: { D5: 1514 },
      problems: [{ messageId: 'rowTotalMismatch', cell: 'D5', data: { column: 'Totalt', line: '2019 ej nådd', parts: 'kolumn B + kolumn C', actual: 1514, expected: 2776 } }],
    },
    {
      name: 'studier/arbete that counts arbete twice',
      sheet: jobbtorg,
      patch: { I5: 117 },
      problems: [{ messageId: 'rowTotalMismatch', cell: 'I5', data: { parts: 'Antal avslutade till studier + Antal avslutade till arbete', actual: 117, expected: 93 } }],
    },
  ],
});
