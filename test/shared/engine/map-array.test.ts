import fc from 'fast-check';
import { mapArray } from '../../../shared/engine';

describe('mapArray', () => {
  it.each([
    ['no elements', [] as number[], []],
    ['numbers to numbers', [3, 1, 2], [6, 2, 4]],
    ['objects to their fields', [{ col: 4 }, { col: 9 }], [4, 9]],
  ])('%s', (_name, xs, expected) => {
    const f = (x: number | { col: number }) => (typeof x === 'number' ? x * 2 : x.col);
    expect(mapArray(xs as (number | { col: number })[], f)).toEqual(expected);
  });

  it('gives what Array.prototype.map gives, index included, as a new array without holes', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.integer(), fc.double(), fc.string(), fc.constant(undefined))), (xs) => {
        const f = (x: unknown, i: number) => [x, i] as const;
        const out = mapArray(xs, f);
        expect(out).toEqual(xs.map(f));
        expect(out).not.toBe(xs);
        for (let i = 0; i < out.length; i++) expect(i in out).toBe(true);
      }),
      { seed: 20261124 },
    );
  });
});
