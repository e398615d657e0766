import ExcelJS from 'exceljs';
import { type Workbook, num, text, date } from '../../../shared/grid';
import { PatchError, patchWorkbookBytes } from '../../../excel-addin/src/xlsx-adapter/patch-cells';
import { parseWorkbook } from '../../../excel-addin/src/xlsx-adapter/read-workbook';
import { listEntries, readEntry } from '../../../excel-addin/src/xlsx-adapter/zip-rewrite';

// A workbook with what a city template carries: styles, number formats, a note, merges, widths,
// formulas (one shared), a second sheet and an image part that the patch must leave alone.
async function cityLikeWorkbook(opts: { protect?: boolean } = {}): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Resultatenheter');
  ws.getColumn(1).width = 42;
  ws.getColumn(2).width = 14;
  ws.mergeCells('A1:D1');
  ws.getCell('A1').value = 'Uppföljning av resultatenheter';
  ws.getCell('A1').font = { bold: true, size: 14 };
  ws.getCell('A2').value = 'Enhet';
  ws.getCell('B2').value = 'Bruttobudget';
  ws.getCell('C2').value = 'Varav 5 %';
  ws.getCell('B2').note = 'Anges i tkr';
  for (let r = 3; r <= 5; r++) {
    ws.getCell(`A${r}`).value = `Enhet ${r - 2}`;
    ws.getCell(`B${r}`).value = r * 1000;
    ws.getCell(`B${r}`).numFmt = '#,##0';
    ws.getCell(`C${r}`).numFmt = '#,##0';
    ws.getCell(`C${r}`).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };
  }
  ws.getCell('C3').value = { formula: 'B3*0.05', result: 150 };
  ws.getCell('D3').value = { formula: 'B3*2', result: 6000, shareType: 'shared', ref: 'D3:D5' } as ExcelJS.CellFormulaValue;
  ws.getCell('D4').value = { sharedFormula: 'D3', result: 8000 } as ExcelJS.CellSharedFormulaValue;
  ws.getCell('D5').value = { sharedFormula: 'D3', result: 10000 } as ExcelJS.CellSharedFormulaValue;
  ws.getCell('A7').value = 'Summa';
  ws.getCell('B7').value = { formula: 'SUM(B3:B5)', result: 12000 };
  if (opts.protect) await ws.protect('hemligt', {});
  const other = wb.addWorksheet('Instruktioner');
  other.getCell('A1').value = 'Kopiera formeln i kolumn 3.';
  const png = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
    'base64',
  );
  other.addImage(wb.addImage({ buffer: png, extension: 'png' } as never), 'C3:D4');
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

function cellsOf(workbook: Workbook): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const s of workbook.sheets) for (const { row, col, cell } of s.cells()) out.set(`${s.name}!${row},${col}`, cell);
  return out;
}

describe('patchWorkbookBytes', () => {
  it('writes the patched cells and leaves every other cell, style and part as it was', async () => {
    const before = await cityLikeWorkbook();
    const after = patchWorkbookBytes(before, [
      { sheet: 'Resultatenheter', cell: 'C4', value: num(200), formula: 'B4*0.05' }, // empty styled cell
      { sheet: 'Resultatenheter', cell: 'E3', value: text('Kommentar <&> "citat"\u0001') }, // new cell in a row
      { sheet: 'Resultatenheter', cell: 'B9', value: date('2021-04-30') }, // a row that did not exist
      { sheet: 'Resultatenheter', cell: 'C3', value: num(150.5) }, // a formula cell becomes a constant
    ]);
    const a = parseWorkbook(before);
    const b = parseWorkbook(after);
    const sheet = b.sheet('Resultatenheter')!;
    expect(sheet.at('C4')).toMatchObject({ value: num(200), formula: 'B4*0.05' });
    expect(sheet.at('E3').value).toEqual(text('Kommentar <&> "citat"\u0001'));
    expect(sheet.at('B9').value).toEqual(date('2021-04-30'));
    expect(sheet.at('C3').value).toEqual(num(150.5));
    expect(sheet.at('C3').formula).toBeUndefined();

    const touched = new Set(['Resultatenheter!3,2', 'Resultatenheter!3,4', 'Resultatenheter!8,1', 'Resultatenheter!2,2', 'Resultatenheter!2,4']);
    const ca = cellsOf(a);
    const cb = cellsOf(b);
    for (const [key, cell] of ca) if (!touched.has(key)) expect({ key, cell: cb.get(key) }).toEqual({ key, cell });
    for (const key of cb.keys()) if (!touched.has(key)) expect(ca.has(key)).toBe(true);
    expect(b.sheets.map((s) => s.name)).toEqual(a.sheets.map((s) => s.name));
    expect(sheet.merges).toEqual(a.sheet('Resultatenheter')!.merges);

    const rewritten = new Set(['xl/worksheets/sheet1.xml', 'xl/workbook.xml', 'xl/styles.xml', '[Content_Types].xml', 'xl/_rels/workbook.xml.rels']);
    const oldEntries = new Map(listEntries(before).map((e) => [e.name, readEntry(before, e)]));
    for (const e of listEntries(after)) {
      if (rewritten.has(e.name)) continue;
      expect({ name: e.name, same: Buffer.compare(Buffer.from(readEntry(after, e)), Buffer.from(oldEntries.get(e.name)!)) === 0 }).toEqual({ name: e.name, same: true });
    }
    expect(listEntries(after).some((e) => e.name.startsWith('xl/media/'))).toBe(true);
    const workbookXml = new TextDecoder().decode(readEntry(after, listEntries(after).find((e) => e.name === 'xl/workbook.xml')!));
    expect(workbookXml).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
  });

  it('produces a file another reader (ExcelJS) opens with styles, notes and widths intact', async () => {
    const after = patchWorkbookBytes(await cityLikeWorkbook(), [{ sheet: 'Resultatenheter', cell: 'C4', value: num(200), formula: 'B4*0.05' }]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(after) as never);
    const ws = wb.getWorksheet('Resultatenheter')!;
    expect(ws.getCell('C4').value).toEqual({ formula: 'B4*0.05', result: 200 });
    expect(ws.getCell('C4').fill).toEqual({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } });
    expect(ws.getCell('C4').numFmt).toBe('#,##0');
    expect(ws.getCell('A1').font?.bold).toBe(true);
    expect(ws.getColumn(1).width).toBe(42);
    expect(ws.getCell('B2').note).toBe('Anges i tkr');
    expect(ws.getCell('C4').font?.bold).toBeFalsy();
  });

  it('refuses a protected sheet and a shared-formula master, writing nothing', async () => {
    await expect(async () =>
      patchWorkbookBytes(await cityLikeWorkbook({ protect: true }), [{ sheet: 'Resultatenheter', cell: 'C4', value: num(1) }]),
    ).rejects.toThrow(PatchError);
    const bytes = await cityLikeWorkbook();
    expect(() => patchWorkbookBytes(bytes, [{ sheet: 'Resultatenheter', cell: 'D3', value: num(1) }])).toThrow(/shared or array formula/);
    expect(() => patchWorkbookBytes(bytes, [{ sheet: 'Saknas', cell: 'A1', value: num(1) }])).toThrow(/not in the workbook/);
  });
});
