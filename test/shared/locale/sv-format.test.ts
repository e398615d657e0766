import fc from 'fast-check';
import { formatSvNumber, formatSvPercent } from '../../../shared/locale';

describe('formatSvNumber', () => {
  it.each<[number, number | undefined, string]>([
    [1163.6, 1, '1 163,6'],
    [-82.6, 1, '-82,6'],
    [0, 1, '0,0'],
    [4, 1, '4,0'],
    [-15280134.95, 2, '-15 280 134,95'],
    [1395200000, 2, '1 395 200 000,00'],
    [6105006.28, 2, '6 105 006,28'],
    [979600, 0, '979 600'],
    [5721, 0, '5 721'],
    [999, 0, '999'],
    [1000, 0, '1 000'],
    [-1000, 0, '-1 000'],
    [1.056, 3, '1,056'],
    [0.75, 2, '0,75'],
  ])('%d with %p decimals → %s', (value, decimals, expected) => {
    expect(formatSvNumber(value, { decimals })).toBe(expected);
  });

  it('prints negative zero and values that round to zero without a minus sign', () => {
    expect(formatSvNumber(-0, { decimals: 1 })).toBe('0,0');
    expect(formatSvNumber(-0.04, { decimals: 1 })).toBe('0,0');
    expect(formatSvNumber(-0.4, { decimals: 0 })).toBe('0');
    expect(formatSvNumber(-0)).toBe('0');
  });

  it('rounds half away from zero on the decimal value, as Excel shows the cell', () => {
    expect(formatSvNumber(72.85, { decimals: 1 })).toBe('72,9');
    expect(formatSvNumber(-72.85, { decimals: 1 })).toBe('-72,9');
    expect(formatSvNumber(1.005, { decimals: 2 })).toBe('1,01');
    expect(formatSvNumber(2.5, { decimals: 0 })).toBe('3');
    expect(formatSvNumber(-2.5, { decimals: 0 })).toBe('-3');
    expect(formatSvNumber(0.05, { decimals: 1 })).toBe('0,1');
    expect(formatSvNumber(1163.64, { decimals: 1 })).toBe('1 163,6');
    expect(formatSvNumber(999.96, { decimals: 1 })).toBe('1 000,0');
    expect(formatSvNumber(0.1 + 0.2, { decimals: 2 })).toBe('0,30');
  });

  it('drops trailing zeros up to maxDecimals when no fixed decimals are asked for', () => {
    expect(formatSvNumber(1163.6)).toBe('1 163,6');
    expect(formatSvNumber(-82.6)).toBe('-82,6');
    expect(formatSvNumber(4)).toBe('4');
    expect(formatSvNumber(4.125)).toBe('4,13');
    expect(formatSvNumber(4.125, { maxDecimals: 3 })).toBe('4,125');
    expect(formatSvNumber(0.30000000000000004)).toBe('0,3');
    expect(formatSvNumber(1234.5678, { maxDecimals: 0 })).toBe('1 235');
  });

  it('writes large numbers in digits, never in exponent form', () => {
    expect(formatSvNumber(1e21, { decimals: 0 })).toBe('1 000 000 000 000 000 000 000');
    expect(formatSvNumber(-2.5e22, { decimals: 1 })).toBe('-25 000 000 000 000 000 000 000,0');
    expect(formatSvNumber(123456789012, { decimals: 2 })).toBe('123 456 789 012,00');
    expect(formatSvNumber(1e-7, { decimals: 2 })).toBe('0,00');
  });

  it('gives the digits of exact decimal rounding for any double, short way or long', () => {
    // The reference: the 15-significant-digit decimal form rounded half away from zero in BigInt.
    const exact = (value: number, decimals: number): string => {
      const [mantissa, exponent] = Math.abs(value).toPrecision(15).split('e') as [string, string | undefined];
      const point = mantissa.indexOf('.');
      const digits = mantissa.replace('.', '');
      const shift = (point === -1 ? mantissa.length : point) + Number(exponent ?? 0) - digits.length + decimals;
      const n = BigInt(digits);
      const unit = 10n ** BigInt(Math.max(0, -shift));
      const r = shift >= 0 ? n * 10n ** BigInt(shift) : n / unit + (2n * (n % unit) >= unit ? 1n : 0n);
      const padded = r.toString().padStart(decimals + 1, '0');
      const int = padded.slice(0, padded.length - decimals).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
      const s = decimals ? `${int},${padded.slice(padded.length - decimals)}` : int;
      return value < 0 && r !== 0n ? `-${s}` : s;
    };
    const values = fc.oneof(
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.double({ min: -1e6, max: 1e6, noNaN: true }),
      fc.integer({ min: -99_999_999, max: 99_999_999 }).map((n) => n / 1000),
      fc.integer({ min: -9999, max: 9999 }).map((n) => n / 100 + 0.005),
      // Amounts with binary noise, on both sides of the short way's bounds (1e9 scaled, 1e-6 off).
      fc.tuple(fc.integer({ min: -2e10, max: 2e10 }), fc.integer({ min: 0, max: 4 }), fc.double({ min: -1e-5, max: 1e-5, noNaN: true })).map(
        ([n, d, noise]) => n / 10 ** d + noise,
      ),
    );
    fc.assert(
      fc.property(values, fc.integer({ min: 0, max: 8 }), (value, decimals) => {
        expect(formatSvNumber(value, { decimals })).toBe(exact(value, decimals));
      }),
      { numRuns: 20000 },
    );
  });

  it('leaves non-finite values recognisable rather than inventing digits', () => {
    expect(formatSvNumber(Number.NaN)).toBe('NaN');
    expect(formatSvNumber(Number.POSITIVE_INFINITY)).toBe('Infinity');
  });

  it('uses ASCII only: no U+2212, no non-breaking spaces', () => {
    expect(formatSvNumber(-1234567.5, { decimals: 1 })).toMatch(/^[-0-9 ,]+$/);
  });
});

describe('formatSvPercent', () => {
  it.each<[number, number | undefined, string]>([
    [0.729, undefined, '72,9%'],
    [0.917, undefined, '91,7%'],
    [0, undefined, '0,0%'],
    [-0, undefined, '0,0%'],
    [0.0645, 2, '6,45%'],
    [0.0175, 2, '1,75%'],
    [0.72, 0, '72%'],
    [-0.059, 1, '-5,9%'],
    [1, 1, '100,0%'],
    [12.5, 1, '1 250,0%'],
    [0.7285, 1, '72,9%'],
    [0.00049, 1, '0,0%'],
  ])('%d (%p decimals) → %s', (fraction, decimals, expected) => {
    expect(formatSvPercent(fraction, decimals)).toBe(expected);
  });
});
