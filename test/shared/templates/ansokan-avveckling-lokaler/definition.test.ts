import { readWorkbook } from '../../../../excel-addin/src/xlsx-adapter/read-workbook';
import { recognise } from '../../../../shared/templates/ansokan-avveckling-lokaler/definition';
import { buildInstanceWorkbook, writtenInstances } from '../../../fixtures/xlsx/generate';
import { patchSheet, sheetOf } from '../../../support/grid-literal';
import { base, HEADERS } from './base-sheet';

const readBack = async (index: number) => readWorkbook(new Uint8Array((await buildInstanceWorkbook(index).xlsx.writeBuffer()) as ArrayBuffer));
const MINE = [10, 11, 12];

describe('recognising T04', () => {
  it.each([
    [10, 'ansokan'],
    [11, 'ansokan'],
    [12, 'vp-2022'],
  ])('recognises instance %i from its .xlsx as edition %s, with all ten columns', async (index, edition) => {
    const sheet = (await readBack(index)).sheets[0]!;
    const hit = recognise(sheet);
    expect(hit?.edition.id).toBe(edition);
    expect(Object.keys(hit!.layout.columns).sort()).toEqual(['area', 'arshyra', 'beskrivning', 'ja', 'kommentar', 'lokal', 'loptid', 'medel', 'nej', 'tidpunkt']);
  });

  it('takes a tertial report line above the title as the edition', () => {
    expect(recognise(sheetOf('Blad1', [['Uppföljning av budget 2021 - Tertialrapport 1'], ...rowsOf(base)]))?.edition).toEqual({
      id: 't1-2021',
      label: 'Tertialrapport 1 2021, ansökan om medel för lokaler',
      year: 2021,
    });
  });

  it('finds the table without its title', () => {
    expect(recognise(patchSheet(base, { A1: null }))?.layout.columns.medel).toBe(5);
  });

  it("does not take any other template's catalogued sheet", async () => {
    for (const index of writtenInstances().filter((i) => !MINE.includes(i))) {
      const workbook = await readBack(index);
      expect({ index, recognised: workbook.sheets.filter((s) => recognise(s)).map((s) => s.name) }).toEqual({ index, recognised: [] });
    }
  });

  it('does not recognise a lokal list without area and funds', () => {
    expect(recognise(sheetOf('Blad1', [[HEADERS[0], 'Hyresvärd', 'Kommentar'], ['Kista Torg 7', 'Ikano', '']]))).toBeUndefined();
  });
});

function rowsOf(sheet: typeof base) {
  return Array.from({ length: sheet.rowCount }, (_, r) => Array.from({ length: sheet.colCount }, (_, c) => {
    const v = sheet.value(r, c);
    return v.kind === 'empty' ? null : v.kind === 'date' ? { d: v.value } : (v.value as string | number);
  }));
}
