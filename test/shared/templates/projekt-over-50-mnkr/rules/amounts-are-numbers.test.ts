import { projektOver50Mnkr } from '../../../../../shared/templates/projekt-over-50-mnkr';
import rule from '../../../../../shared/templates/projekt-over-50-mnkr/rules/amounts-are-numbers';
import { testRule } from '../../../../support/rule-tester';
import { blankSheet, filledSheet } from '../filled-sheet';

// T1 2021: projects in rows 10–14, Summa in row 15. T1 2020: projects 12–16, Summa 17.
testRule(projektOver50Mnkr, rule, {
  base: filledSheet(0),
  valid: [
    { name: 'the filled-in T1 2021 form' },
    { name: 'the blank T1 2021 form', sheet: blankSheet(0) },
    { name: 'the blank VP 2022 form', sheet: blankSheet(2) },
    { name: 'an empty amount cell', patch: { H12: null } },
    { name: 'a formula in a project row', patch: { Z10: { f: 'B10+F10+J10+N10+R10+V10', v: 30.4 } } },
    { name: 'text in the date columns is left to the date rule', patch: { AB10: 'hösten 2019' } },
    { name: 'text below the table is not an amount', patch: { B17: 'se bilaga 3' } },
  ],
  invalid: [
    {
      name: 'the OCR "00" in the T1 2020 Summa row',
      sheet: blankSheet(1),
      problems: [{ messageId: 'suspiciousNumber', cell: 'E17', data: { text: '00', value: 0 } }],
    },
    {
      name: 'an amount typed as text',
      patch: { D10: '8,0' },
      problems: [{ messageId: 'numberAsText', cell: 'D10', data: { text: '8,0' } }],
    },
    {
      name: 'a word in an amount cell',
      patch: { H11: 'se bilaga' },
      problems: [{ messageId: 'notANumber', cell: 'H11', data: { text: 'se bilaga' } }],
    },
    {
      name: 'a date in an amount column',
      patch: { B12: { d: '2021-01-01' } },
      problems: [{ messageId: 'notANumber', cell: 'B12', data: { text: '2021-01-01' } }],
    },
    {
      name: 'text in a delsummering and in the Summa row',
      sheet: filledSheet(0, undefined, { subtotalAfter: 2, subtotalName: 'Delsumma' }),
      // The delsummering is row 12; Summa moved to row 16.
      patch: { C12: '-18,1', AA16: 'se ovan' },
      problems: [
        { messageId: 'numberAsText', cell: 'C12' },
        { messageId: 'notANumber', cell: 'AA16' },
      ],
    },
  ],
});
