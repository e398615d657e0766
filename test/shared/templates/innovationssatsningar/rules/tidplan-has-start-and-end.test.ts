import { innovationssatsningar } from '../../../../../shared/templates/innovationssatsningar';
import rule from '../../../../../shared/templates/innovationssatsningar/rules/tidplan-has-start-and-end';
import { testRule } from '../../../../support/rule-tester';
import { base } from '../base-sheet';

testRule(innovationssatsningar, rule, {
  base,
  valid: [
    { name: 'months and ISO days' },
    { name: 'terms', patch: { D6: 'VT 2021 - HT 2022' } },
  ],
  invalid: [
    {
      name: 'VP 2022 Studiesluss and DEV: years only',
      patch: { D5: '2020- 2023', D6: '2018-2022' },
      problems: [
        { messageId: 'yearsOnly', cell: 'D5', data: { text: '2020- 2023' } },
        { messageId: 'yearsOnly', cell: 'D6', data: { text: '2018-2022' } },
      ],
    },
    { name: 'no planned end', patch: { D7: 'augusti 2019 -' }, problems: [{ messageId: 'missingEnd', cell: 'D7', data: { text: 'augusti 2019 -' } }] },
    { name: 'one point in time', patch: { D7: 'juni 2022' }, problems: [{ messageId: 'singlePoint', cell: 'D7', data: { text: 'juni 2022' } }] },
    {
      name: 'the end before the start',
      patch: { D5: 'juni 2023 - februari 2021' },
      problems: [{ messageId: 'endBeforeStart', cell: 'D5', data: { start: '2023-06-01', end: '2021-02-28' } }],
    },
    { name: 'no period', patch: { D6: 'löpande' }, problems: [{ messageId: 'notAPeriod', cell: 'D6', data: { text: 'löpande' } }] },
  ],
});
