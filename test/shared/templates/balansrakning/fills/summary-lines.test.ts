import { balansrakning } from '../../../../../shared/templates/balansrakning';
import fill from '../../../../../shared/templates/balansrakning/fills/summary-lines';
import { testFill } from '../../../../support/fill-tester';
import { base } from '../base-sheet';

testFill(balansrakning, fill, {
  base,
  cases: [
    { name: 'a complete printout needs nothing' },
    {
      name: 'emptied groups and sums are computed down from the accounts',
      patch: { B10: null, B13: null, C18: null, C21: null },
      fixes: { B10: 5000, B13: 6000, C18: 300, C21: -200 },
      resolves: ['balansrakning/summary-lines-equal-their-parts'],
    },
    { name: 'a typed Summa Tillgångar missing a group is only suggested', patch: { E13: 0 }, suggestions: { E13: 1500 } },
  ],
});
