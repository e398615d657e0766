import { nyckeltal } from '../../../../../shared/templates/nyckeltal';
import rule from '../../../../../shared/templates/nyckeltal/rules/column-years-match';
import { testRule } from '../../../../support/rule-tester';
import { base, ekonomisktBistand } from '../base-sheet';

testRule(nyckeltal, rule, {
  base,
  valid: [
    { name: 'Underlag 2019 | Nyckeltal 2019 | Nyckeltal 2018 in every block' },
    { name: 'Ekonomiskt bistånd: 2019 and 2018 on the row under "Nyckeltal"', sheet: ekonomisktBistand },
    { name: 'a later report rolled forward as a whole', patch: { B8: 'Underlag 2020', D8: 'Nyckeltal 2020', E8: 'Nyckeltal 2019' } },
  ],
  invalid: [
    {
      name: 'Ekonomiskt bistånd: the year’s column a year ahead of the underlag',
      sheet: ekonomisktBistand,
      patch: { D10: '2020' },
      problems: [{ messageId: 'currentYear', cell: 'D10', data: { found: '2020', expected: '2019' } }],
    },
    {
      name: 'Ekonomiskt bistånd: the previous year equal to this year',
      sheet: ekonomisktBistand,
      patch: { E10: '2019' },
      problems: [{ messageId: 'previousYear', cell: 'E10', data: { found: '2019', current: '2019', expected: '2018' } }],
    },
    {
      name: 'the previous-year column not rolled forward',
      patch: { E14: 'Nyckeltal 2017' },
      problems: [{ messageId: 'previousYear', cell: 'E14', data: { found: '2017', expected: '2018' } }],
    },
  ],
});
