import { projektOver50Mnkr } from '../../../../../shared/templates/projekt-over-50-mnkr';
import rule from '../../../../../shared/templates/projekt-over-50-mnkr/rules/summa-keeps-its-formulas';
import { testRule } from '../../../../support/rule-tester';
import { blankSheet, filledSheet } from '../filled-sheet';

const withSubtotal = filledSheet(0, undefined, { subtotalAfter: 3, subtotalName: 'Delsumma Jobbtorg och vuxenutbildning' });

testRule(projektOver50Mnkr, rule, {
  base: filledSheet(0),
  valid: [
    { name: 'the filled-in T1 2021 form with its SUM formulas' },
    { name: 'the blank T1 2021 form as catalogued', sheet: blankSheet(0) },
    { name: 'the filled-in VP 2022 form', sheet: filledSheet(2) },
    { name: 'a form with an inserted delsummering', sheet: withSubtotal },
    { name: 'an emptied Summa cell is no typed value', patch: { D15: null } },
    { name: 'a project amount may be typed: only the Summa row is the form’s formula', patch: { D10: 12.5 } },
  ],
  invalid: [
    {
      name: 'a Summa typed as the value it showed',
      patch: { D15: 102.7 },
      problems: [{ messageId: 'typedOverFormula', cell: 'D15', data: { formula: '=SUM(D10:D14)', actual: 102.7 } }],
    },
    {
      name: 'a Summa typed with another amount',
      patch: { D15: 100 },
      problems: [{ messageId: 'typedWrongValue', cell: 'D15', data: { formula: '=SUM(D10:D14)', actual: 100, expected: 102.7 } }],
    },
    {
      name: 'the T1 2020 scan’s "00", typed over the Summa formula',
      sheet: blankSheet(1),
      problems: [{ messageId: 'typedOverFormula', cell: 'E17', data: { formula: '=SUM(E12:E16)', actual: 0 } }],
    },
    {
      name: 'with a delsummering, the Summa’s formula leaves the subtotal out',
      sheet: withSubtotal,
      patch: { B16: 1 },
      problems: [{ messageId: 'typedWrongValue', cell: 'B16', data: { formula: '=SUM(B10:B15)-B13' } }],
    },
  ],
});
