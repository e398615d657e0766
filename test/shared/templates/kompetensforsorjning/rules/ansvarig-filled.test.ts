import { kompetensforsorjning } from '../../../../../shared/templates/kompetensforsorjning';
import rule from '../../../../../shared/templates/kompetensforsorjning/rules/ansvarig-filled';
import { testRule } from '../../../../support/rule-tester';
import { activitySheet } from '../activity-sheet';

testRule(kompetensforsorjning, rule, {
  base: activitySheet(),
  valid: [{ name: 'every activity has its function' }],
  invalid: [
    { name: 'an activity with no one responsible', patch: { E6: null }, problems: [{ messageId: 'missing', cell: 'E6', data: { field: 'Ansvarig (Funktion)' } }] },
  ],
});
