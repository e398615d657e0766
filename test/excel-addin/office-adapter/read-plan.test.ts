import { type Area, areaA1, cellsOf, nextBatch, remainder, subtract } from '../../../excel-addin/src/office-adapter/read-plan';

const area = (r0: number, c0: number, rows: number, cols: number): Area => ({ r0, c0, rows, cols });
const cells = (areas: readonly Area[]) => areas.reduce((sum, a) => sum + cellsOf(a), 0);

/** Every cell of `a` as 'r,c', to compare coverings cell by cell. */
function cellSet(areas: readonly Area[]): Set<string> {
  const out = new Set<string>();
  for (const a of areas) for (let r = a.r0; r < a.r0 + a.rows; r++) for (let c = a.c0; c < a.c0 + a.cols; c++) out.add(`${r},${c}`);
  return out;
}

describe('read plan: what is left of a used range', () => {
  it('names an area in A1 notation', () => {
    expect(areaA1(area(0, 0, 200, 64))).toBe('A1:BL200');
    expect(areaA1(area(9, 2, 1, 1))).toBe('C10:C10');
  });

  it('leaves the bands below and beside a sample that covered only the top left of a wide sheet', () => {
    const used = area(2, 1, 500, 100);
    const sample = area(0, 0, 200, 64);
    const left = subtract(used, sample);
    expect(left).toEqual([area(200, 1, 302, 100), area(2, 64, 198, 37)]);
    expect(cells(left)).toBe(cellsOf(used) - 198 * 63);
  });

  it('covers exactly the unread cells, without overlap, whatever was read', () => {
    const used = area(3, 2, 40, 12);
    const read = [area(0, 0, 10, 8), area(20, 5, 5, 30), area(41, 0, 100, 4)];
    const left = remainder([used], read);
    const expected = new Set([...cellSet([used])].filter((k) => !cellSet(read).has(k)));
    expect(cellSet(left)).toEqual(expected);
    expect(cells(left)).toBe(expected.size);
  });

  it('leaves nothing when the read covered it all, and the whole area when the read missed it', () => {
    expect(remainder([area(0, 0, 10, 5)], [area(0, 0, 200, 64)])).toEqual([]);
    expect(remainder([area(300, 0, 10, 5)], [area(0, 0, 200, 64)])).toEqual([area(300, 0, 10, 5)]);
  });
});

describe('read plan: the next request', () => {
  const pending = (rows: number, cols: number, bytesPerCell: number, key = 'a', r0 = 0) => ({ key, area: area(r0, 0, rows, cols), bytesPerCell });

  it('takes everything when it fits one request', () => {
    const batch = nextBatch([pending(100, 10, 20), pending(5, 3, 20, 'b')], 1_000_000, 0, 5_000_000);
    expect(batch.map((b) => [b.key, b.area.rows])).toEqual([
      ['a', 100],
      ['b', 5],
    ]);
  });

  it('shares what is left evenly over the fewest requests instead of filling the first to the brim', () => {
    // 25 000 bytes at 10 000 a request: three requests of about 8 334, not 10 000 + 10 000 + 5 000.
    const plan: Area[] = [];
    let left = [pending(2500, 1, 10)];
    let requests = 0;
    while (left.length > 0) {
      const batch = nextBatch(left, 10_000, 0, 5_000_000);
      requests++;
      const bytes = batch.reduce((s, b) => s + b.bytes, 0);
      expect(bytes).toBeLessThanOrEqual(10_000);
      expect(bytes).toBeGreaterThan(8_000);
      plan.push(...batch.map((b) => b.area));
      left = remainder(
        left.map((p) => p.area),
        batch.map((b) => b.area),
      ).map((a) => ({ key: 'a', area: a, bytesPerCell: 10 }));
    }
    expect(requests).toBe(3);
    expect(cells(plan)).toBe(2500);
  });

  it('fills the request while every size is a guess, so that a guess too high costs no extra request', async () => {
    const guessed = [{ ...pending(2500, 1, 10), guessed: true }];
    expect(nextBatch(guessed, 10_000, 0, 5_000_000).reduce((s, b) => s + b.bytes, 0)).toBe(10_000);
    expect(nextBatch([pending(2500, 1, 10)], 10_000, 0, 5_000_000).reduce((s, b) => s + b.bytes, 0)).toBeLessThan(9_000);
  });

  it('keeps room for what else the request carries, and never plans a read over the cell cap', () => {
    const batch = nextBatch([pending(10_000, 1000, 1)], 100_000_000, 40_000_000, 5_000_000);
    expect(batch.reduce((s, b) => s + b.bytes, 0)).toBeLessThanOrEqual(60_000_000);
    for (const b of batch) expect(cellsOf(b.area)).toBeLessThanOrEqual(5_000_000);
  });

  it('gives a row larger than the budget a request of its own rather than none', () => {
    expect(nextBatch([pending(3, 100, 50)], 1000, 0, 5_000_000).map((b) => b.area)).toEqual([area(0, 0, 1, 100)]);
  });
});
