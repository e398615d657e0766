import { balansrakning } from '../../../../../shared/templates/balansrakning';
import rule from '../../../../../shared/templates/balansrakning/rules/ub-totalt-equals-sum-of-counterparts';
import { testRule } from '../../../../support/rule-tester';
import { base } from '../base-sheet';

testRule(balansrakning, rule, {
  base,
  valid: [{ name: 'UB Totalt is the sum of the counterparts on every line' }],
  invalid: [
    { name: 'Stadens bolag left out of Totalt', patch: { G12: 2000 }, problems: [{ messageId: 'mismatch', cell: 'G12', data: { actual: 2000, expected: 3500 } }] },
    { name: 'a counterpart on the wrong line', patch: { F11: 0, F12: 1000 }, problems: [{ messageId: 'mismatch', cell: 'G11', data: { expected: 1000 } }, { messageId: 'mismatch', cell: 'G12', data: { expected: 4500 } }] },
  ],
});
