import { kaaTabeller } from '../../../../../shared/templates/kaa-tabeller';
import rule from '../../../../../shared/templates/kaa-tabeller/rules/totals-equal-sum-of-rows';
import { testRule } from '../../../../support/rule-tester';
import { enkat, jobbtorg, uppsok } from '../base-sheets';

testRule(kaaTabeller, rule, {
  base: uppsok,
  valid: [
    { name: 'the reach table and the stöd table add up' },
    { name: 'the Jobbtorg Totalt row adds up', sheet: jobbtorg },
    { name: 'the survey Total adds up', sheet: enkat },
  ],
  invalid: [
    {
      name: '"2019 sökta totalt" off by one, and the 2018 total of the stöd table',
      patch: { B7: 2705, C16: 959 },
      problems: [
        { messageId: 'totalMismatch', cell: 'B7', data: { line: '2019 sökta totalt', column: 'kolumn B', actual: 2705, expected: 2704 } },
        { messageId: 'totalMismatch', cell: 'C16', data: { line: 'Totalt', column: '2018', actual: 959, expected: 960 } },
      ],
    },
    {
      name: 'a Jobbtorg total that is text, and one left empty',
      sheet: jobbtorg,
      patch: { B7: 'se bilaga', G7: null },
      problems: [
        { messageId: 'totalMismatch', cell: 'B7', data: { actual: 'se bilaga', expected: 386 } },
        { messageId: 'totalMismatch', cell: 'G7', data: { column: 'Antal avslutade till arbete', actual: 0, expected: 49 } },
      ],
    },
  ],
});
