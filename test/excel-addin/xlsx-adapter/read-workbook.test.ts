import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { readWorkbook } from '../../../excel-addin/src/xlsx-adapter/read-workbook';
import type { Cell } from '../../../shared/grid';
import { shadowDisagreements } from '../../support/column-shadow';
import { readWorkbookWithExcelJS } from '../../bench/xlsx-exceljs-reader';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'namndstod-read-'));
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function written(name: string, build: (wb: ExcelJS.Workbook) => void | Promise<void>): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await build(wb);
  const path = join(dir, name);
  await wb.xlsx.writeFile(path);
  return path;
}

describe('readWorkbook on workbooks written by ExcelJS', () => {
  let path = '';
  beforeAll(async () => {
    path = await written('values.xlsx', async (wb) => {
      const ws = wb.addWorksheet('Investeringar');
      ws.getCell('A1').value = 'Uppföljning av investeringsbudget 2021';
      ws.getCell('A2').value = 'Tecken <&> "citat"';
      ws.getCell('B2').value = 1163.6;
      ws.getCell('B2').numFmt = '#,##0.0';
      ws.getCell('C2').value = -82.6;
      ws.getCell('C2').numFmt = '0.0';
      ws.getCell('D2').value = 0.729;
      ws.getCell('D2').numFmt = '0.0%';
      ws.getCell('E2').value = new Date(Date.UTC(2021, 3, 30));
      ws.getCell('F2').value = new Date(Date.UTC(2024, 11, 31, 15, 30));
      ws.getCell('F2').numFmt = 'yyyy-mm-dd hh:mm';
      ws.getCell('G2').value = true;
      ws.getCell('H2').value = false;
      ws.getCell('I2').value = { error: '#DIV/0!' } as ExcelJS.CellErrorValue;
      ws.getCell('J2').value = { richText: [{ text: 'Fet ', font: { bold: true } }, { text: 'och vanlig' }] };
      ws.getCell('K2').value = 0.5;
      ws.getCell('K2').numFmt = 'h:mm';
      ws.getCell('L2').value = 12;
      ws.getCell('L2').numFmt = '0 "dagar"';
      ws.getCell('B3').value = { formula: 'B2*2', result: 2327.2 };
      ws.getCell('C3').value = { formula: 'B2/0', result: { error: '#DIV/0!' } } as ExcelJS.CellFormulaValue;
      ws.getCell('D3').value = { formula: 'A1&"!"', result: 'Uppföljning!' };
      ws.getCell('E3').value = { formula: 'E2+1', result: new Date(Date.UTC(2021, 4, 1)) };
      ws.getCell('E3').numFmt = 'yyyy-mm-dd';
      ws.getCell('F3').value = { formula: 'B2>0', result: true };
      // A cached 0 (ExcelJS itself loses it when reading; see the fixture comparison below).
      ws.getCell('G3').value = { formula: 'C2+82.6', result: 0 };
      ws.getCell('A5').value = 10;
      ws.getCell('A6').value = 20;
      ws.getCell('A7').value = 30;
      ws.getCell('B5').value = { formula: 'A5*$A$5+SUM(A$5:A5)', result: 110, shareType: 'shared', ref: 'B5:B7' } as ExcelJS.CellFormulaValue;
      ws.getCell('B6').value = { sharedFormula: 'B5', result: 230 } as ExcelJS.CellSharedFormulaValue;
      ws.getCell('B7').value = { sharedFormula: 'B5', result: 360 } as ExcelJS.CellSharedFormulaValue;
      ws.mergeCells('A9:C9');
      ws.getCell('A9').value = 'Sammanslagen';
      ws.mergeCells('E9:F10');
      const hidden = wb.addWorksheet('Dold', { state: 'hidden' });
      hidden.getCell('A1').value = 'dold';
      wb.addWorksheet('Mycket dold', { state: 'veryHidden' }).getCell('A1').value = 1;
      const locked = wb.addWorksheet('Låst');
      locked.getCell('C4').value = 'låst';
      await locked.protect('hemligt', { selectLockedCells: true });
    });
  });

  it('lists the sheets in order with their visibility and protection', async () => {
    const wb = await readWorkbook(path);
    expect(wb.sheets.map((s) => [s.name, s.hidden, s.protected])).toEqual([
      ['Investeringar', false, false],
      ['Dold', true, false],
      ['Mycket dold', true, false],
      ['Låst', false, true],
    ]);
    expect(wb.sheet('Låst')!.at('C4').value).toEqual({ kind: 'text', value: 'låst' });
  });

  it('reads numbers, text, booleans, errors and rich text as values, with their number formats', async () => {
    const s = (await readWorkbook(path)).sheet('Investeringar')!;
    expect(s.at('A2')).toEqual({ value: { kind: 'text', value: 'Tecken <&> "citat"' } });
    expect(s.at('B2')).toEqual({ value: { kind: 'number', value: 1163.6 }, numFmt: '#,##0.0' });
    expect(s.at('C2')).toEqual({ value: { kind: 'number', value: -82.6 }, numFmt: '0.0' });
    expect(s.at('D2')).toEqual({ value: { kind: 'number', value: 0.729 }, numFmt: '0.0%' });
    expect(s.at('G2').value).toEqual({ kind: 'boolean', value: true });
    expect(s.at('H2').value).toEqual({ kind: 'boolean', value: false });
    expect(s.at('I2').value).toEqual({ kind: 'error', value: '#DIV/0!' });
    expect(s.at('J2').value).toEqual({ kind: 'text', value: 'Fet och vanlig' });
    expect(s.at('Z99').value).toEqual({ kind: 'empty' });
  });

  it('reads date-formatted numbers as ISO days, and leaves time-only and text formats as numbers', async () => {
    const s = (await readWorkbook(path)).sheet('Investeringar')!;
    expect(s.at('E2').value).toEqual({ kind: 'date', value: '2021-04-30' });
    expect(s.at('E2').numFmt).toBe('mm-dd-yy');
    expect(s.at('F2')).toEqual({ value: { kind: 'date', value: '2024-12-31' }, numFmt: 'yyyy-mm-dd hh:mm' });
    expect(s.at('K2')).toEqual({ value: { kind: 'number', value: 0.5 }, numFmt: 'h:mm' });
    expect(s.at('L2')).toEqual({ value: { kind: 'number', value: 12 }, numFmt: '0 "dagar"' });
  });

  it('gives formulas without "=" and their cached results as the value', async () => {
    const s = (await readWorkbook(path)).sheet('Investeringar')!;
    expect(s.at('B3')).toEqual({ value: { kind: 'number', value: 2327.2 }, formula: 'B2*2' });
    expect(s.at('C3')).toEqual({ value: { kind: 'error', value: '#DIV/0!' }, formula: 'B2/0' });
    expect(s.at('D3')).toEqual({ value: { kind: 'text', value: 'Uppföljning!' }, formula: 'A1&"!"' });
    expect(s.at('E3')).toEqual({ value: { kind: 'date', value: '2021-05-01' }, formula: 'E2+1', numFmt: 'yyyy-mm-dd' });
    expect(s.at('F3')).toEqual({ value: { kind: 'boolean', value: true }, formula: 'B2>0' });
    expect(s.at('G3')).toEqual({ value: { kind: 'number', value: 0 }, formula: 'C2+82.6' });
  });

  it('notes the rows that hold formulas while it parses, in order', async () => {
    const s = (await readWorkbook(path)).sheet('Investeringar')!;
    expect(s.formulaRows()).toEqual([2, 4, 5, 6]);
  });

  it('expands shared formulas to each cell, moving only the relative references', async () => {
    const s = (await readWorkbook(path)).sheet('Investeringar')!;
    expect(['B5', 'B6', 'B7'].map((a) => [s.at(a).formula, s.at(a).value])).toEqual([
      ['A5*$A$5+SUM(A$5:A5)', { kind: 'number', value: 110 }],
      ['A6*$A$5+SUM(A$5:A6)', { kind: 'number', value: 230 }],
      ['A7*$A$5+SUM(A$5:A7)', { kind: 'number', value: 360 }],
    ]);
  });

  it('lists merged ranges, the value sitting in the top-left cell', async () => {
    const s = (await readWorkbook(path)).sheet('Investeringar')!;
    expect([...s.merges].sort()).toEqual(['A9:C9', 'E9:F10']);
    expect(s.at('A9').value).toEqual({ kind: 'text', value: 'Sammanslagen' });
    expect(s.at('B9').value).toEqual({ kind: 'empty' });
  });

  it('accepts the bytes as well as a path', async () => {
    const { readFile } = await import('node:fs/promises');
    const fromBytes = await readWorkbook(new Uint8Array(await readFile(path)));
    const fromPath = await readWorkbook(path);
    expect(fromBytes.sheets.map((s) => [...s.cells()])).toEqual(fromPath.sheets.map((s) => [...s.cells()]));
  });

  it('honours the 1904 date system', async () => {
    const p = await written('1904.xlsx', (wb) => {
      wb.properties.date1904 = true;
      const ws = wb.addWorksheet('Blad1');
      ws.getCell('A1').value = new Date(Date.UTC(2021, 3, 30));
      ws.getCell('A2').value = 0;
      ws.getCell('A2').numFmt = 'yyyy-mm-dd';
    });
    const s = (await readWorkbook(p)).sheets[0]!;
    expect(s.at('A1').value).toEqual({ kind: 'date', value: '2021-04-30' });
    expect(s.at('A2').value).toEqual({ kind: 'date', value: '1904-01-01' });
  });
});

