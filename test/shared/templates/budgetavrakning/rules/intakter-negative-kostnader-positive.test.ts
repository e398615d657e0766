import { budgetavrakning } from '../../../../../shared/templates/budgetavrakning';
import rule from '../../../../../shared/templates/budgetavrakning/rules/intakter-negative-kostnader-positive';
import { testRule } from '../../../../support/rule-tester';
import { base } from '../base-sheet';

testRule(budgetavrakning, rule, {
  base,
  valid: [
    { name: 'income negative, costs positive' },
    { name: 'a positive Avvikelse on an income line is no sign error', patch: { D10: 22631181.25 } },
  ],
  invalid: [
    {
      name: 'an income budget entered without its minus sign',
      patch: { B10: 510200000, B12: 510200000 },
      problems: [
        { messageId: 'shouldBeNegative', cell: 'B10', data: { header: 'Verksamhetens intäkter', value: 510200000 } },
        { messageId: 'shouldBeNegative', cell: 'B12', data: { header: 'Intäkter (-)' } },
      ],
    },
    { name: 'a negative cost', patch: { C8: -97702.86 }, problems: [{ messageId: 'shouldBePositive', cell: 'C8', data: { header: 'Internränta', value: -97702.86 } }] },
    { name: 'investment income entered as positive', patch: { C15: 250000 }, problems: [{ messageId: 'shouldBeNegative', cell: 'C15', data: { header: 'Inkomster (-)' } }] },
  ],
});
