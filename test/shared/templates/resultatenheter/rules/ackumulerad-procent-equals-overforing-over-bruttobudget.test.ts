import { resultatenheter } from '../../../../../shared/templates/resultatenheter';
import rule from '../../../../../shared/templates/resultatenheter/rules/ackumulerad-procent-equals-overforing-over-bruttobudget';
import { testRule } from '../../../../support/rule-tester';
import { base } from '../base-sheet';

testRule(resultatenheter, rule, {
  base,
  valid: [
    { name: 'column 6 over bruttobudget on every row, underskott negative' },
    { name: 'the guarded formula shows 0,0% when bruttobudget is empty', patch: { B6: null, G6: { f: 'IF(B6=0,0,F6/B6)', v: 0 } } },
    { name: 'within half of the printed 0,0%', patch: { G4: 0.0504 } },
  ],
  invalid: [
    {
      name: 'percent typed as a whole number (5 for 5 %)',
      patch: { G4: 5 },
      problems: [{ messageId: 'mismatch', cell: 'G4', data: { actual: { percent: 5 }, expected: { percent: 0.05 } } }],
    },
    {
      name: 'sign of an underskott lost',
      patch: { G5: 0.025 },
      problems: [{ messageId: 'mismatch', cell: 'G5', data: { actual: { percent: 0.025 }, expected: { percent: -0.025 } } }],
    },
  ],
});
