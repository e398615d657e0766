import { budgetavrakning } from '../../../../../shared/templates/budgetavrakning';
import rule from '../../../../../shared/templates/budgetavrakning/rules/avvikelse-equals-budget-minus-utfall';
import { testRule } from '../../../../support/rule-tester';
import { base } from '../base-sheet';

testRule(budgetavrakning, rule, {
  base,
  valid: [
    { name: 'Avvikelse is budget − utfall on all 14 lines' },
    { name: 'an utfall printed as OCR text counts with its value', patch: { C6: '1410480 134,95' } },
    { name: 'a line with no budget and no utfall is not computed', patch: { B19: null, C19: null, D19: null } },
  ],
  invalid: [
    {
      name: 'the sign turned round (utfall − budget)',
      patch: { D6: 15280134.95 },
      problems: [{ messageId: 'mismatch', cell: 'D6', data: { actual: 15280134.95, expected: -15280134.95 } }],
    },
    {
      name: 'one öre off on a billion',
      patch: { D13: 1148337.17 },
      problems: [{ messageId: 'mismatch', cell: 'D13', data: { actual: 1148337.17, expected: 1148337.16 } }],
    },
  ],
});
