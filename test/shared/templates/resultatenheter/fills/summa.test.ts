import { resultatenheter } from '../../../../../shared/templates/resultatenheter';
import fill from '../../../../../shared/templates/resultatenheter/fills/summa';
import { testFill } from '../../../../support/fill-tester';
import { base, unitRow } from '../base-sheet';
import { sheetOf } from '../../../../support/grid-literal';

/** The base with a unit inserted below the Summa formulas' range (rows 4–6): the formulas miss it. */
const inserted = sheetOf('Resultatenheter', [
  ...[0, 1, 2, 3, 4, 5].map((r) => Array.from({ length: 10 }, (_, c) => {
    const cell = base.cell(r, c);
    return cell.formula !== undefined ? { f: cell.formula, v: cell.value.kind === 'number' ? cell.value.value : 0 } : cell.value.kind === 'empty' ? null : (cell.value.value as string | number);
  })),
  unitRow(7, 'Enhet D', 4000, 0, 0, 0),
  ['Summa resultatenheter', { f: 'SUM(B4:B6)', v: 35000 }, { f: 'SUM(C4:C6)', v: 1750 }, { f: 'SUM(D4:D6)', v: 200 }, { f: 'SUM(E4:E6)', v: -450 }, { f: 'SUM(F4:F6)', v: 250 }],
]);

testFill(resultatenheter, fill, {
  base,
  cases: [
    { name: 'a Summa that adds up needs nothing' },
    {
      name: 'a Summa formula that misses an inserted row is rewritten over all units (a fix)',
      sheet: inserted,
      fixes: { B8: 39000, C8: 1950 },
      resolves: ['resultatenheter/summa-equals-sum-of-units'],
    },
    {
      name: 'a typed Summa that is wrong is suggested; an empty one filled',
      patch: { D7: 100, E7: null },
      suggestions: { D7: 200 },
      fixes: { E7: -450 },
      resolves: ['resultatenheter/summa-equals-sum-of-units'],
    },
  ],
});
