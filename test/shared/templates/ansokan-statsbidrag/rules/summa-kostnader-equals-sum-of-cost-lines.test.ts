import { ansokanStatsbidrag } from '../../../../../shared/templates/ansokan-statsbidrag';
import rule from '../../../../../shared/templates/ansokan-statsbidrag/rules/summa-kostnader-equals-sum-of-cost-lines';
import { testRule } from '../../../../support/rule-tester';
import { base } from '../base-sheet';

testRule(ansokanStatsbidrag, rule, {
  base,
  valid: [
    { name: 'the cost lines add up' },
    { name: 'an amount typed with kr still counts', patch: { B39: '125 000 kr' } },
  ],
  invalid: [
    {
      name: 'a cost line left out of the sum',
      patch: { B40: 10_000 },
      problems: [{ messageId: 'sumMismatch', cell: 'B43', data: { actual: 927_760, expected: 937_760 } }],
    },
  ],
});
