import { resultatenheter } from '../../../../../shared/templates/resultatenheter';
import fill from '../../../../../shared/templates/resultatenheter/fills/tio-procent';
import { testFill } from '../../../../support/fill-tester';
import { base } from '../base-sheet';

testFill(resultatenheter, fill, {
  base,
  cases: [
    { name: 'the 10 % column right on every row needs nothing' },
    {
      name: 'an empty 10 % cell and a stale formula are filled',
      patch: { H4: null, H5: { f: 'B5*0.1', v: 1800 } },
      fixes: { H4: 1000, H5: 2000 },
      resolves: ['resultatenheter/tio-procent-equals-10-percent-of-bruttobudget'],
    },
    {
      name: 'a wrong typed 10 % is suggested',
      patch: { H6: 50 },
      suggestions: { H6: 500 },
      resolves: ['resultatenheter/tio-procent-equals-10-percent-of-bruttobudget'],
    },
  ],
});
