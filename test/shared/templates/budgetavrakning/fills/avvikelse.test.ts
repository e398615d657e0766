import { budgetavrakning } from '../../../../../shared/templates/budgetavrakning';
import fill from '../../../../../shared/templates/budgetavrakning/fills/avvikelse';
import { testFill } from '../../../../support/fill-tester';
import { base } from '../base-sheet';

testFill(budgetavrakning, fill, {
  base,
  cases: [
    { name: 'a complete printout needs nothing' },
    {
      name: 'an empty Avvikelse is budget − utfall',
      patch: { D6: null, D16: null },
      fixes: { D6: -15280134.95, D16: 3275742.06 },
      resolves: ['budgetavrakning/avvikelse-equals-budget-minus-utfall'],
    },
    {
      name: 'on a summing line with its own utfall blank, the utfall is first summed from its lines',
      patch: { C9: null, D9: null },
      fixes: { D9: -21482844.09 },
    },
    { name: 'a typed wrong Avvikelse is only suggested', patch: { D8: 97702.86 }, suggestions: { D8: -97702.86 }, resolves: ['budgetavrakning/avvikelse-equals-budget-minus-utfall'] },
    { name: 'an OCR utfall that reads right needs nothing', patch: { C6: '1410480 134,95' } },
  ],
});
