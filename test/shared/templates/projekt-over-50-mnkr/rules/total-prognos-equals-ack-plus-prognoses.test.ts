import { projektOver50Mnkr } from '../../../../../shared/templates/projekt-over-50-mnkr';
import rule from '../../../../../shared/templates/projekt-over-50-mnkr/rules/total-prognos-equals-ack-plus-prognoses';
import { testRule } from '../../../../support/rule-tester';
import { blankSheet, filledSheet } from '../filled-sheet';

// T1 2021: projects in rows 10–14; B/C (1)/(2), F/G (5)/(6), J/K N/O R/S V/W the later Prognos
// (9)/(10), H/I L/M P/Q T/U the Plan (7)/(8), Z/AA (13)/(14).
testRule(projektOver50Mnkr, rule, {
  base: filledSheet(0),
  valid: [
    { name: 'totals made up of Ack. and every prognos' },
    { name: 'the blank form', sheet: blankSheet(0) },
    { name: 'the OCR T1 2020 form filled in', sheet: filledSheet(1) },
    { name: 'VP 2022, whose unlabelled last pair counts as a later prognos', sheet: filledSheet(2) },
    { name: 'a plan amount is not part of the total prognos', patch: { H10: 7, I10: -2 } },
    { name: 'the Summa row is left to the sum rule', patch: { Z15: 1 } },
  ],
  invalid: [
    {
      name: 'a later prognos changed without the total',
      patch: { J10: 7 },
      problems: [
        {
          messageId: 'mismatch',
          cell: 'Z10',
          data: {
            column: '(13) Prognos Total kostnad',
            actual: { sv: '30,4', en: '30.4' },
            expected: { sv: '31,4', en: '31.4' },
            ack: { sv: '(1) 12,4', en: '(1) 12.4' },
            current: { sv: '(5) 8,0', en: '(5) 8.0' },
            later: { sv: '(9) 11,0', en: '(9) 11.0' },
          },
        },
      ],
    },
    {
      name: 'a total prognos income that leaves out the accumulated income',
      patch: { AA11: -22.5 },
      problems: [{ messageId: 'mismatch', cell: 'AA11', data: { column: '(14) Prognos Total intäkt (-)', expected: { sv: '-37,5', en: '-37.5' } } }],
    },
    {
      name: 'VP 2022: an amount in the unlabelled pair is counted',
      sheet: filledSheet(2),
      // R: (9) of the ninth pair; V: (13).
      patch: { R12: 2 },
      problems: [{ messageId: 'mismatch', cell: 'V12', data: { expected: { sv: '32,4', en: '32.4' } } }],
    },
  ],
});
