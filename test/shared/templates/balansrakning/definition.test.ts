import { readWorkbook } from '../../../../excel-addin/src/xlsx-adapter/read-workbook';
import { recognise } from '../../../../shared/templates/balansrakning/definition';
import { buildInstanceWorkbook, writtenInstances } from '../../../fixtures/xlsx/generate';
import { sheetOf } from '../../../support/grid-literal';
import { base } from './base-sheet';

const readBack = async (index: number) => readWorkbook(new Uint8Array((await buildInstanceWorkbook(index).xlsx.writeBuffer()) as ArrayBuffer));

describe('recognising T18', () => {
  it('recognises the bokslut 2019 printout with its groups and both sums', async () => {
    const hit = recognise((await readBack(15)).sheets[0]!);
    expect(hit?.edition).toEqual({ id: 'bokslut-2019', label: 'Bokslut 2019, balansräkning', year: 2019 });
    const { groups, totals } = hit!.layout;
    expect(groups.map((g) => [g.label, g.parts.length])).toEqual([
      ['Anläggningstillgångar', 2],
      ['Omsättningstillgångar', 4],
      ['Eget kapital', 1],
      ['Kortfristiga skulder', 5],
    ]);
    expect(totals.map((t) => t.parts.map((p) => p.label))).toEqual([
      ['Anläggningstillgångar', 'Omsättningstillgångar'],
      ['Eget kapital', 'Avsättningar', 'Långfristiga skulder', 'Kortfristiga skulder'],
    ]);
  });

  it('reads a one-row header with the OCR\'s "1B" for IB', () => {
    const sheet = sheetOf('Blad1', [
      ['Kr', '1B 201900', 'Forandring 201901-201913', 'UB 201913 Externt', 'Stadens bolag', 'lnternt', 'UB 201913 Totalt'],
      ...Array.from({ length: base.rowCount - 6 }, (_, i) => Array.from({ length: 7 }, (_, c) => base.value(i + 6, c)).map((v) => (v.kind === 'empty' ? null : (v.value as string | number)))),
    ]);
    expect(recognise(sheet)?.layout.byKey.internt.col).toBe(5);
  });

  it("does not take any other template's catalogued sheet, the Resultaträkning's four columns included", async () => {
    for (const index of writtenInstances().filter((i) => i !== 15)) {
      const workbook = await readBack(index);
      expect({ index, recognised: workbook.sheets.filter((s) => recognise(s)).map((s) => s.name) }).toEqual({ index, recognised: [] });
    }
  });
});
