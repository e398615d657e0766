import { projektOver50Mnkr } from '../../../../../shared/templates/projekt-over-50-mnkr';
import rule from '../../../../../shared/templates/projekt-over-50-mnkr/rules/start-date-not-after-end-date';
import { testRule } from '../../../../support/rule-tester';
import { blankSheet, filledSheet } from '../filled-sheet';

// T1 2021: projects in rows 10–14; AB (15) Beslutat start, AC (16) Beslutat slut, AD (17) Prognos
// start, AE (18) Prognos slut. VP 2022: projects 12–16, dates in X–AA.
testRule(projektOver50Mnkr, rule, {
  base: filledSheet(0),
  valid: [
    { name: 'the filled-in T1 2021 form' },
    { name: 'the blank form with no dates', sheet: blankSheet(0) },
    { name: 'a project that starts and ends on the same day', patch: { AB10: { d: '2021-06-01' }, AC10: { d: '2021-06-01' } } },
    { name: 'a prognos with only a start date', patch: { AE11: null } },
    { name: 'a date written as ISO text', patch: { AD12: '2020-01-01' } },
    { name: 'the filled-in VP 2022 form', sheet: filledSheet(2) },
  ],
  invalid: [
    {
      name: 'the decided end before the decided start',
      patch: { AC10: { d: '2019-06-30' } },
      problems: [{ messageId: 'endBeforeStart', cell: 'AC10', data: { start: '2019-09-01', end: '2019-06-30' } }],
    },
    {
      name: 'the prognos end before the prognos start',
      patch: { AE11: { d: '2018-12-31' } },
      problems: [{ messageId: 'endBeforeStart', cell: 'AE11', data: { start: '2019-01-01', end: '2018-12-31' } }],
    },
    {
      name: 'a season instead of a date',
      patch: { AD12: 'hösten 2021' },
      problems: [{ messageId: 'notADate', cell: 'AD12', data: { text: 'hösten 2021' } }],
    },
    {
      name: 'VP 2022: the prognos start after its end',
      sheet: filledSheet(2),
      patch: { Z13: { d: '2023-02-01' } },
      problems: [{ messageId: 'endBeforeStart', cell: 'AA13', data: { start: '2023-02-01', end: '2022-12-31' } }],
    },
  ],
});
