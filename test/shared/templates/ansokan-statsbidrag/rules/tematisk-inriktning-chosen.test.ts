import { ansokanStatsbidrag } from '../../../../../shared/templates/ansokan-statsbidrag';
import rule from '../../../../../shared/templates/ansokan-statsbidrag/rules/tematisk-inriktning-chosen';
import { testRule } from '../../../../support/rule-tester';
import { base } from '../base-sheet';

testRule(ansokanStatsbidrag, rule, {
  base,
  valid: [
    { name: 'one box ticked' },
    { name: 'a theme of one’s own in place of the placeholder (Unga når Unga)', patch: { B24: null, A27: 'Minskat utanförskap' } },
    { name: 'the mark written before the theme', patch: { B24: null, A23: 'X Utbildning' } },
  ],
  invalid: [
    {
      name: 'VUX: no mark and the placeholder left',
      patch: { B24: null },
      problems: [{ messageId: 'noneChosen', cell: 'B22', data: { options: 'Boende, Utbildning, Arbetsmarknad, Demokrati och civilsamhälle, Brottslighet' } }],
    },
  ],
});
