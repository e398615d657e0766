/**
 * Dates as the city's documents write them: ISO days ('2021-04-30') in cells, and free-text periods
 * in Tidplan columns ('Hösten 2021', 'VT 2022', 'Juli 2021 – april 2022'). Everything is done on
 * calendar parts, never on Date objects, so no time zone can move a day.
 */

export interface IsoDateParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function isValidParts(p: IsoDateParts): boolean {
  return (
    Number.isInteger(p.year) && Number.isInteger(p.month) && Number.isInteger(p.day) &&
    p.year >= 1 && p.year <= 9999 && p.month >= 1 && p.month <= 12 && p.day >= 1 && p.day <= daysInMonth(p.year, p.month)
  );
}

/** Strict yyyy-mm-dd of a real calendar day: '2021-02-30' and '2021-4-30' are rejected. */
export function parseIsoDate(text: string): IsoDateParts | undefined {
  const m = ISO_DATE.exec(text);
  if (!m) return undefined;
  const parts = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return isValidParts(parts) ? parts : undefined;
}

export function isIsoDate(text: string): boolean {
  // parseIsoDate's answer without its regex match and object: rules ask this of every date cell.
  if (text.length !== 10 || text.charCodeAt(4) !== DASH || text.charCodeAt(7) !== DASH) return false;
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 7);
  const day = digits(text, 8, 10);
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

const DASH = 45;

/**
 * The day count since 1970-01-01 of a strict ISO day (what isIsoDate accepts), else undefined:
 * a number that orders and compares dates without their text. Calendar arithmetic (H. Hinnant's
 * days_from_civil), no Date object.
 */
export function dayOfIso(text: string): number | undefined {
  if (!isIsoDate(text)) return undefined;
  return daysFromCivil(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10));
}

