import { kompetensforsorjning } from '../../../../../shared/templates/kompetensforsorjning';
import rule from '../../../../../shared/templates/kompetensforsorjning/rules/maldatum-within-plan-year';
import { testRule } from '../../../../support/rule-tester';
import { activitySheet } from '../activity-sheet';

testRule(kompetensforsorjning, rule, {
  base: activitySheet(),
  valid: [
    { name: 'dates in 2022, typed or as ISO text' },
    { name: 'a month within the plan year', patch: { D7: 'december 2022' } },
    { name: 'without a plan year only the date itself is checked', patch: { A1: 'Arbetsmarknadsnämnden', D7: { d: '2023-03-31' } } },
  ],
  invalid: [
    { name: 'no target date', patch: { D5: null }, problems: [{ messageId: 'missing', cell: 'D5' }] },
    { name: 'words that are no date', patch: { D6: 'snarast' }, problems: [{ messageId: 'notAPeriod', cell: 'D6', data: { text: 'snarast' } }] },
    {
      name: 'a date in the next year',
      patch: { D7: { d: '2023-03-31' } },
      problems: [{ messageId: 'outsidePeriod', cell: 'D7', data: { text: '2023-03-31', start: '2023-03-31', end: '2023-03-31', period: '2022' } }],
    },
  ],
});
