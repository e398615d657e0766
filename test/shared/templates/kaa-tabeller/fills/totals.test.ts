import { kaaTabeller } from '../../../../../shared/templates/kaa-tabeller';
import fill from '../../../../../shared/templates/kaa-tabeller/fills/totals';
import { testFill } from '../../../../support/fill-tester';
import { jobbtorg, uppsok } from '../base-sheets';

testFill(kaaTabeller, fill, {
  base: uppsok,
  cases: [
    { name: 'totals that add up need nothing' },
    {
      name: 'empty Totalt cells and an empty "sökta totalt" row are filled',
      patch: { D5: null, D6: null, B7: null, C7: null, D7: null },
      fixes: { D5: 2776, D6: 3323, B7: 2704, C7: 3395, D7: 6099 },
      resolves: ['kaa-tabeller/totals-equal-sum-of-rows', 'kaa-tabeller/row-totals-equal-sum-of-columns'],
    },
    {
      name: 'a typed total that is wrong is only suggested',
      patch: { C16: 959 },
      suggestions: { C16: 960 },
      resolves: ['kaa-tabeller/totals-equal-sum-of-rows'],
    },
    {
      name: 'the Totalt row of a sum column counts the row sums the fill gives, not stale ones',
      sheet: jobbtorg,
      patch: { I5: null, I7: null },
      fixes: { I5: 93, I7: 218 },
      resolves: ['kaa-tabeller/totals-equal-sum-of-rows', 'kaa-tabeller/row-totals-equal-sum-of-columns'],
    },
  ],
});
