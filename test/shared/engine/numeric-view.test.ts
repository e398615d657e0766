import { TableNumbers, numericView } from '../../../shared/engine/numeric-view';
import { numberOf, numberOrZero } from '../../../shared/engine';
import { type Cell, Sheet, bool, date, err, num, text } from '../../../shared/grid';
import { ReadLog, recording, trackSheet } from '../../../excel-addin/src/taskpane/session/read-log';
import { CELLS_OR_SHADOW, cyclingSheet, shadowOf } from '../../support/column-shadow';

/** A table of every kind of cell a numeric column meets, repeated to `rows` rows. */
function mixedSheet(rows: number): Sheet {
  const kinds: (Cell | undefined)[] = [
    { value: num(12.5) },
    { value: num(-3) },
    { value: text('4,0') },
    { value: text('00') },
    { value: text('se bilaga') },
    { value: text('  ') },
    undefined,
    { value: { kind: 'empty' }, formula: 'SUM(A1:A2)' },
    { value: num(7), formula: 'A1+A2' },
    { value: date('2021-04-30') },
    { value: bool(true) },
    { value: err('#REF!') },
  ];
  return cyclingSheet(kinds, rows);
}

describe('numericView', () => {
  it.each(CELLS_OR_SHADOW)('holds numberOf and the kind code of every cell of the table, read from %s', (_, read) => {
    const sheet = read(mixedSheet(30));
    const rows = Array.from({ length: 30 }, (_, r) => r).filter((r) => r % 3 !== 1);
    const cols = [11, 0, 4, 7, 2];
    const view = numericView(sheet, rows, cols);
    rows.forEach((row) =>
      cols.forEach((col, j) => {
        const cell = sheet.cell(row, col);
        const value = view.values[j]![row - view.base]!;
        expect({ row, col, value: Number.isNaN(value) ? undefined : value }).toEqual({ row, col, value: numberOf(cell) });
        expect({ row, col, code: view.codes[j]![row - view.base] }).toEqual({ row, col, code: shadowOf(cell).code });
      }),
    );
    expect(view.others).toEqual(cols.map((col) => rows.filter((row) => !['number', 'empty'].includes(sheet.cell(row, col).value.kind))));
  });

  it('is built once per sheet, rows and columns of a long table, and again for another sheet', () => {
    const sheet = mixedSheet(200);
    const rows = Array.from({ length: 200 }, (_, r) => r);
    const first = numericView(sheet, rows, [0, 1, 2]);
    expect(numericView(sheet, rows, [0, 1, 2])).toBe(first);
    expect(numericView(sheet, rows, [0, 2])).not.toBe(first);
    expect(numericView(mixedSheet(200), rows, [0, 1, 2])).not.toBe(first);
  });
});

describe('TableNumbers', () => {
  const sheet = mixedSheet(120);
  const rows = Array.from({ length: 100 }, (_, r) => r + 10);
  const cols = [0, 2, 3, 5];

  it('reads numberOrZero whole or scoped alike, and any column outside the table too', () => {
    const whole = TableNumbers.of({ sheet }, rows, cols);
    const scoped = TableNumbers.of({ sheet, rows: new Set([12, 57, 300]) }, rows, cols);
    expect(scoped.rows).toEqual([12, 57]);
    for (const [table, list] of [[whole, rows], [scoped, [12, 57]]] as const) {
      list.forEach((row, i) => {
        for (const col of [...cols, 9]) expect(table.at(i, table.column(col), col)).toBe(numberOrZero(sheet, row, col));
      });
    }
  });

  it('reads nothing outside its rows in a scoped run', () => {
    const tracked = trackSheet(sheet);
    const log = new ReadLog();
    recording(log, () => {
      const table = TableNumbers.of({ sheet: tracked, rows: new Set([40]) }, rows, cols);
      for (const col of cols) table.at(0, table.column(col));
    });
    const elsewhere = Array.from({ length: tracked.rowCount }, (_, r) => r).filter((r) => r !== 40).flatMap((row) => cols.map((col) => ({ row, col })));
    expect(log.touches(tracked.name, elsewhere)).toBe(false);
    expect(log.touches(tracked.name, [{ row: 40, col: 2 }])).toBe(true);
  });
});
