import { readWorkbook } from '../../../../excel-addin/src/xlsx-adapter/read-workbook';
import { recognise } from '../../../../shared/templates/budgetavrakning/definition';
import { buildInstanceWorkbook, writtenInstances } from '../../../fixtures/xlsx/generate';
import { patchSheet, sheetOf } from '../../../support/grid-literal';
import { base } from './base-sheet';

const readBack = async (index: number) => readWorkbook(new Uint8Array((await buildInstanceWorkbook(index).xlsx.writeBuffer()) as ArrayBuffer));

describe('recognising T17', () => {
  it('recognises the bokslut 2019 printout with all fourteen lines', async () => {
    const hit = recognise((await readBack(14)).sheets[0]!);
    expect(hit?.edition).toEqual({ id: 'bokslut-2019', label: 'Bokslut 2019, budgetavräkning', year: 2019 });
    expect(Object.keys(hit!.layout.lines)).toHaveLength(14);
    expect(hit!.layout.summaries.map((s) => [s.label, s.parts.map((p) => p.label)])).toEqual([
      ['Kostnader', ['Drift och underhåll', 'Avskrivningar', 'Internränta']],
      ['Intäkter (-)', ['Verksamhetens intäkter', 'Intäktsförd investeringsinkomst']],
      ['Summa drift', ['Kostnader', 'Intäkter (-)']],
      ['Summa investering', ['Investeringsplan Utgifter', 'Inkomster (-)']],
    ]);
  });

  it('reads "Nämndens budget" wrapped onto a second header row, and OCR labels', () => {
    const sheet = sheetOf('Blad1', [
      ['Period:201901-201913'],
      [null, 'Namndens budget', 'Namndens utfall', 'Avvikelse'],
      [null, 'inkl budgetjust.'],
      ['Drift och underhall', 10, 12, -2],
      ['lnternranta', 0, 1, -1],
      ['Kostnader', 10, 13, -3],
      ['lntakter (-)', -4, -5, 1],
      ['Summa drift', 6, 8, -2],
    ]);
    const hit = recognise(sheet);
    expect(hit?.edition.id).toBe('bokslut-2019');
    expect(hit?.layout.budget.header).toBe('Namndens budget inkl budgetjust.');
    expect(hit?.layout.lines).toMatchObject({ internranta: 4, intakter: 6, summaDrift: 7 });
  });

  it('is the edition "bokslut" when the period line is gone', () => {
    expect(recognise(patchSheet(base, { A1: null }))?.edition.id).toBe('bokslut');
  });

  it("does not take any other template's catalogued sheet", async () => {
    for (const index of writtenInstances().filter((i) => i !== 14)) {
      const workbook = await readBack(index);
      expect({ index, recognised: workbook.sheets.filter((s) => recognise(s)).map((s) => s.name) }).toEqual({ index, recognised: [] });
    }
  });

  it('does not recognise a budget/utfall/avvikelse table without Summa drift', () => {
    expect(recognise(sheetOf('Blad1', [['Kr', 'Budget', 'Utfall', 'Avvikelse'], ['Kostnader', 1, 1, 0], ['Summa', 1, 1, 0]]))).toBeUndefined();
  });
});
