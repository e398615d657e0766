import { resultatenheter } from '../../../../../shared/templates/resultatenheter';
import rule from '../../../../../shared/templates/resultatenheter/rules/arets-resultat-within-5-percent-of-bruttobudget';
import { testRule } from '../../../../support/rule-tester';
import { base } from '../base-sheet';

testRule(resultatenheter, rule, {
  base,
  valid: [
    { name: 'results within 5 %, one exactly at 5 %' },
    { name: 'a deficit of exactly 5 %', patch: { E5: 1000 } },
    { name: 'no bruttobudget: nothing to compare with', patch: { B4: null } },
  ],
  invalid: [
    {
      name: 'an överskott of 6 % of bruttobudget',
      patch: { E4: -600 },
      problems: [{ messageId: 'overCap', cell: 'E4', data: { actual: -600, base: 10000, limit: 500 } }],
    },
    {
      name: 'an underskott of 5,5 % of bruttobudget',
      patch: { E5: 1100 },
      problems: [{ messageId: 'overCap', cell: 'E5', data: { actual: 1100, share: { percent: 0.055 }, cap: { percent: 0.05 } } }],
    },
  ],
});
