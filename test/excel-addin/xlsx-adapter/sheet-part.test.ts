import { Sheet } from '../../../shared/grid';
import { parseSheet, type SheetContext } from '../../../excel-addin/src/xlsx-adapter/sheet-part';

const ctx: SheetContext = { strings: ['Projekt', 'Summa'], styles: [{ numFmt: undefined, isDate: false }, { numFmt: '0.0', isDate: false }], date1904: false };

const sheetXml = (rows: string) =>
  `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData></worksheet>`;

function read(rows: string): { content: ReturnType<typeof parseSheet>; sheet: Sheet } {
  const content = parseSheet(sheetXml(rows), ctx);
  return { content, sheet: new Sheet({ name: 'Blad1', rows: content.rows, formulaRows: content.formulaRows, shadow: content.shadow }) };
}

describe('parseSheet: rows hold cell objects only', () => {
  it('leaves a row of typed constants without an array: the shadow holds its cells', () => {
    const { content, sheet } = read('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" s="1"><v>1.5</v></c></row><row r="2"><c r="A2"><v>-82.6</v></c></row>');
    expect(content.rows).toEqual([undefined, undefined]);
    expect(sheet.cell(0, 0).value).toEqual({ kind: 'text', value: 'Projekt' });
    expect(sheet.cell(0, 1)).toEqual({ value: { kind: 'number', value: 1.5 }, numFmt: '0.0' });
    expect(sheet.cell(1, 0).value).toEqual({ kind: 'number', value: -82.6 });
    expect(sheet.rowCount).toBe(2);
  });

  it('makes the array of a far row with the rows before it undefined, not holes', () => {
    const { content, sheet } = read('<row r="1"><c r="A1"><v>1</v></c></row><row r="5000"><c r="A5000" t="s"><v>1</v></c><c r="B5000"><f>SUM(B1:B4999)</f><v>1</v></c></row>');
    expect(content.rows).toHaveLength(5000);
    // Every index is there: an array with holes this far apart is stored as a dictionary.
    expect(Object.keys(content.rows)).toHaveLength(5000);
    expect(content.rows.slice(0, 4999).every((r) => r === undefined)).toBe(true);
    expect(content.rows[4999]![1]).toEqual({ value: { kind: 'number', value: 1 }, formula: 'SUM(B1:B4999)' });
    expect(sheet.cell(4999, 0).value).toEqual({ kind: 'text', value: 'Summa' });
    expect(content.formulaRows).toEqual([4999]);
  });

  it('counts a last row of empty styled cells, as Excel writes a pre-formatted form', () => {
    const { content, sheet } = read('<row r="1"><c r="A1"><v>1</v></c></row><row r="3"><c r="A3" s="1"/><c r="B3" s="1"/></row>');
    expect(content.rows).toEqual([undefined, undefined, undefined]);
    expect(sheet.rowCount).toBe(3);
    expect(sheet.isBlank(2, 0)).toBe(true);
  });

  it('lets a repeated reference replace the cell before it, whichever holds it', () => {
    // A formula (an object) then a typed constant for A1, in a row written twice; then the reverse for B1.
    const { sheet } = read(
      '<row r="1"><c r="A1"><f>1+1</f><v>2</v></c><c r="B1"><v>7</v></c></row>' + '<row r="1"><c r="A1"><v>3</v></c><c r="B1"><f>3+4</f><v>7</v></c></row>',
    );
    expect(sheet.cell(0, 0)).toEqual({ value: { kind: 'number', value: 3 } });
    expect(sheet.cell(0, 1)).toEqual({ value: { kind: 'number', value: 7 }, formula: '3+4' });
  });

  it('reads cells without a reference into the row the row tag names', () => {
    const { content, sheet } = read('<row r="2"><c><v>1</v></c><c><f>A2*2</f><v>2</v></c></row>');
    expect(content.rows).toHaveLength(2);
    expect(sheet.cell(1, 0).value).toEqual({ kind: 'number', value: 1 });
    expect(sheet.cell(1, 1)).toEqual({ value: { kind: 'number', value: 2 }, formula: 'A2*2' });
  });
});
