import { readWorkbook } from '../../../../excel-addin/src/xlsx-adapter/read-workbook';
import { recognise } from '../../../../shared/templates/resultatrakning/definition';
import { buildInstanceWorkbook, writtenInstances } from '../../../fixtures/xlsx/generate';
import { patchSheet } from '../../../support/grid-literal';
import { base } from './base-sheet';

const readBack = async (index: number) => readWorkbook(new Uint8Array((await buildInstanceWorkbook(index).xlsx.writeBuffer()) as ArrayBuffer));

describe('recognising T19', () => {
  it('recognises the bokslut 2019 printout with its five groups, four results and seven marked lines', async () => {
    const hit = recognise((await readBack(16)).sheets[0]!);
    expect(hit?.edition).toEqual({ id: 'bokslut-2019', label: 'Bokslut 2019, resultaträkning', year: 2019 });
    const { groups, results, marked } = hit!.layout;
    expect(groups.map((g) => [g.label, g.partsText?.sv])).toEqual([
      ['Verksamhetens intäkter (-)', 'kontona 30–38'],
      ['Verksamhetens kostnader (+)', 'kontona 40–78'],
      ['Avskrivningar (+)', 'konto 79'],
      ['Finansiella intäkter (-)', 'konto 84'],
      ['Finansiella kostnader (+)', 'konto 85'],
    ]);
    expect(results.map((r) => [r.label, r.parts.length])).toEqual([
      ['Verksamhetens nettokostnader', 2],
      ['Verksamhetens resultat', 4],
      ['Resultat efter finansiella poster', 3],
      ['Årets resultat', 2],
    ]);
    expect(marked).toHaveLength(7);
  });

  it('reads the OCR\'s "{-)" as the (-) marker and "lntakter" as intäkter', () => {
    const hit = recognise(patchSheet(base, { A6: 'Verksamhetens lntakter {-)', D5: 'lnternt' }));
    expect(hit?.layout.marked[0]).toMatchObject({ row: 5, sign: '-' });
  });

  it("does not take any other template's catalogued sheet, the Balansräkning's four UB columns included", async () => {
    for (const index of writtenInstances().filter((i) => i !== 16)) {
      const workbook = await readBack(index);
      expect({ index, recognised: workbook.sheets.filter((s) => recognise(s)).map((s) => s.name) }).toEqual({ index, recognised: [] });
    }
  });
});
