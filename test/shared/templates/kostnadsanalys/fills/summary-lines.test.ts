import { kostnadsanalys } from '../../../../../shared/templates/kostnadsanalys';
import fill from '../../../../../shared/templates/kostnadsanalys/fills/summary-lines';
import { testFill } from '../../../../support/fill-tester';
import { base } from '../base-sheet';

testFill(kostnadsanalys, fill, {
  base,
  cases: [
    { name: 'a complete sheet needs nothing' },
    {
      name: 'emptied summing lines are filled from the typed lines, Netto from both blocks',
      patch: { B5: null, B9: null, B12: null, E5: null, E12: null },
      fixes: { B5: 1075.3, B9: -156.1, B12: 919.2, E5: 1278.7, E12: 1122.6 },
      resolves: ['kostnadsanalys/summary-lines-equal-their-parts'],
    },
    {
      name: 'a typed total that misses a line is only suggested, and Netto follows the lines',
      patch: { F5: 1118.7, F12: 834.5 },
      suggestions: { F5: 1144.9, F12: 860.7 },
      resolves: ['kostnadsanalys/summary-lines-equal-their-parts'],
    },
  ],
});
