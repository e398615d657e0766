import { DATES, TableDates, isoDateOf, keptView } from '../../../shared/engine';
import { type Cell, Sheet, bool, date, isBlank, num, text } from '../../../shared/grid';
import { dayOfIso } from '../../../shared/locale';
import { CELLS_OR_SHADOW, cyclingSheet, withShadow } from '../../support/column-shadow';

/** Every kind of cell a date column meets, repeated to `rows` rows. */
function mixedSheet(rows: number): Sheet {
  const kinds: (Cell | undefined)[] = [
    { value: date('2021-04-30') },
    { value: text('2022-03-01') },
    { value: text(' 2022-03-01 ') },
    { value: text('2021-02-30') },
    { value: text('VT 2022') },
    { value: text('   ') },
    undefined,
    { value: num(44316) },
    { value: bool(false) },
    { value: date('2019-12-31'), formula: 'A1+1' },
  ];
  return cyclingSheet(kinds, rows);
}

describe('the dates view', () => {
  it.each(CELLS_OR_SHADOW)('holds the day of isoDateOf of every cell, and its table tells blanks, read from %s', (_, read) => {
    const sheet = read(mixedSheet(90));
    const rows = Array.from({ length: 90 }, (_, r) => r).filter((r) => r % 4 !== 1);
    const cols = [9, 0, 3, 5, 6];
    const view = keptView(DATES, sheet, rows, cols);
    const table = TableDates.of({ sheet }, rows, cols);
    rows.forEach((row, i) =>
      cols.forEach((col, j) => {
        const cell = sheet.cell(row, col);
        const iso = isoDateOf(cell);
        expect({ row, col, day: view.values[j]![row - view.base] }).toEqual({ row, col, day: iso === undefined ? NaN : dayOfIso(iso) });
        expect({ row, col, blank: table.blank(i, j) }).toEqual({ row, col, blank: isBlank(cell) });
      }),
    );
  });
});

describe('TableDates', () => {
  it('reads the same days and dates whole or scoped to a few rows', () => {
    const sheet = withShadow(mixedSheet(80));
    const rows = Array.from({ length: 80 }, (_, r) => r);
    const cols = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
    const whole = TableDates.of({ sheet }, rows, cols);
    const scoped = TableDates.of({ sheet, rows: new Set([3, 41, 77]) }, rows, cols);
    expect(scoped.rows).toEqual([3, 41, 77]);
    scoped.rows.forEach((row, i) =>
      cols.forEach((_, j) => {
        expect([scoped.day(i, j), scoped.iso(i, j), scoped.blank(i, j)]).toEqual([whole.day(row, j), whole.iso(row, j), whole.blank(row, j)]);
      }),
    );
  });
});
