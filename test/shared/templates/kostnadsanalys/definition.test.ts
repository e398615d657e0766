import { readWorkbook } from '../../../../excel-addin/src/xlsx-adapter/read-workbook';
import { recognise } from '../../../../shared/templates/kostnadsanalys/definition';
import { buildInstanceWorkbook, writtenInstances } from '../../../fixtures/xlsx/generate';
import { patchSheet, sheetOf } from '../../../support/grid-literal';
import { base, HEADERS } from './base-sheet';

const readBack = async (index: number) => readWorkbook(new Uint8Array((await buildInstanceWorkbook(index).xlsx.writeBuffer()) as ArrayBuffer));

describe('recognising T05', () => {
  it('recognises the VP 2022 "kostn analys" tab with its six numbered columns and both blocks', async () => {
    const sheet = (await readBack(13)).sheets[0]!;
    const hit = recognise(sheet);
    expect(hit?.edition).toEqual({ id: 'vp-2022', label: 'Nämndens budget/verksamhetsplan 2022, kostnadsanalys', year: 2022 });
    expect(hit!.layout.columns.map((c) => [c.key, c.number])).toEqual([
      ['ursprunglig', 1],
      ['omslutning', 2],
      ['begarda', 3],
      ['efter', 4],
      ['utfall', 5],
      ['prognos', 6],
    ]);
    // Nine cost lines (one unlabelled), ten income lines.
    expect([hit!.layout.kostnader.rows.length, hit!.layout.intakter?.rows.length]).toEqual([9, 10]);
  });

  it('takes the plan year from the budget header when the heading is cut off', () => {
    expect(recognise(patchSheet(base, { A1: null }))?.edition.id).toBe('vp-2022');
  });

  it("does not take any other template's catalogued sheet", async () => {
    for (const index of writtenInstances().filter((i) => i !== 13)) {
      const workbook = await readBack(index);
      expect({ index, recognised: workbook.sheets.filter((s) => recognise(s)).map((s) => s.name) }).toEqual({ index, recognised: [] });
    }
  });

  it('does not recognise an mnkr table without the budget columns', () => {
    expect(recognise(sheetOf('Blad1', [['Mnkr', 'Budget 2022', 'Prognos 2021'], ['Kostnader', 10, 9], ['Netto', 10, 9]]))).toBeUndefined();
    expect(recognise(sheetOf('Blad1', [[...HEADERS], ['Summa', 1, 2, 3, 6, 5, 6]]))).toBeUndefined();
  });
});
