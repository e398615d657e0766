import { projektOver50Mnkr } from '../../../../../shared/templates/projekt-over-50-mnkr';
import rule from '../../../../../shared/templates/projekt-over-50-mnkr/rules/budget-or-total-deviation-is-commented';
import { testRule } from '../../../../support/rule-tester';
import { blankSheet, filledSheet } from '../filled-sheet';

// T1 2021: projects in rows 10–14; D/E (3)/(4) Budget 2021, F/G (5)/(6) Prognos 2021, X/Y (11)/(12)
// Beslutat total, Z/AA (13)/(14) Prognos total; with the comment column, AF holds "Kommentar".
const withComments = filledSheet(0, undefined, { commentColumn: true });

testRule(projektOver50Mnkr, rule, {
  base: filledSheet(0),
  valid: [
    { name: 'prognos equal to budget and to the total decided' },
    { name: 'the blank form', sheet: blankSheet(0) },
    { name: 'a difference the one-decimal format cannot show', patch: { F10: 8.04 } },
    { name: 'a later year changing is not a deviation from this year’s budget', patch: { J10: 9 } },
    { name: 'deviations commented in the Kommentar column', sheet: withComments, patch: { F10: 9.5, Z10: 31.9, AF10: 'Fler deltagare än beräknat; finansieras inom ramen.' } },
    { name: 'the delsummering and Summa rows are not projects', sheet: filledSheet(0, undefined, { subtotalAfter: 2 }), patch: { F12: 99, F16: 99 } },
  ],
  invalid: [
    {
      name: "this year's prognos cost above budget, on a form with no comment column",
      patch: { F10: 9.5 },
      problems: [
        {
          messageId: 'explainInTjansteutlatande',
          cell: 'F10',
          data: {
            deviation: {
              sv: 'Prognos 2021 kostnad (5) 9,5 avviker från budget (3) 8,0 med 1,5 mnkr',
              en: 'Forecast 2021 cost (5) 9.5 differs from the budget (3) 8.0 by 1.5 mnkr',
            },
          },
        },
      ],
    },
    {
      name: 'income below budget and a total prognos above the decided total',
      patch: { G11: -10, Z11: 55 },
      problems: [
        { messageId: 'explainInTjansteutlatande', cell: 'G11', data: { deviation: { sv: 'Prognos 2021 intäkt (6) -10,0 avviker från budget (4) -12,7 med 2,7 mnkr', en: 'Forecast 2021 income (6) -10.0 differs from the budget (4) -12.7 by 2.7 mnkr' } } },
        { messageId: 'explainInTjansteutlatande', cell: 'Z11', data: { deviation: { sv: 'Total prognos kostnad (13) 55,0 avviker från totalt beslutad (11) 53,7 med 1,3 mnkr', en: 'Total forecast cost (13) 55.0 differs from the total decided (11) 53.7 by 1.3 mnkr' } } },
      ],
    },
    {
      name: 'an empty Kommentar cell gets one problem listing every deviation',
      sheet: withComments,
      patch: { E12: -1, AA12: -2 },
      problems: [
        {
          messageId: 'missingComment',
          cell: 'AF12',
          data: {
            deviations: {
              sv: 'Prognos 2021 intäkt (6) 0,0 avviker från budget (4) -1,0 med 1,0 mnkr; Total prognos intäkt (14) -2,0 avviker från totalt beslutad (12) 0,0 med -2,0 mnkr',
              en: 'Forecast 2021 income (6) 0.0 differs from the budget (4) -1.0 by 1.0 mnkr; Total forecast income (14) -2.0 differs from the total decided (12) 0.0 by -2.0 mnkr',
            },
          },
        },
      ],
    },
    {
      name: 'VP 2022: total decided income differs from the total prognos',
      sheet: filledSheet(2),
      // T–W: (11)–(14); project 2 in row 13.
      patch: { U13: -40 },
      problems: [{ messageId: 'explainInTjansteutlatande', cell: 'W13', data: { deviation: { sv: 'Total prognos intäkt (14) -37,5 avviker från totalt beslutad (12) -40,0 med 2,5 mnkr', en: 'Total forecast income (14) -37.5 differs from the total decided (12) -40.0 by 2.5 mnkr' } } }],
    },
  ],
});
