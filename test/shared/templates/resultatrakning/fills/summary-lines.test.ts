import { resultatrakning } from '../../../../../shared/templates/resultatrakning';
import fill from '../../../../../shared/templates/resultatrakning/fills/summary-lines';
import { testFill } from '../../../../support/fill-tester';
import { base } from '../base-sheet';

testFill(resultatrakning, fill, {
  base,
  cases: [
    { name: 'a complete printout needs nothing' },
    {
      name: 'emptied groups and results are computed down from the accounts',
      patch: { B6: null, B13: null, B18: null, B23: null, B25: null },
      fixes: { B6: -1000, B13: 2000, B18: 2060, B23: 2062, B25: 2062 },
      resolves: ['resultatrakning/summary-lines-equal-their-parts'],
    },
    { name: 'a typed group that misses an account is only suggested', patch: { C10: 150 }, suggestions: { C10: 200 } },
  ],
});
