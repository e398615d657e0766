import ExcelJS from 'exceljs';
import { type Cell, type CellValue, Sheet, Workbook } from '../../shared/grid';

/**
 * The same grid read through ExcelJS: the baseline the product's reader is measured against in
 * `npm run bench`, and a second opinion in the reader's tests. Not used by the product.
 */
export async function readWorkbookWithExcelJS(bytes: Uint8Array): Promise<Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer);
  const sheets: Sheet[] = [];
  wb.eachSheet((ws) => {
    const rows: (Cell | undefined)[][] = [];
    ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const out: (Cell | undefined)[] = [];
      row.eachCell({ includeEmpty: false }, (c, colNumber) => {
        // ExcelJS answers a merged area's master value from every cell of it; the file (and Excel)
        // holds it in the top-left cell only.
        if (c.isMerged && c.master.address !== c.address) return;
        const cell = toCell(c);
        if (cell) out[colNumber - 1] = cell;
      });
      rows[rowNumber - 1] = out;
    });
    const merges = Object.values((ws as unknown as { _merges: Record<string, { range: string }> })._merges).map((m) => m.range);
    sheets.push(
      new Sheet({
        name: ws.name,
        rows,
        merges,
        hidden: ws.state === 'hidden' || ws.state === 'veryHidden',
        protected: Boolean((ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet),
      }),
    );
  });
  return new Workbook(sheets);
}

function toCell(c: ExcelJS.Cell): Cell | undefined {
  const v = c.value;
  const numFmt = c.numFmt && c.numFmt !== 'General' ? c.numFmt : undefined;
  let value: CellValue;
  let formula: string | undefined;
  if (v !== null && typeof v === 'object' && ('formula' in v || 'sharedFormula' in v)) {
    formula = c.formula;
    value = valueOf((v as ExcelJS.CellFormulaValue).result);
  } else {
    value = valueOf(v);
    if (value.kind === 'empty') return undefined;
  }
  const cell: { value: CellValue; formula?: string; numFmt?: string } = { value };
  if (formula) cell.formula = formula;
  if (numFmt) cell.numFmt = numFmt;
  return cell;
}

function valueOf(v: unknown): CellValue {
  if (v === null || v === undefined) return { kind: 'empty' };
  if (typeof v === 'number') return { kind: 'number', value: v };
  if (typeof v === 'string') return { kind: 'text', value: v };
  if (typeof v === 'boolean') return { kind: 'boolean', value: v };
  if (v instanceof Date) return { kind: 'date', value: v.toISOString().slice(0, 10) };
  if (typeof v === 'object' && 'richText' in v) {
    return { kind: 'text', value: (v as ExcelJS.CellRichTextValue).richText.map((r) => r.text).join('') };
  }
  if (typeof v === 'object' && 'error' in v) return { kind: 'error', value: String((v as ExcelJS.CellErrorValue).error) };
  if (typeof v === 'object' && 'text' in v) return { kind: 'text', value: String((v as { text: unknown }).text) };
  return { kind: 'text', value: String(v) };
}
