import fc from 'fast-check';
import { mnkr } from '../../../../shared/templates/projekt-over-50-mnkr/comment-demand';

describe('mnkr', () => {
  it.each([
    [1163.6, '1 163,6', '1,163.6'],
    [-82.6, '-82,6', '-82.6'],
    [0, '0,0', '0.0'],
    [-1234567.89, '-1 234 567,9', '-1,234,567.9'],
    [49.95, '50,0', '50.0'],
  ])('%d mnkr is %s in Swedish and %s in English', (value, sv, en) => {
    expect(mnkr(value)).toEqual({ sv, en });
  });

  it('writes English as the Swedish with its separators swapped, for any amount', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), (value) => {
        const { sv, en } = mnkr(value);
        expect(en).toBe(sv.replace(/ /g, ',').replace(/,(\d)$/, '.$1'));
      }),
    );
  });
});
