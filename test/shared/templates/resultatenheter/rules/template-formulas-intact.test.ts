import { resultatenheter } from '../../../../../shared/templates/resultatenheter';
import rule from '../../../../../shared/templates/resultatenheter/rules/template-formulas-intact';
import { testRule } from '../../../../support/rule-tester';
import { base } from '../base-sheet';

testRule(resultatenheter, rule, {
  base,
  valid: [
    { name: 'every formula of the form in place' },
    { name: 'an emptied formula cell is no typed value (the fill restores it)', patch: { C5: null, H5: null } },
    { name: 'column 6 is the unit’s own input, not a formula of the form', patch: { F4: 500 } },
  ],
  invalid: [
    {
      name: 'an inserted row where the formula in column 3 was not copied',
      patch: { C5: 1000 },
      problems: [{ messageId: 'typedOverFormula', cell: 'C5', data: { formula: '=B5*0.05', actual: 1000 } }],
    },
    {
      name: 'a typed column 3 that no longer follows the bruttobudget',
      patch: { B5: 22000, C5: 1000 },
      problems: [{ messageId: 'typedWrongValue', cell: 'C5', data: { formula: '=B5*0.05', actual: 1000, expected: 1100 } }],
    },
    {
      name: 'the percentages and 10 % typed over, right and wrong',
      patch: { G4: 0.05, H6: 500, I6: 0.06 },
      problems: [
        { messageId: 'typedOverFormula', cell: 'G4', data: { formula: '=IF(B4=0,0,F4/B4)' } },
        { messageId: 'typedOverFormula', cell: 'H6', data: { formula: '=B6*0.1' } },
        { messageId: 'typedWrongValue', cell: 'I6', data: { formula: '=IF(B6=0,0,-E6/B6)', expected: 0.05 } },
      ],
    },
    {
      name: 'a Summa typed as the number it showed, and one typed wrong',
      patch: { B7: 35000, E7: -400 },
      problems: [
        { messageId: 'typedOverFormula', cell: 'B7', data: { formula: '=SUM(B4:B6)', actual: 35000 } },
        { messageId: 'typedWrongValue', cell: 'E7', data: { formula: '=SUM(E4:E6)', actual: -400, expected: -450 } },
      ],
    },
  ],
});
