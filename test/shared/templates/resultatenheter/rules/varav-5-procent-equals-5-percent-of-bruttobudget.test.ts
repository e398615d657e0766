import { resultatenheter } from '../../../../../shared/templates/resultatenheter';
import rule from '../../../../../shared/templates/resultatenheter/rules/varav-5-procent-equals-5-percent-of-bruttobudget';
import { testRule } from '../../../../support/rule-tester';
import { base } from '../base-sheet';

testRule(resultatenheter, rule, {
  base,
  valid: [
    { name: 'every unit row holds 5 % of its bruttobudget' },
    { name: 'a typed amount rounded to whole tkr', patch: { B4: 10010, C4: 500 } },
    { name: 'an unused row: blank bruttobudget, formula showing 0', patch: { B6: null, C6: { f: 'B6*0.05', v: 0 } } },
  ],
  invalid: [
    {
      name: 'a typed 6 % instead of 5 %',
      patch: { C4: 600 },
      problems: [{ messageId: 'mismatch', cell: 'C4', data: { actual: 600, expected: 500 } }],
    },
    {
      name: 'a cached formula result left over from an old bruttobudget',
      patch: { B5: 30000 },
      problems: [{ messageId: 'mismatch', cell: 'C5', data: { actual: 1000, expected: 1500 } }],
    },
  ],
});
