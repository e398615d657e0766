import { projektOver50Mnkr } from '../../../../../shared/templates/projekt-over-50-mnkr';
import rule from '../../../../../shared/templates/projekt-over-50-mnkr/rules/date-deviation-is-explained';
import { testRule } from '../../../../support/rule-tester';
import { blankSheet, filledSheet } from '../filled-sheet';

// T1 2021: projects in rows 10–14; AB (15) / AC (16) decided, AD (17) / AE (18) prognos; with the
// comment column, AF holds "Kommentar".
const withComments = filledSheet(0, undefined, { commentColumn: true });

testRule(projektOver50Mnkr, rule, {
  base: filledSheet(0),
  valid: [
    { name: 'prognos dates equal to the decided ones' },
    { name: 'the blank form', sheet: blankSheet(0) },
    { name: 'no prognos date yet', patch: { AD10: null, AE10: null } },
    { name: 'no decided date to deviate from', patch: { AB11: null } },
    { name: 'a deviation explained in the Kommentar column', sheet: withComments, patch: { AE10: { d: '2024-06-30' }, AF10: 'Upphandlingen försenad ett halvår.' } },
  ],
  invalid: [
    {
      name: 'a later prognos start on a form with no comment column',
      patch: { AD10: { d: '2020-01-01' } },
      problems: [
        {
          messageId: 'explainInTjansteutlatande',
          cell: 'AD10',
          data: {
            deviation: {
              sv: 'Prognosens startdatum (17) 2020-01-01 avviker från beslutat (15) 2019-09-01',
              en: 'The forecast start date (17) 2020-01-01 differs from the decided (15) 2019-09-01',
            },
          },
        },
      ],
    },
    {
      name: 'both prognos dates moved: each deviating cell asks for its explanation',
      patch: { AD11: { d: '2019-03-01' }, AE11: { d: '2023-06-30' } },
      problems: [
        { messageId: 'explainInTjansteutlatande', cell: 'AD11' },
        { messageId: 'explainInTjansteutlatande', cell: 'AE11' },
      ],
    },
    {
      name: 'an empty Kommentar cell gets one problem listing every deviation',
      sheet: withComments,
      patch: { AD12: { d: '2020-03-01' }, AE12: { d: '2025-06-30' } },
      problems: [
        {
          messageId: 'missingComment',
          cell: 'AF12',
          data: {
            deviations: {
              sv: 'Prognosens startdatum (17) 2020-03-01 avviker från beslutat (15) 2020-01-01; Prognosens avslutningsdatum (18) 2025-06-30 avviker från beslutat (16) 2024-06-30',
              en: 'The forecast start date (17) 2020-03-01 differs from the decided (15) 2020-01-01; The forecast end date (18) 2025-06-30 differs from the decided (16) 2024-06-30',
            },
          },
        },
      ],
    },
    {
      name: 'VP 2022: a later prognos end',
      sheet: filledSheet(2),
      patch: { AA14: { d: '2025-12-31' } },
      problems: [{ messageId: 'explainInTjansteutlatande', cell: 'AA14' }],
    },
  ],
});
