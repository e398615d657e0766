import fc from 'fast-check';
import { fromSpDate, isIsoDate, periodOf, stockholmOffsetHours, toSpDate, toSpDateTime } from '../../../shared/lists';

describe('date-only columns', () => {
  test('Stockholm midnight in winter and summer, and the DST switch days', () => {
    expect(toSpDate('2022-12-31')).toBe('2022-12-30T23:00:00Z');
    expect(toSpDate('2022-06-30')).toBe('2022-06-29T22:00:00Z');
    // 2022: CEST from 27 March to 30 October.
    expect(toSpDate('2022-03-27')).toBe('2022-03-26T23:00:00Z');
    expect(toSpDate('2022-03-28')).toBe('2022-03-27T22:00:00Z');
    expect(toSpDate('2022-10-30')).toBe('2022-10-29T22:00:00Z');
    expect(toSpDate('2022-10-31')).toBe('2022-10-30T23:00:00Z');
  });

  test('the offset agrees with the platform time-zone database', () => {
    const fmt = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Stockholm', timeZoneName: 'shortOffset' });
    fc.assert(
      fc.property(fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2037-12-31T00:00:00Z'), noInvalidDate: true }), (d) => {
        const name = fmt.formatToParts(d).find((p) => p.type === 'timeZoneName')!.value;
        expect(`GMT+${stockholmOffsetHours(d)}`).toBe(name);
      }),
    );
  });

  test('reading back: our own instant, a UI-entered instant and UTC midnight all give the same date', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2037-12-31T00:00:00Z'), noInvalidDate: true }), (d) => {
        const iso = d.toISOString().slice(0, 10);
        expect(fromSpDate(toSpDate(iso))).toBe(iso);
        expect(fromSpDate(`${iso}T00:00:00Z`)).toBe(iso);
        expect(fromSpDate(iso)).toBe(iso);
      }),
    );
  });

  test('validation', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(() => toSpDate('2021-13-01')).toThrow();
    expect(() => fromSpDate('igår')).toThrow();
    expect(toSpDateTime('2021-05-06T11:53:00+02:00')).toBe('2021-05-06T09:53:00Z');
  });

  test('seed periods: year, month and day to first/last day with precision', () => {
    expect(periodOf('2021')).toEqual({ start: '2021-01-01', end: '2021-12-31', precision: 'år' });
    expect(periodOf('2021-02')).toEqual({ start: '2021-02-01', end: '2021-02-28', precision: 'månad' });
    expect(periodOf('2024-02')).toEqual({ start: '2024-02-01', end: '2024-02-29', precision: 'månad' });
    expect(periodOf('2022-12-31')).toEqual({ start: '2022-12-31', end: '2022-12-31', precision: 'dag' });
    expect(() => periodOf('Hösten 2021')).toThrow(/period/);
  });
});
