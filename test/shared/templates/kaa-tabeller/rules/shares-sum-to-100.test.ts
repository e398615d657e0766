import { kaaTabeller } from '../../../../../shared/templates/kaa-tabeller';
import rule from '../../../../../shared/templates/kaa-tabeller/rules/shares-sum-to-100';
import { testRule } from '../../../../support/rule-tester';
import { enkat } from '../base-sheets';

testRule(kaaTabeller, rule, {
  base: enkat,
  valid: [
    { name: '8 + 31 + 36 + 23 + 2 = 100' },
    { name: 'rounded shares may miss 100 by the rounding of each', patch: { B12: 0.09, B13: 0.32 } },
  ],
  invalid: [
    {
      name: 'a share mistyped',
      patch: { B14: 0.63 },
      problems: [{ messageId: 'notHundred', cell: 'B11', data: { column: 'Andel', sum: '127' } }],
    },
  ],
});
