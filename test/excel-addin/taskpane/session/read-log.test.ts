import { DATES, NUMBERS, keptView } from '../../../../shared/engine';
import { type Cell, Sheet, date, num, text } from '../../../../shared/grid';
import { ReadLog, recording, trackSheet } from '../../../../excel-addin/src/taskpane/session/read-log';

// 80 rows: past the length from which the core keeps a table view for the sheet's lifetime.
const ROWS = Array.from({ length: 80 }, (_, i) => i);
const sheet = trackSheet(
  new Sheet({
    name: 'Blad1',
    rows: ROWS.map((r): Cell[] => [{ value: text(`Projekt ${r}`) }, { value: num(r) }, { value: date('2021-04-30') }, r === 79 ? { value: num(3160), formula: 'SUM(B1:B79)' } : { value: num(0) }]),
  }),
);
const logged = (run: () => void) => {
  const log = new ReadLog();
  recording(log, run);
  return log;
};

describe('ReadLog', () => {
  it.each([
    ['numbers', 1, () => keptView(NUMBERS, sheet, ROWS, [1, 3])],
    ['dates', 2, () => keptView(DATES, sheet, ROWS, [2])],
  ])('counts the cells of a %s view for the unit that built it and for every unit it is served to later', (_, col, view) => {
    const builder = logged(view);
    const servedLater = logged(view);
    for (const log of [builder, servedLater]) expect(log.touches('Blad1', [{ row: 40, col }])).toBe(true);
    expect(servedLater.touches('Blad1', [{ row: 40, col: 0 }])).toBe(false);
  });

  it('counts a look at which rows hold formulas as a read of every cell’s shape, not of its value', () => {
    const log = logged(() => sheet.formulaRows());
    const sameShape = () => true;
    const newShape = () => false;
    expect(log.touches('Blad1', [{ row: 10, col: 1 }], sameShape)).toBe(false);
    expect(log.touches('Blad1', [{ row: 10, col: 1 }], newShape)).toBe(true);
    expect(log.touches('Blad1', [{ row: 10, col: 1 }])).toBe(true);
  });

  it('counts asking whether a row is empty as a read of the shape of its every cell, past its last column too', () => {
    const log = logged(() => sheet.rowIsEmpty(12));
    const newShape = () => false;
    for (const col of [0, 3, 9]) expect(log.touches('Blad1', [{ row: 12, col }], newShape)).toBe(true);
    expect(log.touches('Blad1', [{ row: 12, col: 3 }], () => true)).toBe(false);
    expect(log.touches('Blad1', [{ row: 13, col: 0 }], newShape)).toBe(false);
  });

  it('counts asking whether a cell is blank as a read of its text, and of only the shape of any other cell', () => {
    const log = logged(() => [sheet.isBlank(12, 0), sheet.isBlank(12, 1), sheet.isBlank(12, 9)]);
    const sameShape = () => true;
    const newShape = () => false;
    // 'Projekt 12' edited to spaces keeps its kind and turns blank.
    expect(log.touches('Blad1', [{ row: 12, col: 0 }], sameShape)).toBe(true);
    expect(log.touches('Blad1', [{ row: 12, col: 1 }], sameShape)).toBe(false);
    expect(log.touches('Blad1', [{ row: 12, col: 1 }], newShape)).toBe(true);
    expect(log.touches('Blad1', [{ row: 12, col: 9 }], newShape)).toBe(true);
    expect(log.touches('Blad1', [{ row: 13, col: 0 }], newShape)).toBe(false);
  });
});
