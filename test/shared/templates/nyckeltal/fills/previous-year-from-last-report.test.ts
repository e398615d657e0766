import { type Sheet, Workbook } from '../../../../../shared/grid';
import { planFillsForSheet } from '../../../../../shared/engine';
import { nyckeltal } from '../../../../../shared/templates/nyckeltal';
import fill from '../../../../../shared/templates/nyckeltal/fills/previous-year-from-last-report';
import { testFill } from '../../../../support/fill-tester';
import { patchSheet } from '../../../../support/grid-literal';
import { base, withFormat } from '../base-sheet';

/** Last year's page: the same blocks, one year back, NT 122 at 90,5 % and NT 125's kvot 1,050. */
const lastYear: Sheet = withFormat(
  patchSheet(base, {
    B8: 'Underlag 2018', D8: 'Nyckeltal 2018', E8: 'Nyckeltal 2017',
    B14: 'Underlag 2018', D14: 'Nyckeltal 2018', E14: 'Nyckeltal 2017',
    B20: 'Underlag 2018', H20: 'Nyckeltal 2018', I20: 'Nyckeltal 2017',
  }),
  { D10: [0.905, '0.0%'], H22: [1.05, '0.000'], D16: [0.98, '0.0%'] },
);
const sources = { previous: { file: 'VB 2018 nyckeltal.xlsx', workbook: new Workbook([lastYear]) } };

testFill(nyckeltal, fill, {
  base,
  cases: [
    { name: 'values already copied are left alone', sources },
    { name: 'no previous workbook, nothing to do', patch: { E10: null } },
    { name: 'empty previous-year cells are filled from last year', patch: { E10: null, I22: null }, sources, fixes: { E10: 0.905, I22: 1.05 } },
    { name: 'a typed previous-year value that differs is only suggested', sheet: withFormat(base, { E16: [0.97, '0.0%'] }), sources, suggestions: { E16: 0.98 } },
  ],
});

describe('nyckeltal/previous-year-from-last-report source', () => {
  it('names the file, sheet and cell the value came from', () => {
    const sheet = patchSheet(base, { E10: null });
    const plan = planFillsForSheet(sheet, new Workbook([sheet]), { ...nyckeltal, fills: [fill] }, sources);
    expect(plan.fixes.map((e) => [e.cell, e.source, e.reason.sv])).toEqual([
      ['E10', { kind: 'previous-workbook', file: 'VB 2018 nyckeltal.xlsx', sheet: 'Blad1', cell: 'D10' }, 'Nyckeltal 122 för 2018 var 90,5% i VB 2018 nyckeltal.xlsx (Blad1!D10).'],
    ]);
  });
});
