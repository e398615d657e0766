import { kompetensforsorjning } from '../../../../../shared/templates/kompetensforsorjning';
import rule from '../../../../../shared/templates/kompetensforsorjning/rules/one-vp-mal-per-row';
import { testRule } from '../../../../support/rule-tester';
import { GOAL, GOAL_2, activitySheet } from '../activity-sheet';

testRule(kompetensforsorjning, rule, {
  base: activitySheet(),
  valid: [
    { name: 'one goal per row' },
    { name: 'a goal wrapped over two lines', patch: { A5: 'Nämndens medarbetare och chefer har rätt kompetens och en\nhälsofrämjande arbetsmiljö' } },
  ],
  invalid: [
    {
      name: 'two goals as two paragraphs of one cell (VP 2022, row 2)',
      patch: { A6: `${GOAL}\n${GOAL_2}` },
      problems: [{ messageId: 'severalGoals', cell: 'A6', data: { count: 2, goals: `"${GOAL}", "${GOAL_2}"` } }],
    },
    { name: 'two goals joined with a slash', patch: { A7: `${GOAL} / ${GOAL_2}` }, problems: [{ messageId: 'severalGoals', cell: 'A7', data: { count: 2 } }] },
  ],
});
