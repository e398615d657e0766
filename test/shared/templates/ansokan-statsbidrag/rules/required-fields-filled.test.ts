import { ansokanStatsbidrag } from '../../../../../shared/templates/ansokan-statsbidrag';
import rule from '../../../../../shared/templates/ansokan-statsbidrag/rules/required-fields-filled';
import { testRule } from '../../../../support/rule-tester';
import { base } from '../base-sheet';

testRule(ansokanStatsbidrag, rule, {
  base,
  valid: [{ name: 'every required field filled, no co-applicant' }],
  invalid: [
    { name: 'no e-mail', patch: { B12: null }, problems: [{ messageId: 'missing', cell: 'B12', data: { field: 'E-post' } }] },
    {
      name: 'no tidplan: the cell under the instruction',
      patch: { A33: null },
      problems: [{ messageId: 'missing', cell: 'A33', data: { field: '1.6 Tidplan' } }],
    },
  ],
});
