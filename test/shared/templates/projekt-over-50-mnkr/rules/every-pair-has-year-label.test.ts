import { projektOver50Mnkr } from '../../../../../shared/templates/projekt-over-50-mnkr';
import rule from '../../../../../shared/templates/projekt-over-50-mnkr/rules/every-pair-has-year-label';
import { testRule } from '../../../../support/rule-tester';
import { blankSheet, filledSheet } from '../filled-sheet';

// T1 2021: year-group row 5 (B Ack. t.o.m. 2020, D 2021, H 2022, L 2023, P 2024, T 2025, X Total),
// merged over each group. VP 2022: year-group row 7, the ninth pair R–S has no label.
testRule(projektOver50Mnkr, rule, {
  base: filledSheet(0),
  valid: [
    { name: 'the filled-in T1 2021 form' },
    { name: 'the OCR T1 2020 form, years shifted by one', sheet: blankSheet(1) },
    { name: 'VP 2022 once the missing year is written in', sheet: filledSheet(2), patch: { R7: '2026' } },
    { name: 'group headers written over their first column, not merged', sheet: filledSheet(0, undefined, { unmerged: true }) },
  ],
  invalid: [
    {
      name: 'VP 2022 as printed: the last Prognos pair has no year',
      sheet: filledSheet(2),
      problems: [{ messageId: 'missingYear', cell: 'R7', data: { columns: '(9)/(10)', guess: '2026' } }],
    },
    {
      name: 'a later year deleted from a merged group header is reported once for the group',
      patch: { L5: null },
      problems: [{ messageId: 'missingYear', cell: 'L5', data: { columns: '(7)/(8), (9)/(10)', guess: '2023' } }],
    },
    {
      name: 'the Ack. header without its year',
      patch: { B5: 'Ack. t.o.m.' },
      problems: [{ messageId: 'missingYear', cell: 'B5', data: { columns: '(1)/(2)', guess: '2020' } }],
    },
    {
      name: 'no year anywhere: the likely years count from the report year',
      patch: { B5: 'Ack.', D5: null, H5: null, L5: null, P5: null, T5: null },
      problems: [
        { messageId: 'missingYear', cell: 'B5', data: { guess: '2020' } },
        { messageId: 'missingYear', cell: 'D5', data: { columns: '(3)/(4), (5)/(6)', guess: '2021' } },
        { messageId: 'missingYear', cell: 'H5', data: { guess: '2022' } },
        { messageId: 'missingYear', cell: 'L5', data: { guess: '2023' } },
        { messageId: 'missingYear', cell: 'P5', data: { guess: '2024' } },
        { messageId: 'missingYear', cell: 'T5', data: { guess: '2025' } },
      ],
    },
  ],
});
