import { ColumnShadowBuilder, SHADOW_KIND, SHADOW_MIN_BUDGET, SHADOW_ROWS_PER_CELL, ShadowTooSparse } from '../../../shared/grid';

const put = (b: ColumnShadowBuilder, row: number, col: number) => b.put(row, col, SHADOW_KIND.number, row);

describe('ColumnShadowBuilder', () => {
  it('holds a dense table of any length', () => {
    const b = new ColumnShadowBuilder();
    for (let row = 0; row < 300_000; row++) for (let col = 0; col < 4; col++) put(b, row, col);
    const shadow = b.build();
    expect([shadow.rowCount, shadow.kinds.length, shadow.numbers[3]![299_999]]).toEqual([300_000, 4, 299_999]);
  });

  it('holds sparse cells while their columns stay within the budget', () => {
    const b = new ColumnShadowBuilder();
    put(b, 0, 0);
    put(b, SHADOW_MIN_BUDGET / 2 - 1, 0);
    expect(b.build().rowCount).toBe(SHADOW_MIN_BUDGET / 2);
  });

  it('gives up when the columns would hold more rows than the budget allows for the cells put', () => {
    const b = new ColumnShadowBuilder();
    for (let col = 0; col < 8; col++) put(b, 0, col);
    expect(() => {
      for (let col = 0; col < 8; col++) put(b, SHADOW_MIN_BUDGET / 4, col);
    }).toThrow(ShadowTooSparse);
    // The budget grows with the cells: as many per row as the ratio allows stays dense enough.
    const dense = new ColumnShadowBuilder();
    const rows = (2 * SHADOW_MIN_BUDGET) / SHADOW_ROWS_PER_CELL;
    expect(() => {
      for (let row = 0; row < rows; row++) put(dense, row, 0);
      put(dense, 2 * rows, 0);
    }).not.toThrow();
  });

  it('takes number formats only behind an undefined format 0', () => {
    expect(() => new ColumnShadowBuilder(['0,0'])).toThrow(RangeError);
    const b = new ColumnShadowBuilder([undefined, '0,0']);
    b.put(3, 1, SHADOW_KIND.number, 1.5, 1);
    const shadow = b.build();
    expect([shadow.numFmts[shadow.formats[1]![3]!], shadow.formats[1]![2]]).toEqual(['0,0', 0]);
  });
});
