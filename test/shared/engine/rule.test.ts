import { rowsInScope } from '../../../shared/engine';

describe('rowsInScope', () => {
  it('gives the rows of the list that the scope holds, in the list\'s order, whatever the sizes', () => {
    const rows = [2, 5, 9, 10, 40, 41, 300, 301, 1000];
    const unsorted = [9, 2, 40, 5];
    for (const scope of [[5, 40, 1000], [0, 1, 3], [300], [2, 1000, 999], rows, [41, 42, 43, 44, 45, 46, 47, 48, 49, 50]]) {
      const set = new Set(scope);
      expect(rowsInScope({ rows: set }, rows)).toEqual(rows.filter((r) => set.has(r)));
      expect(rowsInScope({ rows: set }, unsorted)).toEqual(unsorted.filter((r) => set.has(r)));
    }
  });

  it('looks only between the first and last row of a small scope in a long sorted list', () => {
    const long = Array.from({ length: 5000 }, (_, i) => i * 2);
    expect(rowsInScope({ rows: new Set([7, 8, 2000, 9998, 10_000]) }, long)).toEqual([8, 2000, 9998]);
    expect(rowsInScope({ rows: new Set([-1, 3]) }, long)).toEqual([]);
    expect(rowsInScope({}, long)).toBe(long);
  });
});
