import { kostnadsanalys } from '../../../../../shared/templates/kostnadsanalys';
import rule from '../../../../../shared/templates/kostnadsanalys/rules/amounts-are-numbers';
import { testRule } from '../../../../support/rule-tester';
import { base } from '../base-sheet';

testRule(kostnadsanalys, rule, {
  base,
  valid: [{ name: 'every amount a number or a formula' }, { name: 'an amount left blank', patch: { G7: null } }],
  invalid: [
    { name: 'an amount pasted as text', patch: { B6: '367,5' }, problems: [{ messageId: 'numberAsText', cell: 'B6', data: { text: '367,5' } }] },
    { name: 'the OCR zeros without a comma', patch: { C10: '00' }, problems: [{ messageId: 'suspiciousNumber', cell: 'C10', data: { text: '00', value: 0 } }] },
    { name: 'a decimal point', patch: { F7: '803.0' }, problems: [{ messageId: 'notANumber', cell: 'F7', data: { text: '803.0' } }] },
  ],
});
