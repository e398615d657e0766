import { kompetensforsorjning } from '../../../../../shared/templates/kompetensforsorjning';
import rule from '../../../../../shared/templates/kompetensforsorjning/rules/required-fields';
import { testRule } from '../../../../support/rule-tester';
import { activitySheet } from '../activity-sheet';

testRule(kompetensforsorjning, rule, {
  base: activitySheet(),
  valid: [{ name: 'every row has a goal and an activity' }],
  invalid: [
    { name: 'an activity under no goal', patch: { A7: null }, problems: [{ messageId: 'missing', cell: 'A7', data: { field: 'Verksamhetsplan VP - mål' } }] },
    { name: 'a goal with no activity', patch: { B6: null }, problems: [{ messageId: 'missing', cell: 'B6', data: { field: 'Kompetensförsörjningsaktivitet' } }] },
  ],
});
