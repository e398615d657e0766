import { resultatenheter } from '../../../../../shared/templates/resultatenheter';
import rule from '../../../../../shared/templates/resultatenheter/rules/tio-procent-equals-10-percent-of-bruttobudget';
import { testRule } from '../../../../support/rule-tester';
import { base } from '../base-sheet';

testRule(resultatenheter, rule, {
  base,
  valid: [
    { name: 'every row holds 10 % of its bruttobudget' },
    { name: 'an unused row shows 0', patch: { B6: null, H6: { f: 'B6*0.1', v: 0 } } },
  ],
  invalid: [
    {
      name: '"10 %" column copied from the 5 % column',
      patch: { H5: 1000 },
      problems: [{ messageId: 'mismatch', cell: 'H5', data: { actual: 1000, expected: 2000 } }],
    },
  ],
});
