import { investeringar } from '../../../../../shared/templates/investeringar';
import rule from '../../../../../shared/templates/investeringar/rules/amounts-are-numbers';
import { testRule } from '../../../../support/rule-tester';
import { uppfoljning2021 } from '../base-sheets';

testRule(investeringar, rule, {
  base: uppfoljning2021,
  valid: [{ name: 'every amount a number' }, { name: 'an amount left blank', patch: { G4: null } }],
  invalid: [
    { name: 'an amount pasted as text', patch: { B4: '1,3' }, problems: [{ messageId: 'numberAsText', cell: 'B4', data: { text: '1,3' } }] },
    { name: 'an OCR letter for a digit', patch: { F4: 'O,0' }, problems: [{ messageId: 'suspiciousNumber', cell: 'F4', data: { value: 0 } }] },
    { name: 'a decimal point instead of a comma', patch: { C4: '4.0' }, problems: [{ messageId: 'notANumber', cell: 'C4', data: { text: '4.0' } }] },
  ],
});