function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** The ISO day (yyyy-mm-dd) of a day count since 1970-01-01, for years 1–9999 (civil_from_days). */
export function isoOfDay(dayCount: number): string {
  const z = dayCount + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return `${year < 1000 ? String(year).padStart(4, '0') : year}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

/** The number written by text[from, to) if it is all ASCII digits, else -1. */
function digits(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

export function formatIsoDate(parts: IsoDateParts): string {
  if (!isValidParts(parts)) throw new RangeError(`Not a calendar date: ${JSON.stringify(parts)}`);
  const pad = (n: number, w: number) => String(n).padStart(w, '0');
  return `${pad(parts.year, 4)}-${pad(parts.month, 2)}-${pad(parts.day, 2)}`;
}

/**
 * How exact a deadline is, as the Åtgärder list stores it. 'härledd' is never read from text: it
 * marks a deadline derived from the plan year when the source left the Tidplan cell empty.
 */
export type PeriodPrecision = 'dag' | 'månad' | 'säsong' | 'år' | 'härledd';

export interface Period {
  /** First day of the period, ISO. */
  readonly start: string;
  /** Last day, ISO; absent for an open end ('2019 –', 'augusti 2018 - löpande'). */
  readonly end?: string;
  /** Precision of the end (the deadline); of the start when the end is open. */
  readonly precision: PeriodPrecision;
  readonly startPrecision: PeriodPrecision;
  /** Last day of an extension: '… mars 2021 (förlängning till december 2021)'. */
  readonly extendedEnd?: string;
}

interface Span {
  readonly start: string;
  readonly end: string;
  readonly precision: PeriodPrecision;
}

const MONTHS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];
const MONTH = `(?:${MONTHS.join('|')})`;
// Hösten runs September–December as in the seeds' own derivations; HT is read the same way so that
// one deadline rule holds for both spellings. Våren and VT are January–June.
const SEASONS: Readonly<Record<string, readonly [number, number]>> = {
  hösten: [9, 12], höstterminen: [9, 12], ht: [9, 12],
  våren: [1, 6], vårterminen: [1, 6], vt: [1, 6],
};
const SEASON = `(?:${Object.keys(SEASONS).join('|')})`;

/** One point in time written in any of the seeds' forms; the alternatives are tried in this order. */
const POINT = [
  '\\d{4}-\\d{2}-\\d{2}(?!\\d)',
  `\\d{1,2} ${MONTH} \\d{4}`,
  `${MONTH} \\d{4}`,
  '\\d{4}-\\d{2}(?!\\d)',
  `${SEASON} \\d{4}`,
  '\\d{4}(?!\\d)',
].join('|');

const SEP = '\\s*-\\s*|\\s+till\\s+';
const OPEN_END = '(?:löpande|tills vidare|pågående)';
const EXTENSION = `\\s*\\((?:förlängning|forlangning) till (${POINT})\\)`;
const RANGE = new RegExp(`^(${POINT})(?:(${SEP})(${POINT}|${OPEN_END})?)?(?:${EXTENSION})?$`);
/** 'Start av projekt är 1 juni 2021 och planerat avslut av projektet är 30 april 2022'. */
const PROSE = new RegExp(`^start\\b.*?\\b(${POINT}) och .*?\\b(?:av)?slut\\w*\\b.*?\\b(${POINT})$`);

function normalise(text: string): string {
  return text
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\.$/, '')
    .toLowerCase();
}

function span(startParts: IsoDateParts, endParts: IsoDateParts, precision: PeriodPrecision): Span | undefined {
  if (!isValidParts(startParts) || !isValidParts(endParts)) return undefined;
  return { start: formatIsoDate(startParts), end: formatIsoDate(endParts), precision };
}

function monthSpan(year: number, month: number, lastMonth = month, precision: PeriodPrecision = 'månad'): Span | undefined {
  if (month < 1 || month > 12) return undefined;
  return span({ year, month, day: 1 }, { year, month: lastMonth, day: daysInMonth(year, lastMonth) }, precision);
}

const DAY_MONTH_YEAR = new RegExp(`^(\\d{1,2}) (${MONTH}) (\\d{4})$`);
const MONTH_YEAR = new RegExp(`^(${MONTH}) (\\d{4})$`);
const ISO_MONTH = /^(\d{4})-(\d{2})$/;
const SEASON_YEAR = new RegExp(`^(${SEASON}) (\\d{4})$`);
const YEAR = /^(\d{4})$/;
const OPEN_END_ONLY = new RegExp(`^${OPEN_END}$`);

function parsePoint(text: string): Span | undefined {
  const iso = parseIsoDate(text);
  if (iso) return span(iso, iso, 'dag');
  let m = DAY_MONTH_YEAR.exec(text);
  if (m) {
    const day = { year: Number(m[3]), month: MONTHS.indexOf(m[2]!) + 1, day: Number(m[1]) };
    return span(day, day, 'dag');
  }
  if ((m = MONTH_YEAR.exec(text))) return monthSpan(Number(m[2]), MONTHS.indexOf(m[1]!) + 1);
  if ((m = ISO_MONTH.exec(text))) return monthSpan(Number(m[1]), Number(m[2]));
  if ((m = SEASON_YEAR.exec(text))) {
    const [first, last] = SEASONS[m[1]!]!;
    return monthSpan(Number(m[2]), first, last, 'säsong');
  }
  if ((m = YEAR.exec(text))) return monthSpan(Number(m[1]), 1, 12, 'år');
  return undefined;
}

function period(first: Span, last: Span | undefined, extension?: Span): Period | undefined {
  if (last && last.end < first.start) return undefined;
  if (extension && extension.end < (last ?? first).end) return undefined;
  return {
    start: first.start,
    ...(last ? { end: last.end } : {}),
    precision: (last ?? first).precision,
    startPrecision: first.precision,
    ...(extension ? { extendedEnd: extension.end } : {}),
  };
}

/**
 * A free-text period from a Tidplan, Tidsplan or Måldatum cell. A single point ('2021',
 * 'November 2020', '2022-12-31') spans its own first to last day; a range runs from the first day
 * of its start to the last day of its end. Text that is no period (or a range that ends before it
 * starts) gives undefined, so the caller keeps and shows the original words.
 */
export function parsePeriod(text: string): Period | undefined {
  const t = normalise(text);
  if (t === '') return undefined;
  const range = RANGE.exec(t);
  if (range) {
    const first = parsePoint(range[1]!);
    if (!first) return undefined;
    const hasSep = range[2] !== undefined;
    const endText = range[3];
    const openEnd = hasSep && (endText === undefined || OPEN_END_ONLY.test(endText));
    const last = hasSep && !openEnd ? parsePoint(endText!) : first;
    if (!last) return undefined;
    const extension = range[4] !== undefined ? parsePoint(range[4]) : undefined;
    if (range[4] !== undefined && !extension) return undefined;
    return period(first, openEnd ? undefined : last, extension);
  }
  const prose = PROSE.exec(t);
  if (prose) {
    const first = parsePoint(prose[1]!);
    const last = parsePoint(prose[2]!);
    return first && last ? period(first, last) : undefined;
  }
  return undefined;
}

/**
 * The deadline rule of the Åtgärder list: the text's own period, or, when the Tidplan cell is
 * empty, the whole plan year marked 'härledd' so the tab can show that the date is a guess. Text
 * that is present but unreadable gives undefined rather than a guessed year.
 */
export function periodOrPlanYear(text: string | null | undefined, planYear: number): Period | undefined {
  if (text && text.trim() !== '') return parsePeriod(text);
  const year = monthSpan(planYear, 1, 12, 'härledd');
  return year && period(year, year);
}
