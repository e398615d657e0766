import { resultatenheter } from '../../../../../shared/templates/resultatenheter';
import fill from '../../../../../shared/templates/resultatenheter/fills/varav-5-procent';
import { testFill } from '../../../../support/fill-tester';
import { base } from '../base-sheet';

testFill(resultatenheter, fill, {
  base,
  cases: [
    { name: 'the formula in every row needs nothing' },
    {
      name: 'an emptied column 3 on an inserted row gets the formula (a fix)',
      patch: { C5: null },
      fixes: { C5: 1000 },
      resolves: ['resultatenheter/varav-5-procent-equals-5-percent-of-bruttobudget'],
    },
    {
      name: 'a formula with a stale cached value is recomputed (a fix: the template owns the cell)',
      patch: { C4: { f: 'B4*0.05', v: 450 } },
      fixes: { C4: 500 },
    },
    {
      name: 'a typed number, right or wrong, only gets a suggestion to restore the formula',
      patch: { C4: 500, C6: 240 },
      suggestions: { C4: 500, C6: 250 },
      resolves: ['resultatenheter/template-formulas-intact', 'resultatenheter/varav-5-procent-equals-5-percent-of-bruttobudget'],
    },
    {
      name: 'a blank line of the form is left alone',
      patch: { A7: null, B7: null, C7: { f: 'B7*0.05', v: 0 } },
    },
  ],
});
