import { resultatrakning } from '../../../../../shared/templates/resultatrakning';
import fill from '../../../../../shared/templates/resultatrakning/fills/totalt';
import { testFill } from '../../../../support/fill-tester';
import { base } from '../base-sheet';

testFill(resultatrakning, fill, {
  base,
  cases: [
    { name: 'a complete printout needs nothing' },
    {
      name: 'an empty Totalt is Externt + Stadens bolag + Internt',
      patch: { E8: null, E22: null },
      fixes: { E8: -662, E22: 20 },
      resolves: ['resultatrakning/totalt-equals-sum-of-counterparts'],
    },
    {
      name: 'on a group with an empty counterpart, the counterpart is summed from the accounts first',
      patch: { D10: null, E10: null },
      fixes: { E10: 3700 },
    },
    { name: 'a typed wrong Totalt is only suggested', patch: { E12: 1200 }, suggestions: { E12: 1600 } },
  ],
});
