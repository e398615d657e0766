import { balansrakning } from '../../../../../shared/templates/balansrakning';
import rule from '../../../../../shared/templates/balansrakning/rules/amounts-are-numbers';
import { testRule } from '../../../../support/rule-tester';
import { base } from '../base-sheet';

testRule(balansrakning, rule, {
  base,
  valid: [{ name: 'every amount a number' }],
  invalid: [
    { name: 'a space before the decimal comma', patch: { G14: '1 500 ,00' }, problems: [{ messageId: 'suspiciousNumber', cell: 'G14', data: { text: '1 500 ,00', value: 1500 } }] },
    { name: 'an amount stored as text', patch: { E13: '1500,00' }, problems: [{ messageId: 'numberAsText', cell: 'E13', data: { text: '1500,00' } }] },
    { name: 'an unreadable amount', patch: { B19: '-3 OOO.OO' }, problems: [{ messageId: 'notANumber', cell: 'B19', data: { text: '-3 OOO.OO' } }] },
  ],
});
