import { ansokanStatsbidrag } from '../../../../../shared/templates/ansokan-statsbidrag';
import rule from '../../../../../shared/templates/ansokan-statsbidrag/rules/overhead-within-15-percent-of-salary';
import { testRule } from '../../../../support/rule-tester';
import { base } from '../base-sheet';

testRule(ansokanStatsbidrag, rule, {
  base,
  valid: [
    { name: '10 % overhead' },
    { name: 'VUX: 674 309 on 4 495 392 is 15 % in whole kronor', patch: { B37: 4_495_392, B38: 674_309 } },
    { name: 'Unga når Unga: 621 000 on 4 166 000 (14,91 %)', patch: { B37: 4_166_000, B38: '621 000 kr' } },
    { name: 'no overhead', patch: { B38: null } },
  ],
  invalid: [
    {
      name: 'one krona over the rounded cap',
      patch: { B37: 4_495_392, B38: 674_310 },
      problems: [{ messageId: 'overCap', cell: 'B38', data: { actual: 674_310, salary: 4_495_392, cap: 674_309 } }],
    },
    {
      name: 'overhead with no salary costs',
      patch: { B37: null, B38: 10_000 },
      problems: [{ messageId: 'overCap', cell: 'B38', data: { salary: 0, cap: 0, share: { sv: 'mer än 100%', en: 'more than 100%' } } }],
    },
  ],
});
