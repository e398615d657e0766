import { resultatenheter } from '../../../../../shared/templates/resultatenheter';
import rule from '../../../../../shared/templates/resultatenheter/rules/summa-equals-sum-of-units';
import { sheetOf } from '../../../../support/grid-literal';
import { testRule } from '../../../../support/rule-tester';
import { base, HEADERS_2021, unitRow } from '../base-sheet';

testRule(resultatenheter, rule, {
  base,
  valid: [
    { name: 'Summa adds up columns 2–6' },
    {
      name: 'an explicit nil statement with an empty Summa row',
      sheet: sheetOf('Resultatenheter', [[...HEADERS_2021], ['tkr'], [1, 2, 3, 4, 5, 6], ['Nämnden har inga resultatenheter'], ['Summa resultatenheter']]),
    },
  ],
  invalid: [
    {
      name: 'a row inserted below the range of the sum formula',
      sheet: sheetOf('Resultatenheter', [
        [...HEADERS_2021],
        ['tkr'],
        [1, 2, 3, 4, 5, 6],
        unitRow(4, 'Enhet A', 10000, -200, -300, 500),
        unitRow(5, 'Enhet B', 20000, 400, 100, -500),
        ['Summa resultatenheter', { f: 'SUM(B4:B4)', v: 10000 }, { f: 'SUM(C4:C4)', v: 500 }, { f: 'SUM(D4:D4)', v: -200 }, { f: 'SUM(E4:E4)', v: -300 }, { f: 'SUM(F4:F4)', v: 500 }],
      ]),
      problems: [
        { messageId: 'sumMismatch', cell: 'B6', data: { actual: 10000, expected: 30000 } },
        { messageId: 'sumMismatch', cell: 'C6', data: { actual: 500, expected: 1500 } },
        { messageId: 'sumMismatch', cell: 'D6', data: { actual: -200, expected: 200 } },
        { messageId: 'sumMismatch', cell: 'E6', data: { actual: -300, expected: -200 } },
        { messageId: 'sumMismatch', cell: 'F6', data: { actual: 500, expected: 0 } },
      ],
    },
  ],
});
