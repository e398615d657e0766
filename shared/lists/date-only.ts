// Date-only columns. SharePoint Online stores a date-only value as the UTC instant of local
// midnight in the site's time zone (Stockholm for the nämnd's site), so a date typed in the web UI
// on 31 Dec comes back as "…-12-30T23:00:00Z". We write the same instant and read any instant back
// as the Stockholm calendar date, so values typed in the UI and values we wrote compare equal.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

/** Date.UTC, except that years 0–99 stay those years: Date.UTC reads them as 1900–1999. */
function utc(year: number, monthIndex: number, day: number, hours = 0, minutes = 0, seconds = 0): number {
  const t = new Date(0);
  t.setUTCFullYear(year, monthIndex, day);
  t.setUTCHours(hours, minutes, seconds, 0);
  return t.getTime();
}

export function daysInMonth(year: number, month: number): number {
  return new Date(utc(year, month, 0)).getUTCDate();
}

/** Last Sunday of a month, as a UTC day number. */
function lastSunday(year: number, month: number): number {
  const last = new Date(utc(year, month, 0));
  return last.getUTCDate() - last.getUTCDay();
}

/** Stockholm's UTC offset in hours at a UTC instant (EU rule: CEST from the last Sunday of March to the last Sunday of October, 01:00 UTC). */
export function stockholmOffsetHours(instant: Date): 1 | 2 {
  const y = instant.getUTCFullYear();
  const start = utc(y, 2, lastSunday(y, 3), 1);
  const end = utc(y, 9, lastSunday(y, 10), 1);
  const t = instant.getTime();
  return t >= start && t < end ? 2 : 1;
}

/** `2022-12-31` → `2022-12-30T23:00:00Z` (Stockholm midnight). */
export function toSpDate(isoDate: string): string {
  if (!isIsoDate(isoDate)) throw new Error(`Not a date (YYYY-MM-DD): '${isoDate}'`);
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  // Midnight local is never inside a DST switch (they happen at 02:00/03:00), so probing at UTC midnight is exact.
  const probe = new Date(utc(y, m - 1, d));
  const instant = new Date(probe.getTime() - stockholmOffsetHours(probe) * 3_600_000);
  return `${instant.toISOString().slice(0, 19)}Z`;
}

/** Any instant SharePoint returns for a date-only column → the Stockholm calendar date. */
export function fromSpDate(value: string): string {
  if (isIsoDate(value)) return value;
  const instant = new Date(value);
  if (Number.isNaN(instant.getTime())) throw new Error(`Not a date: '${value}'`);
  const local = new Date(instant.getTime() + stockholmOffsetHours(instant) * 3_600_000);
  return local.toISOString().slice(0, 10);
}

/** A full date-time for DateTime columns, normalised to `YYYY-MM-DDTHH:MM:SSZ`. */
export function toSpDateTime(value: string | Date): string {
  const instant = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(instant.getTime())) throw new Error(`Not a date-time: '${String(value)}'`);
  return `${instant.toISOString().slice(0, 19)}Z`;
}

export type DatePrecision = 'dag' | 'månad' | 'år';

/** A period as the seeds write it (`2021`, `2021-02`, `2021-02-15`) → its first and last day and precision. */
export function periodOf(value: string): { start: string; end: string; precision: DatePrecision } {
  const year = /^(\d{4})$/.exec(value);
  if (year) return { start: `${year[1]}-01-01`, end: `${year[1]}-12-31`, precision: 'år' };
  const month = /^(\d{4})-(\d{2})$/.exec(value);
  if (month) {
    const [y, m] = [Number(month[1]), Number(month[2])];
    if (m < 1 || m > 12) throw new Error(`Not a month: '${value}'`);
    const mm = String(m).padStart(2, '0');
    return { start: `${y}-${mm}-01`, end: `${y}-${mm}-${daysInMonth(y, m)}`, precision: 'månad' };
  }
  if (isIsoDate(value)) return { start: value, end: value, precision: 'dag' };
  throw new Error(`Not a period (YYYY, YYYY-MM or YYYY-MM-DD): '${value}'`);
}

/** Stockholm wall-clock time ("2021-05-06 11:53", as report footers print it) → `YYYY-MM-DDTHH:MM:SSZ`. */
export function stockholmWallClockToUtc(text: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?$/.exec(text.trim());
  if (!m || !isIsoDate(`${m[1]}-${m[2]}-${m[3]}`)) throw new Error(`Not a local date-time (YYYY-MM-DD HH:MM): '${text}'`);
  const [y, mo, d, h, mi, s] = m.slice(1).map((x) => Number(x ?? 0)) as [number, number, number, number, number, number];
  if (h > 23 || mi > 59 || s > 59) throw new Error(`Not a local date-time (YYYY-MM-DD HH:MM): '${text}'`);
  const naive = utc(y, mo - 1, d, h, mi, s);
  const winter = naive - 3_600_000;
  const instant = stockholmOffsetHours(new Date(winter)) === 2 ? naive - 7_200_000 : winter;
  return toSpDateTime(new Date(instant));
}
