import { resultatenheter } from '../../../../../shared/templates/resultatenheter';
import rule from '../../../../../shared/templates/resultatenheter/rules/amounts-are-numbers';
import { testRule } from '../../../../support/rule-tester';
import { base } from '../base-sheet';

testRule(resultatenheter, rule, {
  base,
  valid: [{ name: 'every amount is a number' }, { name: 'blank amounts', patch: { D6: null } }],
  invalid: [
    {
      name: 'an amount pasted as text',
      patch: { B4: '10 000' },
      problems: [{ messageId: 'numberAsText', cell: 'B4', data: { text: '10 000' } }],
    },
    {
      name: 'an OCR slip in the Summa row',
      patch: { D7: '00' },
      problems: [{ messageId: 'suspiciousNumber', cell: 'D7', data: { text: '00', value: 0 } }],
    },
    {
      name: 'words where the amount goes',
      patch: { E6: 'se bilaga' },
      problems: [{ messageId: 'notANumber', cell: 'E6', data: { text: 'se bilaga' } }],
    },
  ],
});
