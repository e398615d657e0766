import { handlingsplanMotValdsbejakandeExtremism as template } from '../../../../../shared/templates/handlingsplan-mot-valdsbejakande-extremism';
import rule from '../../../../../shared/templates/handlingsplan-mot-valdsbejakande-extremism/rules/tidplan-within-plan-year';
import { testRule } from '../../../../support/rule-tester';
import { ocrSheet, planSheet } from '../plan-sheet';

testRule(template, rule, {
  base: planSheet(),
  valid: [
    { name: 'a year, a season and a month of 2021' },
    { name: 'a range inside the year', patch: { C12: 'Juli 2021 – december 2021' } },
    { name: 'an ongoing activity that starts in the year', patch: { C7: 'augusti 2021 - löpande' } },
    { name: 'OCR: "November 2020" in the 2020 plan', sheet: ocrSheet() },
    { name: 'without a report line only the time itself is checked', patch: { A1: null, C7: '2019' } },
  ],
  invalid: [
    { name: 'no Tidplan (T1 2020, two rows)', patch: { C7: null }, problems: [{ messageId: 'missing', cell: 'C7' }] },
    { name: 'words that are no time', patch: { C8: 'efter sommaren' }, problems: [{ messageId: 'notAPeriod', cell: 'C8', data: { text: 'efter sommaren' } }] },
    {
      name: 'a term of the next year',
      patch: { C16: 'VT 2022' },
      problems: [{ messageId: 'outsidePeriod', cell: 'C16', data: { text: 'VT 2022', start: '2022-01-01', end: '2022-06-30', period: '2021' } }],
    },
  ],
});
