import { projektOver50Mnkr } from '../../../../../shared/templates/projekt-over-50-mnkr';
import rule from '../../../../../shared/templates/projekt-over-50-mnkr/rules/group-years-follow-the-report-year';
import { testRule } from '../../../../support/rule-tester';
import { blankSheet, filledSheet } from '../filled-sheet';

// T1 2021 (report line "Uppföljning av budget 2021"): year-group row 5, B Ack. t.o.m. 2020, D 2021,
// H 2022, L 2023, P 2024, T 2025. VP 2022: row 7, D 2022 … P 2025, R unlabelled.
testRule(projektOver50Mnkr, rule, {
  base: filledSheet(0),
  valid: [
    { name: 'the T1 2021 form, 2020 to 2025' },
    { name: 'the OCR T1 2020 form, every year one earlier', sheet: blankSheet(1) },
    { name: 'VP 2022 with its unlabelled last pair (another rule’s)', sheet: filledSheet(2) },
    { name: 'a missing year is another rule’s', patch: { L5: null } },
    { name: 'group headers written over their first column, not merged', sheet: filledSheet(0, undefined, { unmerged: true }) },
  ],
  invalid: [
    {
      name: 'the Budget group a year ahead of the report',
      patch: { D5: '2022' },
      problems: [{ messageId: 'wrongYear', cell: 'D5', data: { actual: '2022', expected: '2021', reportYear: '2021', columns: '(3)/(4), (5)/(6)' } }],
    },
    {
      name: 'a later group off by one, and the Ack. year',
      patch: { B5: 'Ack. t.o.m. 2021', P5: '2025' },
      problems: [
        { messageId: 'wrongYear', cell: 'B5', data: { actual: '2021', expected: '2020', columns: '(1)/(2)' } },
        { messageId: 'wrongYear', cell: 'P5', data: { actual: '2025', expected: '2024' } },
      ],
    },
    {
      name: 'VP 2022 with a Prognos-only year written twice',
      sheet: filledSheet(2),
      patch: { P7: '2024' },
      problems: [{ messageId: 'wrongYear', cell: 'P7', data: { actual: '2024', expected: '2025', reportYear: '2022' } }],
    },
  ],
});
