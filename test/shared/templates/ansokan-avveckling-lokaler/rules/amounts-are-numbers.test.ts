import { ansokanAvvecklingLokaler } from '../../../../../shared/templates/ansokan-avveckling-lokaler';
import rule from '../../../../../shared/templates/ansokan-avveckling-lokaler/rules/amounts-are-numbers';
import { testRule } from '../../../../support/rule-tester';
import { base } from '../base-sheet';

testRule(ansokanAvvecklingLokaler, rule, {
  base,
  valid: [{ name: 'area, rent and funds are numbers' }, { name: 'no rent given', patch: { E7: null } }],
  invalid: [
    { name: 'an amount typed as text', patch: { F6: '450 000' }, problems: [{ messageId: 'numberAsText', cell: 'F6', data: { text: '450 000' } }] },
    { name: 'an amount with a stray space', patch: { E6: '1 280 00 0' }, problems: [{ messageId: 'suspiciousNumber', cell: 'E6', data: { value: 1280000 } }] },
    { name: 'words in the area column', patch: { B7: 'ca 300' }, problems: [{ messageId: 'notANumber', cell: 'B7', data: { text: 'ca 300' } }] },
  ],
});
