import { budgetavrakning } from '../../../../../shared/templates/budgetavrakning';
import fill from '../../../../../shared/templates/budgetavrakning/fills/summary-lines';
import { testFill } from '../../../../support/fill-tester';
import { base } from '../base-sheet';

testFill(budgetavrakning, fill, {
  base,
  cases: [
    { name: 'a complete printout needs nothing' },
    {
      name: 'empty summing lines are summed from their lines, Summa drift from the computed Kostnader and Intäkter',
      patch: { C9: null, C12: null, C13: null, B16: null },
      fixes: { C9: 1416682844.09, C12: -532831181.25, C13: 883851662.84, B16: 6000000 },
      resolves: ['budgetavrakning/summary-lines-equal-their-parts'],
    },
    { name: 'a typed Kostnader missing a line is only suggested', patch: { B9: 1300000000 }, suggestions: { B9: 1395200000 } },
  ],
});
