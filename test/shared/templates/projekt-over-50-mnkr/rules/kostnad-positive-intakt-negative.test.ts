import { projektOver50Mnkr } from '../../../../../shared/templates/projekt-over-50-mnkr';
import rule from '../../../../../shared/templates/projekt-over-50-mnkr/rules/kostnad-positive-intakt-negative';
import { testRule } from '../../../../support/rule-tester';
import { blankSheet, filledSheet } from '../filled-sheet';

// T1 2021: projects in rows 10–14, Summa in row 15. VP 2022: projects 12–16.
testRule(projektOver50Mnkr, rule, {
  base: filledSheet(0),
  valid: [
    { name: 'the filled-in T1 2021 form' },
    { name: 'the blank form: zero is allowed in both kinds of column', sheet: blankSheet(0) },
    { name: 'the filled-in VP 2022 form', sheet: filledSheet(2) },
    { name: 'a project with income only in some years', patch: { C10: 0, E10: 0, G10: 0 } },
    { name: 'the Summa row is left to the sum rule', patch: { B15: -5 } },
    { name: 'an empty amount cell', patch: { D11: null } },
  ],
  invalid: [
    {
      name: 'accumulated income entered without its minus sign',
      patch: { C10: 3.1 },
      problems: [{ messageId: 'shouldBeNegative', cell: 'C10', data: { header: '(2) Ack. t.o.m. 2020 Intäkt (-)', value: 3.1 } }],
    },
    {
      name: "a cost entered negative in this year's prognos",
      patch: { F11: -18.2 },
      problems: [{ messageId: 'shouldBePositive', cell: 'F11', data: { header: '(5) Prognos 2021 Kostnad', value: -18.2 } }],
    },
    {
      name: 'a positive total decided income',
      patch: { Y11: 37.5 },
      problems: [{ messageId: 'shouldBeNegative', cell: 'Y11', data: { header: '(12) Beslutat Total intäkt (-)', value: 37.5 } }],
    },
    {
      name: 'a later plan year with both signs flipped',
      // L–O: 2023 Plan and Prognos.
      patch: { L12: -10, M12: 2 },
      problems: [
        { messageId: 'shouldBePositive', cell: 'L12', data: { header: '(7) Plan 2023 Kostnad' } },
        { messageId: 'shouldBeNegative', cell: 'M12', data: { header: '(8) Plan 2023 Intäkt (-)' } },
      ],
    },
    {
      name: "an amount typed as text is judged by its value ('4,0' in an income column)",
      patch: { E13: '4,0' },
      problems: [{ messageId: 'shouldBeNegative', cell: 'E13', data: { header: '(4) Budget 2021 Intäkt (-)', value: 4 } }],
    },
    {
      name: "VP 2022: income in the pair whose year label is missing",
      sheet: filledSheet(2),
      // R–S: the ninth pair, (9)/(10) with no year.
      patch: { S12: 1 },
      problems: [{ messageId: 'shouldBeNegative', cell: 'S12', data: { header: '(10) Prognos (år saknas) Intäkt (-)', value: 1 } }],
    },
  ],
});