describe('readWorkbook agrees with ExcelJS', () => {
  const scalar = fc.oneof(
    fc.double({ min: -1e9, max: 1e9, noNaN: true, noDefaultInfinity: true }).filter((x) => !Object.is(x, -0)),
    fc.integer({ min: -1_000_000, max: 1_000_000 }),
    fc.tuple(fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }), fc.integer({ min: 1, max: 6 })).map(([n, k]) => n / 10 ** k),
    fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim() === s && s.length > 0 && !/[\u0000-\u001f_]/.test(s)),
    fc.boolean(),
  );
  const grid = fc.array(fc.array(fc.option(scalar, { nil: null }), { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 8 });

  it('on random grids of numbers, text and booleans', async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(grid, async (rows) => {
        const path = await written(`random-${n++}.xlsx`, (wb) => {
          const ws = wb.addWorksheet('Blad1');
          rows.forEach((r, i) => r.forEach((v, j) => v !== null && (ws.getCell(i + 1, j + 1).value = v)));
        });
        const { readFile } = await import('node:fs/promises');
        const bytes = new Uint8Array(await readFile(path));
        const ours = await readWorkbook(bytes);
        const theirs = await readWorkbookWithExcelJS(bytes);
        const cells = (wb: typeof ours) => [...wb.sheets[0]!.cells()].map((c) => [c.row, c.col, c.cell] as [number, number, Cell]);
        expect(cells(ours)).toEqual(cells(theirs));
        expect(cells(ours).length).toBe(rows.flat().filter((v) => v !== null).length);
        expect(shadowDisagreements(ours.sheets[0]!, ours.sheets[0]!.columnShadow()!)).toEqual([]);
      }),
      { numRuns: 20 },
    );
  });
});

