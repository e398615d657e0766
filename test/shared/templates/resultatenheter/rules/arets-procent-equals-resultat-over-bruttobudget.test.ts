import { resultatenheter } from '../../../../../shared/templates/resultatenheter';
import rule from '../../../../../shared/templates/resultatenheter/rules/arets-procent-equals-resultat-over-bruttobudget';
import { testRule } from '../../../../support/rule-tester';
import { base } from '../base-sheet';

testRule(resultatenheter, rule, {
  base,
  valid: [
    { name: 'minus column 5 over bruttobudget on every row' },
    { name: 'guarded 0,0% for an empty bruttobudget', patch: { B6: null, I6: { f: 'IF(B6=0,0,-E6/B6)', v: 0 } } },
  ],
  invalid: [
    {
      name: 'the överskott sign not flipped',
      patch: { I4: -0.03 },
      problems: [{ messageId: 'mismatch', cell: 'I4', data: { actual: { percent: -0.03 }, expected: { percent: 0.03 } } }],
    },
  ],
});
