import fc from 'fast-check';
import { dayOfIso, daysInMonth, formatIsoDate, isIsoDate, isoOfDay, parseIsoDate, parsePeriod, periodOrPlanYear } from '../../../shared/locale';

describe('ISO dates', () => {
  it('parses a real calendar day into its parts', () => {
    expect(parseIsoDate('2021-04-30')).toEqual({ year: 2021, month: 4, day: 30 });
    expect(parseIsoDate('2020-02-29')).toEqual({ year: 2020, month: 2, day: 29 });
    expect(parseIsoDate('2000-02-29')).toEqual({ year: 2000, month: 2, day: 29 });
    expect(parseIsoDate('2022-12-31')).toEqual({ year: 2022, month: 12, day: 31 });
  });

  it.each(['2021-02-30', '2021-02-29', '1900-02-29', '2021-04-31', '2021-13-01', '2021-00-10', '2021-01-00', '2021-4-30', '21-04-30', '2021-04-30 ', ' 2021-04-30', '2021-04-30T00:00', '2021/04/30', '30/4 2021', '0000-01-01', ''])(
    'rejects %j',
    (text) => {
      expect(parseIsoDate(text)).toBeUndefined();
      expect(isIsoDate(text)).toBe(false);
    },
  );

  it('answers isIsoDate exactly as parseIsoDate does, on near-dates and any text', () => {
    const nearDate = fc
      .tuple(fc.integer({ min: -1, max: 10_000 }), fc.integer({ min: -1, max: 13 }), fc.integer({ min: -1, max: 32 }), fc.constantFrom('-', '/', ' '))
      .map(([y, m, d, sep]) => `${String(y).padStart(4, '0')}${sep}${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
    fc.assert(
      fc.property(fc.oneof(nearDate, fc.string({ maxLength: 12 }), fc.stringMatching(/^[0-9٠-٩-]{10}$/)), (text) => isIsoDate(text) === (parseIsoDate(text) !== undefined)),
      { seed: 20261123, numRuns: 5000 },
    );
  });

  it('knows the length of each month, leap years included', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2021, m))).toEqual([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
    expect([2020, 2100, 2000, 2024].map((y) => daysInMonth(y, 2))).toEqual([29, 28, 29, 29]);
  });

  it('formats with zero padding and refuses a day that does not exist', () => {
    expect(formatIsoDate({ year: 2021, month: 4, day: 3 })).toBe('2021-04-03');
    expect(formatIsoDate({ year: 987, month: 1, day: 1 })).toBe('0987-01-01');
    expect(() => formatIsoDate({ year: 2021, month: 2, day: 30 })).toThrow(RangeError);
    expect(() => formatIsoDate({ year: 2021, month: 1.5, day: 1 })).toThrow(RangeError);
  });
});

describe('parsePeriod', () => {
  it.each<[string, string, string | undefined, string, string]>([
    // text, start, end, precision (of the end), precision of the start
    ['2021', '2021-01-01', '2021-12-31', 'år', 'år'],
    ['2021-2022', '2021-01-01', '2022-12-31', 'år', 'år'],
    ['2017 - 2020', '2017-01-01', '2020-12-31', 'år', 'år'],
    ['2020- 2023', '2020-01-01', '2023-12-31', 'år', 'år'],
    ['2019 – 2022', '2019-01-01', '2022-12-31', 'år', 'år'],
    ['Hösten 2021', '2021-09-01', '2021-12-31', 'säsong', 'säsong'],
    ['hösten 2019', '2019-09-01', '2019-12-31', 'säsong', 'säsong'],
    ['Våren 2022', '2022-01-01', '2022-06-30', 'säsong', 'säsong'],
    ['VT 2022', '2022-01-01', '2022-06-30', 'säsong', 'säsong'],
    ['HT 2022', '2022-09-01', '2022-12-31', 'säsong', 'säsong'],
    ['November 2020', '2020-11-01', '2020-11-30', 'månad', 'månad'],
    ['februari 2021', '2021-02-01', '2021-02-28', 'månad', 'månad'],
    ['februari 2024', '2024-02-01', '2024-02-29', 'månad', 'månad'],
    ['2021-02', '2021-02-01', '2021-02-28', 'månad', 'månad'],
    ['Juli 2021 – april 2022', '2021-07-01', '2022-04-30', 'månad', 'månad'],
    ['december 2017 - juni 2022', '2017-12-01', '2022-06-30', 'månad', 'månad'],
    ['oktober 2017- december 2020', '2017-10-01', '2020-12-31', 'månad', 'månad'],
    ['2018 – mars 2021', '2018-01-01', '2021-03-31', 'månad', 'år'],
    ['2022-12-31', '2022-12-31', '2022-12-31', 'dag', 'dag'],
    ['2021-04-23', '2021-04-23', '2021-04-23', 'dag', 'dag'],
    ['2019-08-01 - 2022-04-30', '2019-08-01', '2022-04-30', 'dag', 'dag'],
    ['2019-08-01 -\n2022-04-30', '2019-08-01', '2022-04-30', 'dag', 'dag'],
    ['26 mars 2019', '2019-03-26', '2019-03-26', 'dag', 'dag'],
    ['1 december 2018 till 30 november 2019', '2018-12-01', '2019-11-30', 'dag', 'dag'],
    ['våren 2018 – 31 december 2020', '2018-01-01', '2020-12-31', 'dag', 'säsong'],
    ['Start av projekt är 1 juni 2021 och planerat avslut av projektet är 30 april 2022', '2021-06-01', '2022-04-30', 'dag', 'dag'],
    ['Start i augusti 2021 och projektet avslutas i april 2022.', '2021-08-01', '2022-04-30', 'månad', 'månad'],
    // open ends: the period has begun and no end is stated
    ['2019 –', '2019-01-01', undefined, 'år', 'år'],
    ['2023-09-01 -', '2023-09-01', undefined, 'dag', 'dag'],
    ['augusti 2018 - löpande', '2018-08-01', undefined, 'månad', 'månad'],
  ])('%j', (text, start, end, precision, startPrecision) => {
    const p = parsePeriod(text);
    expect(p).toBeDefined();
    expect({ start: p!.start, end: p!.end, precision: p!.precision, startPrecision: p!.startPrecision }).toEqual({ start, end, precision, startPrecision });
    expect(p!.extendedEnd).toBeUndefined();
  });

  it('reads an extension in brackets as its own end, keeping the original end', () => {
    expect(parsePeriod('december 2017 — mars 2021 (förlängning till december 2021)')).toEqual({
      start: '2017-12-01',
      end: '2021-03-31',
      precision: 'månad',
      startPrecision: 'månad',
      extendedEnd: '2021-12-31',
    });
    // The OCR'd 2020 report lost the diacritics of the same sentence.
    expect(parsePeriod('december 2017 - mars 2021 (forlangning till december 2021)')?.extendedEnd).toBe('2021-12-31');
  });

  it.each([
    '',
    '   ',
    'Inte bestämt',
    'Pågående',
    'löpande',
    'VB',
    'T1, T2 och VB',
    'snart',
    '2021-02-30',
    '31 april 2022',
    '2021-13',
    '2022 - 2021',
    'juni 2022 - december 2017',
    'mars 2021 (förlängning till december 2020)',
    '2021-2022-2023',
    'Hösten',
    'december',
    '20211',
    '[Datum]',
    'ca 2021',
    'Start av projekt är 1 juni 2021',
  ])('gives undefined for %j', (text) => {
    expect(parsePeriod(text)).toBeUndefined();
  });
});

describe('periodOrPlanYear', () => {
  it('uses the text when there is one', () => {
    expect(periodOrPlanYear('Hösten 2021', 2020)).toEqual(parsePeriod('Hösten 2021'));
  });

  it('derives the whole plan year, marked härledd, when the Tidplan cell is empty', () => {
    for (const empty of [undefined, null, '', '  ']) {
      expect(periodOrPlanYear(empty, 2020)).toEqual({ start: '2020-01-01', end: '2020-12-31', precision: 'härledd', startPrecision: 'härledd' });
    }
  });

  it('does not guess a year for text it cannot read', () => {
    expect(periodOrPlanYear('Inte bestämt', 2022)).toBeUndefined();
  });
});

describe('dayOfIso and isoOfDay', () => {
  const DAY_MS = 86_400_000;

  it('count days as the calendar does, from 0001-01-01 to 9999-12-31, both ways', () => {
    // Date.UTC reads year 1 as 1901, so the first day is set by setUTCFullYear.
    const start = new Date(Date.UTC(2000, 0, 1));
    start.setUTCFullYear(1);
    const lo = start.getTime() / DAY_MS;
    const hi = Date.UTC(9999, 11, 31) / DAY_MS;
    expect(isoOfDay(lo)).toBe('0001-01-01');
    expect(isoOfDay(hi)).toBe('9999-12-31');
    expect(dayOfIso('1970-01-01')).toBe(0);
    expect(dayOfIso('2021-04-30')).toBe(Date.UTC(2021, 3, 30) / DAY_MS);
    fc.assert(
      fc.property(fc.integer({ min: lo, max: hi }), (day) => {
        const iso = new Date(day * DAY_MS).toISOString().slice(0, 10);
        expect(isoOfDay(day)).toBe(iso);
        expect(dayOfIso(iso)).toBe(day);
      }),
      { numRuns: 20_000 },
    );
  });

  it('give no day for text that is not a real ISO day', () => {
    for (const text of ['2021-02-29', '2021-4-30', '30/4 2021', '2021-04-30T00:00', '', '0000-01-01']) expect(dayOfIso(text)).toBeUndefined();
    expect(dayOfIso('2020-02-29')).toBe(Date.UTC(2020, 1, 29) / DAY_MS);
  });
});
