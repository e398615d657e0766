import { balansrakning } from '../../../../../shared/templates/balansrakning';
import rule from '../../../../../shared/templates/balansrakning/rules/balance-sheet-balances';
import { testRule } from '../../../../support/rule-tester';
import { base } from '../base-sheet';

testRule(balansrakning, rule, {
  base,
  valid: [
    { name: 'balances in IB, Förändring and UB Totalt' },
    // The counterpart columns never balance on their own (Externt 3 700 against −5 000 here).
    { name: 'counterpart columns that do not balance are no error', patch: { D21: -9000, E21: 100 } },
  ],
  invalid: [
    { name: 'an IB that does not balance', patch: { B21: -5900 }, problems: [{ messageId: 'mismatch', cell: 'B21', data: { actual: -5900, expected: -6000 } }] },
    { name: 'the liabilities side printed with the assets’ sign', patch: { G21: 6200 }, problems: [{ messageId: 'mismatch', cell: 'G21', data: { actual: 6200, expected: -6200 } }] },
  ],
});
