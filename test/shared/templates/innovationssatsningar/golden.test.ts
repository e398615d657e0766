import type { CheckExpectation } from '../../../support/golden';
import { goldenSuite } from '../../../support/golden';

const rule = (name: string) => `innovationssatsningar/${name}`;
const TYP = rule('typ-is-verksamhetsutveckling-or-testbadd');
const BUDGET = rule('budget-in-one-unit');
const TIDPLAN = rule('tidplan-has-start-and-end');

// The fixture: headers in row 10, the nine satsningar in rows 11–19 in the catalogue's order.
const NAMES = [
  'Vux 2.0',
  'Hållbar Etablering',
  'Smarta prov',
  'Utvecklingsplattform för kombinationsutbildningar',
  'Bron',
  'Integrering av IPS i psykosvården',
  'Studiesluss',
  'Utvecklat stöd för unga',
  'DEV',
];
const typ = (name: string, i: number): CheckExpectation => ({
  check: `Typ av innovation is 'verksamhetsutveckling' or 'testbäddverksamhet' [${name}]`,
  holds: false,
  // Rows 8–9 hold the misspelt "Verkamhetsutveckling"; the others a description of the satsning.
  reported: [{ rule: TYP, cell: `B${11 + i}`, messageId: i >= 7 ? 'misspelt' : 'notAType' }],
});
// Beside the Projektbilaga of the same VP 2022 (instance 36) as a file of its own.
const ANNEX = rule('matches-projektbilaga');
const rowOf = (name: string) => 11 + NAMES.indexOf(name);

goldenSuite([
  {
    index: 23,
    template: 'innovationssatsningar',
    edition: 'vp-2022',
    partners: [36],
    checks: [
      ...NAMES.map(typ),
      {
        check: 'Kontaktperson filled',
        holds: false,
        reported: NAMES.map((_, i) => ({ rule: rule('required-fields-filled'), cell: `I${11 + i}`, messageId: 'missing' })),
      },
      {
        check: 'budget written in one unit',
        holds: false,
        reported: [
          { rule: BUDGET, cell: 'F13', messageId: 'otherUnit' },
          { rule: BUDGET, cell: 'F16', messageId: 'otherUnit' },
          { rule: BUDGET, cell: 'F17', messageId: 'suspiciousAmount' },
        ],
      },
      {
        check: 'Tidplan written in one format with start and end',
        holds: false,
        // Month and day forms are both as exact as the instruction asks; only the years-only
        // timelines fall short of "så exakt så möjligt".
        reported: [
          { rule: TIDPLAN, cell: 'D17', messageId: 'yearsOnly' },
          { rule: TIDPLAN, cell: 'D19', messageId: 'yearsOnly' },
        ],
      },
      {
        check: 'cross-check Utvecklingsplattform budget with Projektbilaga in the same VP 2022 (24,7 miljoner kr)',
        holds: false,
        reported: [{ rule: ANNEX, cell: `F${rowOf('Utvecklingsplattform för kombinationsutbildningar')}`, messageId: 'budgetDiffers' }],
      },
      {
        check: 'cross-check Utvecklat stöd för unga end date with Projektbilaga VP 2022 (april 2023)',
        holds: false,
        reported: [{ rule: ANNEX, cell: `D${rowOf('Utvecklat stöd för unga')}`, messageId: 'periodDiffers' }],
      },
      {
        check: 'cross-check Bron period with Projektbilaga VP 2022 (september 2019 - juni 2022)',
        holds: false,
        reported: [{ rule: ANNEX, cell: `D${rowOf('Bron')}`, messageId: 'periodDiffers' }],
      },
      {
        check: 'cross-check Vux 2.0, Hållbar Etablering, Studiesluss, DEV with Projektbilaga VP 2022',
        holds: true,
        notReported: ['Vux 2.0', 'Hållbar Etablering', 'Studiesluss', 'DEV'].flatMap((name) => [
          { rule: ANNEX, cell: `D${rowOf(name)}` },
          { rule: ANNEX, cell: `F${rowOf(name)}` },
        ]),
      },
    ],
  },
]);
