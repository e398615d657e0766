import fc from 'fast-check';
import { formatIsoDate, formatSvNumber, formatSvPercent, parseIsoDate, parsePeriod, parseSvNumber } from '../../../shared/locale';

// Fixed seed and CI-sized runs: a failure prints the same counterexample on every machine.
const runs = { seed: 20210430, numRuns: 1000 } as const;

function parsedValue(text: string): number {
  const p = parseSvNumber(text);
  if (!p.ok) throw new Error(`"${text}" did not parse: ${p.reason.en}`);
  if (p.warnings.length > 0) throw new Error(`"${text}" parsed with warnings: ${p.warnings.map((w) => w.code).join(', ')}`);
  return p.value;
}

describe('sv-SE number round trips', () => {
  it('parses exactly what it formats, for numbers given to the decimals shown', () => {
    // Values that have exactly d decimals (n / 10^d, up to 15 digits) must come back unchanged.
    const exact = fc.integer({ min: 0, max: 6 }).chain((d) =>
      fc.tuple(fc.constant(d), fc.integer({ min: -(10 ** (15 - d)) + 1, max: 10 ** (15 - d) - 1 }).map((n) => n / 10 ** d)),
    );
    fc.assert(
      fc.property(exact, ([d, x]) => {
        const text = formatSvNumber(x, { decimals: d });
        expect(parsedValue(text)).toBe(x === 0 ? 0 : x);
      }),
      runs,
    );
  });

  it('comes back as x rounded to the decimals shown, for any double', () => {
    const anyValue = fc.integer({ min: 0, max: 4 }).chain((d) =>
      fc.tuple(fc.constant(d), fc.double({ min: -(10 ** (15 - d)), max: 10 ** (15 - d), noNaN: true, noDefaultInfinity: true })),
    );
    fc.assert(
      fc.property(anyValue, ([d, x]) => {
        const back = parsedValue(formatSvNumber(x, { decimals: d }));
        const scaled = back * 10 ** d;
        // Back is a d-decimal number within half a unit of x (Excel-style rounding of the
        // 15-digit decimal form may add one unit in the 15th digit).
        expect(Math.abs(scaled - Math.round(scaled))).toBeLessThan(1e-6 * Math.max(1, Math.abs(scaled)) + 1e-6);
        expect(Math.abs(back - x)).toBeLessThanOrEqual(0.5 * 10 ** -d + 1e-14 * Math.max(1, Math.abs(x)));
      }),
      runs,
    );
  });

  it('parses percentages it formats back to the fraction, as a percent', () => {
    const fractions = fc.integer({ min: 0, max: 3 }).chain((d) =>
      fc.tuple(fc.constant(d), fc.integer({ min: -(10 ** 9), max: 10 ** 9 }).map((n) => n / 10 ** (d + 2))),
    );
    fc.assert(
      fc.property(fractions, ([d, f]) => {
        const text = formatSvPercent(f, d);
        const p = parseSvNumber(text);
        expect(p.ok && p.percent && p.warnings.length === 0).toBe(true);
        if (p.ok) expect(p.value).toBeCloseTo(f, d + 6);
      }),
      runs,
    );
  });

  it('never throws, and answers every string with a finite value or a bilingual reason', () => {
    const numberish = fc.string({
      unit: fc.constantFrom(...'0123456789 ,-+%Ool|IJkrtmn.\u00a0\u202f\u2212\u2013'.split('')),
      maxLength: 24,
    });
    fc.assert(
      fc.property(fc.oneof(fc.string(), numberish, fc.string({ unit: 'binary' })), (text) => {
        const p = parseSvNumber(text);
        if (!p.ok) return p.reason.sv !== '' && p.reason.en !== '';
        return Number.isFinite(p.value) && !Object.is(p.value, -0) && p.warnings.every((w) => w.sv !== '' && w.en !== '');
      }),
      runs,
    );
  });
});

describe('ISO date round trips', () => {
  const days = fc.date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true });

  it('formats and parses every calendar day back to itself, agreeing with the UTC calendar', () => {
    fc.assert(
      fc.property(days, (d) => {
        const parts = { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
        const iso = formatIsoDate(parts);
        expect(iso).toBe(d.toISOString().slice(0, 10));
        expect(parseIsoDate(iso)).toEqual(parts);
        expect(parsePeriod(iso)).toMatchObject({ start: iso, end: iso, precision: 'dag' });
      }),
      runs,
    );
  });

  it('accepts a yyyy-mm-dd triple exactly when the UTC calendar has that day', () => {
    const triples = fc.tuple(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }));
    fc.assert(
      fc.property(triples, ([year, month, day]) => {
        const text = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
        const utc = new Date(0);
        utc.setUTCFullYear(year, month - 1, day);
        const real = month >= 1 && month <= 12 && utc.getUTCFullYear() === year && utc.getUTCMonth() === month - 1 && utc.getUTCDate() === day;
        expect(parseIsoDate(text) !== undefined).toBe(real);
      }),
      runs,
    );
  });
});
