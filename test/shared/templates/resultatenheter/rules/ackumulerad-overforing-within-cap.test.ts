import { resultatenheter } from '../../../../../shared/templates/resultatenheter';
import rule from '../../../../../shared/templates/resultatenheter/rules/ackumulerad-overforing-within-cap';
import { testRule } from '../../../../support/rule-tester';
import { base } from '../base-sheet';

testRule(resultatenheter, rule, {
  base,
  valid: [
    { name: 'carry-overs within their caps' },
    { name: 'an överskott of exactly 10 %', patch: { F4: 1000 } },
    { name: 'an underskott of exactly 5 %', patch: { F5: -1000 } },
  ],
  invalid: [
    {
      name: 'an överskott of 11 %',
      patch: { F4: 1100 },
      problems: [{ messageId: 'overCap', cell: 'F4', data: { actual: 1100, cap: { percent: 0.1 }, limit: 1000 } }],
    },
    {
      name: 'an underskott of 5,5 %: the lower cap applies to deficits',
      patch: { F5: -1100 },
      problems: [{ messageId: 'overCap', cell: 'F5', data: { actual: -1100, cap: { percent: 0.05 }, limit: 1000 } }],
    },
  ],
});
