import { kostnadsanalys } from '../../../../../shared/templates/kostnadsanalys';
import rule from '../../../../../shared/templates/kostnadsanalys/rules/template-formulas-intact';
import { testRule } from '../../../../support/rule-tester';
import { base } from '../base-sheet';

testRule(kostnadsanalys, rule, {
  base,
  valid: [
    { name: 'every formula of the sheet in place' },
    { name: 'columns 1–3, 5 and 6 of a line are typed by the nämnd', patch: { B6: 370, F6: 320 } },
    { name: 'an emptied formula cell is no typed value', patch: { E7: null } },
  ],
  invalid: [
    {
      name: 'column 4 of a line typed as the value it showed',
      patch: { E6: 425.9 },
      problems: [{ messageId: 'typedOverFormula', cell: 'E6', data: { formula: '=B6+C6+D6', actual: 425.9 } }],
    },
    {
      name: 'a typed column 4 that misses a budget adjustment',
      patch: { D6: 1.5, E6: 425.9 },
      problems: [{ messageId: 'typedWrongValue', cell: 'E6', data: { formula: '=B6+C6+D6', actual: 425.9, expected: 427.4 } }],
    },
    {
      name: 'the summing lines typed over: Kostnader right, Intäkter (-) wrong',
      patch: { B5: 1075.3, F9: -280 },
      problems: [
        { messageId: 'typedOverFormula', cell: 'B5', data: { formula: '=SUM(B6:B8)' } },
        { messageId: 'typedWrongValue', cell: 'F9', data: { formula: '=SUM(F10:F11)', expected: -284.2 } },
      ],
    },
    {
      name: 'Netto typed as the number it showed',
      patch: { G12: 971.7 },
      problems: [{ messageId: 'typedOverFormula', cell: 'G12', data: { formula: '=G5+G9', actual: 971.7 } }],
    },
  ],
});
