import { ansokanStatsbidrag } from '../../../../../shared/templates/ansokan-statsbidrag';
import rule from '../../../../../shared/templates/ansokan-statsbidrag/rules/stated-arithmetic-matches-amount';
import { testRule } from '../../../../support/rule-tester';
import { base } from '../base-sheet';

testRule(ansokanStatsbidrag, rule, {
  base,
  valid: [
    { name: 'every stated calculation agrees with its line' },
    { name: 'lines without numbers in their text (Unga når Unga)', patch: { A37: 'Lönekostnader och arvoden', A42: 'Andra verksamhetskostnader (ange typ av kostnader): SL-biljetter', A47: 'Egen finansiering (medfinansiering)' } },
    { name: 'a number the reading cannot place is no claim', patch: { A37: 'Lönekostnader för 2 lotsar, 19 550 kr + PF 8 100 kr, 3 av dem halvtid 120 timmar' } },
    { name: 'a rate per month with an unreadable tidplan is left alone', patch: { A33: 'enligt plan', B47: 1 } },
    { name: '"ca" allows a rounded amount', patch: { B47: 275_000 } },
  ],
  invalid: [
    {
      name: 'items that do not add up',
      patch: { B39: 120_000 },
      problems: [{ messageId: 'itemsMismatch', cell: 'B39', data: { actual: 120_000, expected: 125_000, expression: { sv: '25 000 + 100 000', en: '25,000 + 100,000' } } }],
    },
    {
      name: 'a product in the text that does not give its amount',
      patch: { A42: 'Andra verksamhetskostnader: Handledning 50 000 kr; SL-kort 22 800 kr (950 kr x 7 månader x 4)' },
      problems: [{ messageId: 'productMismatch', cell: 'A42', data: { stated: 22_800, expected: 26_600 } }],
    },
    {
      name: 'a stated overhead percentage the amount does not follow',
      patch: { B38: 70_000 },
      problems: [{ messageId: 'percentMismatch', cell: 'B38', data: { actual: 70_000, expected: 66_360 } }],
    },
    {
      name: 'salary: four lotsar for six months at 19 550 + 8 100, not five months',
      patch: { B37: 553_000, B38: 55_300 },
      problems: [{ messageId: 'rateMismatch', cell: 'B37', data: { actual: 553_000, expected: 663_600, expression: { sv: '4 × 6 × (19 550 + 8 100)', en: '4 × 6 × (19,550 + 8,100)' } } }],
    },
    {
      name: 'a rate per month counted over the tidplan months',
      patch: { A33: 'Juli 2021 – april 2022', B47: 270_000 },
      problems: [{ messageId: 'rateMismatch', cell: 'B47', data: { expected: 450_000 } }],
    },
  ],
});
