import { resultatrakning } from '../../../../../shared/templates/resultatrakning';
import rule from '../../../../../shared/templates/resultatrakning/rules/amounts-are-numbers';
import { testRule } from '../../../../support/rule-tester';
import { base } from '../base-sheet';

testRule(resultatrakning, rule, {
  base,
  valid: [{ name: 'every amount a number' }],
  invalid: [
    { name: 'a space inside a group of digits', patch: { E18: '2 6 60,00' }, problems: [{ messageId: 'suspiciousNumber', cell: 'E18', data: { value: 2660 } }] },
    { name: 'a space after the decimal comma', patch: { C10: '200, 00' }, problems: [{ messageId: 'suspiciousNumber', cell: 'C10', data: { text: '200, 00', value: 200 } }] },
    { name: 'an amount stored as text', patch: { B11: '1800,00' }, problems: [{ messageId: 'numberAsText', cell: 'B11', data: { text: '1800,00' } }] },
    { name: 'an unreadable amount', patch: { D21: '1O.OO' }, problems: [{ messageId: 'notANumber', cell: 'D21', data: { text: '1O.OO' } }] },
  ],
});
