import { kaaTabeller } from '../../../../../shared/templates/kaa-tabeller';
import rule from '../../../../../shared/templates/kaa-tabeller/rules/shares-match-counts';
import { testRule } from '../../../../support/rule-tester';
import { enkat, jobbtorg } from '../base-sheets';

testRule(kaaTabeller, rule, {
  base: jobbtorg,
  valid: [
    { name: 'every share rounds to its printed whole per cent' },
    { name: 'a share printed with its exact value', patch: { H5: 24 / 129 } },
    { name: 'a blank share is left to the fill', patch: { D5: null } },
    { name: 'a base of 0 gives no share to check', patch: { B5: 0 } },
    { name: 'survey shares of the total', sheet: enkat },
  ],
  invalid: [
    {
      name: 'one per cent low, as in Jobbtorg Globen (23 % for 23,53 %)',
      patch: { G5: 44, C5: 187, E5: 77, I5: 121, H5: 0.23, D5: 1.15, F5: 0.41, J5: 0.65, B5: 267, C7: 360, E7: 177, G7: 69, I7: 246, B7: 491 },
      problems: [
        { messageId: 'shareMismatch', cell: 'D5', data: { numerator: 187, base: 267, printed: '115', expected: '70' } },
        { messageId: 'shareMismatch', cell: 'H5', data: { column: 'Andel av avslutade till arbete', line: 'Jobbtorg City', printed: '23', exact: '23,53', expected: '24' } },
        { messageId: 'shareMismatch', cell: 'D7' },
        { messageId: 'shareMismatch', cell: 'F7' },
        { messageId: 'shareMismatch', cell: 'H7' },
        { messageId: 'shareMismatch', cell: 'J7' },
      ],
    },
    {
      name: 'a survey share of the wrong total',
      sheet: enkat,
      patch: { C5: 74 / 250 },
      problems: [{ messageId: 'shareMismatch', cell: 'C5', data: { numerator: 74, base: 262, printed: '30', expected: '28' } }],
    },
  ],
});
