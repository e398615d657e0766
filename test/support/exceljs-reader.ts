import ExcelJS from 'exceljs';
import { type Cell, type CellValue, Sheet, Workbook } from '../../shared/grid';

/**
 * TEMPORARY: reads an .xlsx into the grid with ExcelJS until excel-addin/src/xlsx-adapter's
 * readWorkbook lands; golden tests then switch to it and this file goes.
 */
export async function readWorkbookViaExcelJS(path: string): Promise<Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const sheets: Sheet[] = [];
  wb.eachSheet((ws) => {
    const rows: (Cell | undefined)[][] = [];
    ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const out: (Cell | undefined)[] = [];
      row.eachCell({ includeEmpty: false }, (c, colNumber) => {
        out[colNumber - 1] = toCell(c);
      });
      rows[rowNumber - 1] = out;
    });
    const merges = Object.keys((ws as unknown as { _merges: Record<string, unknown> })._merges ?? {});
    sheets.push(new Sheet({ name: ws.name, rows: Array.from(rows), merges }));
  });
  return new Workbook(sheets);
}

function toCell(c: ExcelJS.Cell): Cell {
  const v = c.value;
  const numFmt = c.numFmt || undefined;
  if (v !== null && typeof v === 'object' && 'formula' in v && typeof v.formula === 'string') {
    return { value: valueOf((v as ExcelJS.CellFormulaValue).result), formula: v.formula, numFmt };
  }
  return { value: valueOf(v), numFmt };
}

function valueOf(v: unknown): CellValue {
  if (v === null || v === undefined) return { kind: 'empty' };
  if (typeof v === 'number') return { kind: 'number', value: v };
  if (typeof v === 'string') return v === '' ? { kind: 'empty' } : { kind: 'text', value: v };
  if (typeof v === 'boolean') return { kind: 'boolean', value: v };
  if (v instanceof Date) return { kind: 'date', value: v.toISOString().slice(0, 10) };
  if (typeof v === 'object' && 'richText' in v) {
    return { kind: 'text', value: (v as ExcelJS.CellRichTextValue).richText.map((r) => r.text).join('') };
  }
  if (typeof v === 'object' && 'error' in v) return { kind: 'error', value: String((v as ExcelJS.CellErrorValue).error) };
  return { kind: 'text', value: String(v) };
}
