import { type ViewKind, viewColumns } from '../../../shared/engine/view-columns';
import { type Cell, SHADOW_KIND, Sheet, num, text } from '../../../shared/grid';
import { ReadLog, recording, trackSheet } from '../../../excel-addin/src/taskpane/session/read-log';
import { withShadow } from '../../support/column-shadow';

/** Column 0 all numbers, column 1 numbers with a number typed as text in row 5, column 2 empty. */
function amounts(rows: number): Sheet {
  return new Sheet({
    name: 'Blad1',
    rows: Array.from({ length: rows }, (_, r): (Cell | undefined)[] => [{ value: num(r + 0.5) }, { value: r === 5 ? text('7,5') : num(-r) }]),
  });
}

// Reads a kept cell as the shadow holds it, as a ViewKind must, and any text as 100.
const parsed: ViewKind = { kept: SHADOW_KIND.number, valueOf: (cell) => (cell.value.kind === 'number' ? cell.value.value : cell.value.kind === 'text' ? 100 : Number.NaN) };

describe('viewColumns', () => {
  it("uses the reader's own arrays for a column whose cells in the rows need no other reading", () => {
    const sheet = withShadow(amounts(20));
    const shadow = sheet.columnShadow()!;
    const view = viewColumns(sheet, [2, 3, 4, 6], [0, 1], parsed);
    expect(view.base).toBe(0);
    expect(view.values[0]).toBe(shadow.numbers[0]);
    expect(view.codes[0]).toBe(shadow.kinds[0]);
    // Row 5 is text but not among the rows: the shadow serves as it is.
    expect(view.values[1]).toBe(shadow.numbers[1]);
    expect(view.others).toEqual([[], []]);
  });

  it("reads the other cells in the rows into a copy, and leaves the reader's arrays as they were", () => {
    const sheet = withShadow(amounts(20));
    const shadow = sheet.columnShadow()!;
    const before = Array.from(shadow.numbers[1]!);
    const view = viewColumns(sheet, [4, 5, 6], [0, 1], parsed);
    expect(view.values[0]).toBe(shadow.numbers[0]);
    expect(view.values[1]).not.toBe(shadow.numbers[1]);
    expect([4, 5, 6].map((row) => view.values[1]![row])).toEqual([-4, 100, -6]);
    expect(view.others).toEqual([[], [5]]);
    expect(Array.from(shadow.numbers[1]!)).toEqual(before);
  });

  it('pads a column the reader kept shorter than the rows, or not at all, with empty cells', () => {
    const sheet = withShadow(amounts(10));
    const view = viewColumns(sheet, [8, 30], [0, 2], parsed);
    expect([view.values[0]![8], view.values[0]![30], view.codes[0]![30]]).toEqual([8.5, NaN, SHADOW_KIND.empty]);
    expect([view.values[1]![8], view.codes[1]![8]]).toEqual([NaN, SHADOW_KIND.empty]);
  });

  it('without a shadow reads every cell of the rows and nothing else', () => {
    const tracked = trackSheet(amounts(20));
    const log = new ReadLog();
    const view = recording(log, () => viewColumns(tracked, [12, 5], [1], parsed));
    expect(view.base).toBe(5);
    expect([view.values[0]![12 - 5], view.values[0]![5 - 5], view.codes[0]![5 - 5]]).toEqual([-12, 100, SHADOW_KIND.text]);
    expect(view.others).toEqual([[5]]);
    expect(log.touches(tracked.name, [{ row: 12, col: 1 }])).toBe(true);
    expect(log.touches(tracked.name, [{ row: 5, col: 1 }])).toBe(true);
    const others = Array.from({ length: 20 }, (_, row) => row).filter((row) => row !== 5 && row !== 12);
    expect(log.touches(tracked.name, others.flatMap((row) => [0, 1].map((col) => ({ row, col }))))).toBe(false);
  });
});
