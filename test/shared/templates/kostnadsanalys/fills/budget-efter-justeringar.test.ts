import { kostnadsanalys } from '../../../../../shared/templates/kostnadsanalys';
import fill from '../../../../../shared/templates/kostnadsanalys/fills/budget-efter-justeringar';
import { testFill } from '../../../../support/fill-tester';
import { base } from '../base-sheet';

testFill(kostnadsanalys, fill, {
  base,
  cases: [
    { name: 'a complete sheet needs nothing' },
    {
      name: 'an empty column 4 cell gets 1 + 2 + 3',
      patch: { E7: null },
      fixes: { E7: 815.7 },
      resolves: ['kostnadsanalys/kolumn-4-equals-1-plus-2-plus-3'],
    },
    {
      name: 'a stale formula result is recomputed without asking',
      patch: { D10: -1.2, E10: { f: 'B10+C10+D10', v: -82.6 } },
      fixes: { E10: -83.8 },
    },
    { name: 'a typed wrong value is only suggested', patch: { E6: 400 }, suggestions: { E6: 425.9 }, resolves: ['kostnadsanalys/kolumn-4-equals-1-plus-2-plus-3'] },
    { name: 'a line with no amounts is left alone', patch: { B8: null, C8: null, D8: null, E8: null } },
  ],
});
