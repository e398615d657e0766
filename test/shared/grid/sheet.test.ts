import { bool, type Cell, date, EMPTY_CELL, err, isBlank, num, Sheet, text } from '../../../shared/grid';
import { columnar } from '../../support/column-shadow';

describe('Sheet.withCells', () => {
  const original = new Sheet({ name: 'Projekt', rows: [[{ value: text('Projekt') }, { value: text('Prognos') }], [{ value: text('A') }, { value: num(1) }]] });

  it('writes several cells of one row, a cell past the row’s end and a new row, keeping the rest', () => {
    const next = original.withCells({ A2: { value: text('B') }, C2: { value: num(3), formula: 'B2*3' }, D2: { value: num(4) }, B4: { value: num(9) } });
    expect([0, 1, 2, 3].map((c) => next.value(1, c))).toEqual([text('B'), num(1), num(3), num(4)]);
    expect(next.cell(1, 2).formula).toBe('B2*3');
    expect(next.value(3, 1)).toEqual(num(9));
    expect([next.value(0, 0), next.value(0, 1)]).toEqual([text('Projekt'), text('Prognos')]);
  });

  it('leaves the sheet it was called on as it was', () => {
    original.withCells({ A2: { value: text('B') }, B2: { value: num(2) } });
    expect([original.value(1, 0), original.value(1, 1), original.value(1, 2)]).toEqual([text('A'), num(1), { kind: 'empty' }]);
  });
});

describe('Sheet.formulaRows', () => {
  const rows = [[{ value: text('Summa') }, { value: num(3), formula: 'SUM(B2:B3)' }], [{ value: num(1) }], [undefined, { value: num(2), formula: '1+1' }]];

  it('finds the rows holding a formula when the builder did not say', () => {
    expect(new Sheet({ name: 'S', rows }).formulaRows()).toEqual([0, 2]);
  });

  it('takes the rows the builder noted, and finds them afresh after an edit', () => {
    const sheet = new Sheet({ name: 'S', rows, formulaRows: [0, 2] });
    expect(sheet.formulaRows()).toEqual([0, 2]);
    expect(sheet.withCells({ B1: { value: num(3) }, A2: { value: num(1), formula: '0+1' } }).formulaRows()).toEqual([1, 2]);
  });
});

describe('a sheet whose typed constants only its shadow holds (as the xlsx reader builds it)', () => {
  const cells: (Cell | undefined)[] = [
    { value: num(1163.6), numFmt: '#,##0.0' },
    { value: num(-0) },
    { value: date('2021-04-30'), numFmt: 'yyyy-mm-dd' },
    { value: text('Projekt Ö') },
    { value: text('') },
    { value: text(' \t ') },
    undefined,
    { value: num(7), formula: 'A1+A2', numFmt: '0%' },
    { value: { kind: 'empty' }, formula: 'SUM(A1:A2)' },
    { value: bool(false) },
    { value: err('#N/A') },
    { value: text('Summa'), formula: 'B1' },
  ];
  // Every column meets every kind; the last rows end early, so rows and columns are ragged.
  const reference = new Sheet({
    name: 'Projekt',
    rows: Array.from({ length: 14 }, (_, r) => (r === 5 ? undefined : cells.slice(0, r > 11 ? 4 : cells.length).map((_, i) => cells[(i + r) % cells.length]))),
  });
  const sheet = columnar(reference);

  it('answers every accessor as the sheet with all its cells does, past its edges too', () => {
    expect([sheet.rowCount, sheet.colCount]).toEqual([reference.rowCount, reference.colCount]);
    for (let row = 0; row < reference.rowCount + 2; row++) {
      for (let col = 0; col < reference.colCount + 2; col++) {
        const at = { row, col };
        expect({ ...at, cell: sheet.cell(row, col) }).toEqual({ ...at, cell: reference.cell(row, col) });
        expect({ ...at, kind: sheet.kindAt(row, col), formula: sheet.formulaAt(row, col), text: sheet.text(row, col), blank: sheet.isBlank(row, col) }).toEqual({
          ...at,
          kind: reference.kindAt(row, col),
          formula: reference.formulaAt(row, col),
          text: reference.text(row, col),
          blank: isBlank(reference.cell(row, col)),
        });
      }
    }
    expect([...sheet.cells()]).toEqual([...reference.cells()]);
    for (let row = 0; row < reference.rowCount + 2; row++) {
      const empty = Array.from({ length: reference.colCount }, (_, col) => reference.kindAt(row, col)).every((k) => k === 'empty');
      expect({ row, empty: sheet.rowIsEmpty(row) }).toEqual({ row, empty });
      expect({ row, empty: reference.rowIsEmpty(row) }).toEqual({ row, empty });
    }
    expect(sheet.filledCellCount).toBe(reference.filledCellCount);
    expect(sheet.find('Projekt Ö')).toEqual(reference.find('Projekt Ö'));
    expect(sheet.find(/^1163/)).toEqual(reference.find(/^1163/));
  });

  it('is patched like any sheet: a written cell replaces the constant, the others stay, the shadow is no longer offered', () => {
    const [numberAt, textAt] = [reference.find(/^1163/)!, reference.find('Projekt Ö')!];
    const patch = { [Sheet.a1(numberAt.row, numberAt.col)]: EMPTY_CELL, [Sheet.a1(textAt.row, textAt.col)]: { value: num(5) } };
    const patched = sheet.withCells(patch);
    const expected = reference.withCells(patch);
    expect(sheet.columnShadow()).toBeDefined();
    expect(patched.columnShadow()).toBeUndefined();
    expect([...patched.cells()]).toEqual([...expected.cells()]);
    expect(patched.filledCellCount).toBe(expected.filledCellCount);
    expect(patched.kindAt(numberAt.row, numberAt.col)).toBe('empty');
    expect(sheet.value(numberAt.row, numberAt.col)).toEqual(num(1163.6));
  });
});

describe('Sheet.isBlank', () => {
  const row: (Cell | undefined)[] = [
    undefined,
    { value: text('') },
    { value: text('  \t') },
    { value: { kind: 'empty' }, formula: 'IF(A1="";"";A1)' },
    { value: text(' x ') },
    { value: num(0) },
    { value: date('2021-04-30') },
    { value: text(''), formula: 'B1' },
    { value: err('#N/A') },
    { value: bool(false) },
  ];
  const blank = [true, true, true, true, false, false, false, true, false, false];
  const reference = new Sheet({ name: 'Blad1', rows: [row] });

  it.each([
    ['a sheet of cells', reference],
    ['a sheet whose constants its shadow holds', columnar(reference)],
  ])('tells blank cells (empty, or text of only spaces) from the rest on %s, past its edge too', (_, sheet) => {
    expect(row.map((_, col) => sheet.isBlank(0, col))).toEqual(blank);
    expect([sheet.isBlank(0, 40), sheet.isBlank(7, 0)]).toEqual([true, true]);
  });
});
