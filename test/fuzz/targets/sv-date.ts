// Dates: ISO days round-trip against an independent calendar, free-text periods are read as the
// seeds write them (any case, any dash, open ends, extensions), nothing throws, and a date-only
// column value survives the trip through SharePoint's Stockholm-midnight instant.
import fc from 'fast-check';
import { fromSpDate, toSpDate } from '../../../shared/lists';
import { formatIsoDate, isIsoDate, parseIsoDate, parsePeriod, periodOrPlanYear, type Period } from '../../../shared/locale';
import { check, same, syncProperty, type FuzzTarget } from '../support/fuzz-target';

const pad = (n: number, w: number) => String(n).padStart(w, '0');
const iso = (y: number, m: number, d: number) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;

/** The proleptic Gregorian calendar from Date, with setUTCFullYear so years 0–99 are not read as 19xx. */
function realDay(y: number, m: number, d: number): boolean {
  const t = new Date(0);
  t.setUTCFullYear(y, m - 1, d);
  return y >= 1 && t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}
function lastDay(y: number, m: number): number {
  const t = new Date(0);
  t.setUTCFullYear(y, m, 0);
  return t.getUTCDate();
}

const year = fc.integer({ min: 0, max: 9999 });
const month = fc.integer({ min: 0, max: 13 });
const day = fc.integer({ min: 0, max: 32 });

const isoDays = syncProperty('ISO days: parse∘format is the identity on real days, and only real days parse', 2500, [year, month, day], (y, m, d) => {
  const text = iso(y, m, d);
  const p = parseIsoDate(text);
  if (!realDay(y, m, d)) {
    same(p, undefined, `parse of ${text}`);
    check(!isIsoDate(text), `${text} taken as a date`);
    return;
  }
  same(p, { year: y, month: m, day: d }, `parse of ${text}`);
  same(formatIsoDate(p!), text, 'formatted back');
});

const MONTHS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];
const SEASONS: Readonly<Record<string, readonly [number, number]>> = {
  hösten: [9, 12], höstterminen: [9, 12], ht: [9, 12],
  våren: [1, 6], vårterminen: [1, 6], vt: [1, 6],
};

/** One point of a Tidplan text and the days it covers, worked out without the product's code. */
interface Point {
  readonly text: string;
  readonly span?: { readonly start: string; readonly end: string; readonly precision: Period['precision'] };
}

const realYear = fc.integer({ min: 1990, max: 2040 });
const anyYear = fc.oneof({ weight: 4, arbitrary: realYear }, { weight: 1, arbitrary: fc.integer({ min: 0, max: 9999 }) });

function monthSpan(y: number, first: number, last: number, precision: Period['precision']): Point['span'] {
  if (y < 1) return undefined;
  return { start: iso(y, first, 1), end: iso(y, last, lastDay(y, last)), precision };
}

const point: fc.Arbitrary<Point> = fc.oneof(
  fc.tuple(anyYear, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 })).map(([y, m, d]) => ({
    text: iso(y, m, d),
    span: realDay(y, m, d) ? { start: iso(y, m, d), end: iso(y, m, d), precision: 'dag' as const } : undefined,
  })),
  fc.tuple(anyYear, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), fc.boolean()).map(([y, m, d, zero]) => ({
    text: `${zero ? pad(d, 2) : d} ${MONTHS[m - 1]} ${pad(y, 4)}`,
    span: realDay(y, m, d) ? { start: iso(y, m, d), end: iso(y, m, d), precision: 'dag' as const } : undefined,
  })),
  fc.tuple(anyYear, fc.integer({ min: 1, max: 12 })).map(([y, m]) => ({ text: `${MONTHS[m - 1]} ${pad(y, 4)}`, span: monthSpan(y, m, m, 'månad') })),
  fc.tuple(anyYear, fc.integer({ min: 1, max: 12 })).map(([y, m]) => ({ text: `${pad(y, 4)}-${pad(m, 2)}`, span: monthSpan(y, m, m, 'månad') })),
  fc.tuple(anyYear, fc.constantFrom(...Object.keys(SEASONS))).map(([y, s]) => ({ text: `${s} ${pad(y, 4)}`, span: monthSpan(y, SEASONS[s]![0], SEASONS[s]![1], 'säsong') })),
  anyYear.map((y) => ({ text: pad(y, 4), span: monthSpan(y, 1, 12, 'år') })),
);

