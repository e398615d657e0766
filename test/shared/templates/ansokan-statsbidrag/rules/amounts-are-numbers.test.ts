import { ansokanStatsbidrag } from '../../../../../shared/templates/ansokan-statsbidrag';
import rule from '../../../../../shared/templates/ansokan-statsbidrag/rules/amounts-are-numbers';
import { testRule } from '../../../../support/rule-tester';
import { base } from '../base-sheet';

testRule(ansokanStatsbidrag, rule, {
  base,
  valid: [{ name: 'every amount a number' }, { name: 'blank lines', patch: { B39: null, B47: null } }],
  invalid: [
    {
      name: 'Unga når Unga: amounts typed with kr',
      patch: { B7: '657 760 kr', B37: '663 600 kr' },
      problems: [
        { messageId: 'numberAsText', cell: 'B7', data: { text: '657 760 kr' } },
        { messageId: 'numberAsText', cell: 'B37', data: { text: '663 600 kr' } },
      ],
    },
    { name: 'a space inside a group of digits', patch: { B39: '12 5 000' }, problems: [{ messageId: 'suspiciousNumber', cell: 'B39', data: { text: '12 5 000', value: 125_000 } }] },
    { name: 'words instead of an amount', patch: { B48: 'se bilaga' }, problems: [{ messageId: 'notANumber', cell: 'B48', data: { text: 'se bilaga' } }] },
  ],
});
