import { balansrakning } from '../../../../../shared/templates/balansrakning';
import rule from '../../../../../shared/templates/balansrakning/rules/ub-equals-ib-plus-forandring';
import { testRule } from '../../../../support/rule-tester';
import { base } from '../base-sheet';

testRule(balansrakning, rule, {
  base,
  valid: [{ name: 'UB Totalt is IB + Förändring on every line' }, { name: 'an IB printed as OCR text', patch: { B8: '2 00,00' } }],
  invalid: [
    { name: 'a change not carried into UB', patch: { C11: 250 }, problems: [{ messageId: 'mismatch', cell: 'G11', data: { actual: 2000, expected: 2250 } }] },
    { name: 'the change with the wrong sign', patch: { C19: -1000 }, problems: [{ messageId: 'mismatch', cell: 'G19', data: { actual: -2000, expected: -4000 } }] },
  ],
});