describe('readWorkbook on the catalogued template fixtures', () => {
  it('gives the same grid as ExcelJS for every fixture workbook', async () => {
    const { writeAllFixtures } = await import('../../fixtures/xlsx/generate');
    const paths = await writeAllFixtures(join(dir, 'fixtures'));
    expect(paths.length).toBeGreaterThan(5);
    const { readFile } = await import('node:fs/promises');
    for (const path of paths) {
      const bytes = new Uint8Array(await readFile(path));
      const ours = await readWorkbook(bytes);
      const theirs = await readWorkbookWithExcelJS(bytes);
      // ExcelJS drops a formula's cached result when it is 0 (<f>…</f><v>0</v> loads as no result), so
      // those cells are compared apart: ours must hold the 0, ExcelJS shows nothing there.
      const cachedZero = (c: Cell) => c.formula !== undefined && c.value.kind === 'number' && c.value.value === 0;
      const view = (wb: typeof ours) =>
        wb.sheets.map((s) => ({
          name: s.name,
          hidden: s.hidden,
          merges: [...s.merges].sort(),
          cells: [...s.cells()].filter((c) => !cachedZero(c.cell)),
        }));
      expect({ path, sheets: view(ours) }).toEqual({ path, sheets: view(theirs) });
      // The rows with formulas the reader noted while parsing are the ones a scan of the grid finds.
      for (const sheet of ours.sheets) {
        const scanned = [...new Set([...sheet.cells()].filter((c) => c.cell.formula !== undefined).map((c) => c.row))];
        expect({ path, sheet: sheet.name, rows: sheet.formulaRows() }).toEqual({ path, sheet: sheet.name, rows: scanned });
        // So is every cell's kind and number the reader kept in typed columns.
        expect({ path, sheet: sheet.name, shadow: shadowDisagreements(sheet, sheet.columnShadow()!) }).toEqual({ path, sheet: sheet.name, shadow: [] });
      }
      for (const sheet of ours.sheets) {
        for (const { row, col, cell } of sheet.cells()) {
          if (cachedZero(cell)) expect(theirs.sheet(sheet.name)!.cell(row, col).value).toEqual({ kind: 'empty' });
        }
      }
    }
  });
});
