import { ansokanStatsbidrag } from '../../../../../shared/templates/ansokan-statsbidrag';
import fill from '../../../../../shared/templates/ansokan-statsbidrag/fills/summa-kostnader';
import { testFill } from '../../../../support/fill-tester';
import { base } from '../base-sheet';

testFill(ansokanStatsbidrag, fill, {
  base,
  cases: [
    { name: 'a right sum is left alone' },
    { name: 'an empty sum is filled', patch: { B43: null }, fixes: { B43: 927_760 }, resolves: ['ansokan-statsbidrag/summa-kostnader-equals-sum-of-cost-lines'] },
    { name: 'a typed sum that is off is only suggested', patch: { B40: 10_000 }, suggestions: { B43: 937_760 }, resolves: ['ansokan-statsbidrag/summa-kostnader-equals-sum-of-cost-lines'] },
    { name: 'a table with no amounts gets no sum', patch: { B37: null, B38: null, B39: null, B42: null, B43: null } },
  ],
});