/** How people type the text: any case, any dash, stray spaces, a closing full stop. */
const casing = fc.constantFrom<(s: string) => string>(
  (s) => s,
  (s) => s.toUpperCase(),
  (s) => s.charAt(0).toUpperCase() + s.slice(1),
);
const separator = fc.constantFrom(' - ', ' – ', ' — ', '-', '–', '\u2212', ' till ', '  -  ', ' \u2010 ');
const openEnd = fc.constantFrom('', 'löpande', 'tills vidare', 'pågående');

interface PeriodCase {
  readonly text: string;
  readonly expected: Period | undefined;
}

const periodCase: fc.Arbitrary<PeriodCase> = fc
  .record({
    first: point,
    shape: fc.constantFrom('point', 'range', 'open'),
    last: point,
    open: openEnd,
    sep: separator,
    extension: fc.option(point, { nil: undefined, freq: 4 }),
    fullStop: fc.boolean(),
    cased: casing,
  })
  .map(({ first, shape, last, open, sep, extension, fullStop, cased }): PeriodCase => {
    let text = first.text;
    let end: Point['span'] | undefined = first.span;
    let isOpen = false;
    let valid = first.span !== undefined;
    if (shape === 'range') {
      text += sep + last.text;
      end = last.span;
      valid &&= last.span !== undefined && last.span.end >= first.span!.start;
    } else if (shape === 'open') {
      // '2019 –' and 'augusti 2018 - löpande': a separator with an open end or nothing after it.
      if (open === '' && sep.trim() === 'till') return { text: first.text, expected: expectedOf(first.span, first.span, false, undefined) };
      text += open === '' ? sep.trimEnd() : sep + open;
      isOpen = true;
    }
    if (extension) {
      text += ` (förlängning till ${extension.text})`;
      valid &&= extension.span !== undefined && extension.span.end >= (isOpen ? first.span! : end!).end;
    }
    if (fullStop) text += '.';
    return { text: cased(text), expected: valid ? expectedOf(first.span, end, isOpen, extension?.span) : undefined };
  });

function expectedOf(first: Point['span'], last: Point['span'], open: boolean, extension: Point['span']): Period | undefined {
  if (!first || !last) return undefined;
  return {
    start: first.start,
    ...(open ? {} : { end: last.end }),
    precision: open ? first.precision : last.precision,
    startPrecision: first.precision,
    ...(extension ? { extendedEnd: extension.end } : {}),
  };
}

const periodsRead = syncProperty('Tidplan periods are read as written, in any case and with any dash', 2500, [periodCase], ({ text, expected }) => {
  same(parsePeriod(text), expected, `parsePeriod("${text}")`);
});

const PERIOD_WORDS = [...MONTHS, ...Object.keys(SEASONS), 'löpande', 'tills vidare', 'pågående', 'till', 'start', 'slut', 'och', 'avslut', '(förlängning till', ')', '-', '–', ' ', '.'];
const periodish = fc.oneof(
  fc.array(fc.oneof(fc.constantFrom(...PERIOD_WORDS), fc.integer({ min: 0, max: 99999 }).map(String)), { maxLength: 12 }).map((w) => w.join(' ')),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: fc.constantFrom(...'0123456789- ()åäöÅÄÖ'), maxLength: 60 }),
);

function checkPeriod(p: Period | undefined, text: string): void {
  if (!p) return;
  check(isIsoDate(p.start), `start ${p.start} of "${text}"`);
  if (p.end !== undefined) check(isIsoDate(p.end) && p.end >= p.start, `end ${p.end} of "${text}"`);
  if (p.extendedEnd !== undefined) check(isIsoDate(p.extendedEnd) && p.extendedEnd >= (p.end ?? p.start), `extension ${p.extendedEnd} of "${text}"`);
}

const neverThrows = syncProperty('period and date readers never throw, and what they return is a real, ordered span', 2500, [periodish, fc.integer({ min: 1900, max: 2100 })], (text, planYear) => {
  parseIsoDate(text);
  checkPeriod(parsePeriod(text), text);
  checkPeriod(periodOrPlanYear(text, planYear), text);
});

const spDates = syncProperty('a date-only column value comes back from its Stockholm-midnight instant unchanged', 2500, [fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 })], (y, m, d) => {
  if (!realDay(y, m, d)) return;
  const day = iso(y, m, d);
  const instant = toSpDate(day);
  check(/^\d{4}-\d{2}-\d{2}T(22|23):00:00Z$/.test(instant), `toSpDate(${day}) = ${instant}, not a Stockholm midnight`);
  same(fromSpDate(instant), day, `fromSpDate(toSpDate(${day}))`);
});

export const svDateTarget: FuzzTarget = {
  name: 'sv-SE dates and periods',
  properties: [isoDays, periodsRead, neverThrows, spDates],
};
