import { ansokanStatsbidrag } from '../../../../../shared/templates/ansokan-statsbidrag';
import fill from '../../../../../shared/templates/ansokan-statsbidrag/fills/summa-finansiering';
import { testFill } from '../../../../support/fill-tester';
import { base } from '../base-sheet';

testFill(ansokanStatsbidrag, fill, {
  base,
  cases: [
    { name: 'a right sum is left alone' },
    { name: 'an empty sum is filled, blank egen finansiering as 0', patch: { B47: null, B48: null }, fixes: { B48: 657_760 } },
    {
      name: 'Etableringscentrum: the typed 1 429 000 is right for 979 000 + 450 000',
      patch: { B46: 979_000, B47: 450_000, B48: 1_429_000 },
    },
    { name: 'a typed sum that is off is only suggested', patch: { B48: 900_000 }, suggestions: { B48: 927_760 }, resolves: ['ansokan-statsbidrag/summa-finansiering-equals-statsbidrag-plus-egen'] },
  ],
});
