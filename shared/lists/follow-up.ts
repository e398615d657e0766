// Deadlines and follow-up check-points of an item (lists-schema.md §2). The deadline comes from
// the source's own time text ("Hösten 2021", "2021-2022", "2022-12-31") with its precision; an
// empty Tidplan falls back to the plan year's end and is marked 'härledd' so nobody mistakes the
// guess for a date someone set. Check-points are the item's follow-up points (T1, T2, VB) in each
// year the item runs, dated by the calendar.

import { parsePeriod, periodOrPlanYear, type PeriodPrecision } from '../locale';
import { FOLLOW_UP_POINTS, isFollowUpPoint, type FollowUpCalendar, type FollowUpPoint } from './follow-up-calendar';

/** Where an item's deadline comes from. */
export type DeadlineBasis =
  /** Read from the source's time text. */
  | 'time-text'
  /** No time text: the plan year's last day ('härledd'). */
  | 'plan-year'
  /** The list's own Klart senast, which differs from the time text or has none behind it. */
  | 'list'
  /** Nothing to go on. */
  | 'none';

export interface Deadline {
  readonly start: string | null;
  readonly due: string | null;
  readonly precision: PeriodPrecision | null;
  readonly basis: DeadlineBasis;
  /** A time text that is no readable period; shown to people as written, never guessed at. */
  readonly unreadableText: string | null;
}

const NONE: Deadline = { start: null, due: null, precision: null, basis: 'none', unreadableText: null };

function present(text: string | null | undefined): text is string {
  return typeof text === 'string' && text.trim() !== '';
}

/**
 * The deadline a time text gives. Without text: the plan year's end when `planYearFallback` (a
 * table row whose Tidplan cell was left empty), else none (a commitment in running text or a
 * programme's bullet list never had a time frame, and inventing one would make it "late").
 */
export function deadlineFromText(
  text: string | null | undefined,
  planYear: number | null | undefined,
  options: { readonly planYearFallback?: boolean } = {},
): Deadline {
  if (present(text)) {
    const p = parsePeriod(text);
    if (!p || p.end === undefined) return { ...NONE, unreadableText: text.trim() };
    return { start: p.start, due: p.end, precision: p.precision, basis: 'time-text', unreadableText: null };
  }
  if (options.planYearFallback === false) return NONE;
  if (typeof planYear !== 'number' || !Number.isSafeInteger(planYear) || planYear < 1 || planYear > 9999) return NONE;
  const p = periodOrPlanYear(null, planYear);
  return p?.end === undefined ? NONE : { start: p.start, due: p.end, precision: 'härledd', basis: 'plan-year', unreadableText: null };
}

/** The time columns of an Åtgärd (the list's internal names). */
export interface TimeColumns {
  readonly timeframeText?: string | null;
  readonly planYear?: number | null;
  readonly startDate?: string | null;
  readonly dueDate?: string | null;
  readonly dueDatePrecision?: string | null;
  /** `tabell`, `punktlista` or `löptext`: only a table had a Tidplan cell that could be left empty. */
  readonly sourceKind?: string | null;
}

const PRECISIONS: readonly string[] = ['dag', 'månad', 'säsong', 'år', 'härledd'];

/**
 * An item's deadline: derived from its time text, unless the list's Klart senast says otherwise
 * (someone moved it in SharePoint, or the importer had another source such as a programme's
 * last target year) — then the list wins and says so.
 */
export function deadlineOf(item: TimeColumns): Deadline {
  const fromTable = item.sourceKind === undefined || item.sourceKind === null || item.sourceKind === 'tabell';
  const derived = deadlineFromText(item.timeframeText, item.planYear, { planYearFallback: fromTable });
  const stored = item.dueDate ?? null;
  if (stored === null || stored === derived.due) return derived;
  const precision = item.dueDatePrecision && PRECISIONS.includes(item.dueDatePrecision) ? (item.dueDatePrecision as PeriodPrecision) : 'dag';
  return { start: item.startDate ?? (derived.start !== null && derived.start <= stored ? derived.start : null), due: stored, precision, basis: 'list', unreadableText: derived.unreadableText };
}

export interface Checkpoint extends Readonly<{ point: FollowUpPoint; year: number }> {
  readonly periodEnd: string;
  readonly reportDue: string | null;
}

/** "T2 2021": how people name a check-point, and the key status posts are matched by. */
export function checkpointKey(point: FollowUpPoint, year: number): string {
  return `${point} ${year}`;
}

/** A long-running project must not produce a schedule without end from a typo in a year. */
export const MAX_SCHEDULE_YEARS = 15;

export interface YearSpan {
  readonly from: number;
  readonly to: number;
}

/** The years an item is followed up in: from its start (or deadline) year to its deadline year. */
export function scheduleYears(deadline: Pick<Deadline, 'start' | 'due'>): YearSpan | undefined {
  if (deadline.due === null) return undefined;
  const to = Number(deadline.due.slice(0, 4));
  const from = Math.min(to, Number((deadline.start ?? deadline.due).slice(0, 4)));
  return { from: Math.max(from, to - MAX_SCHEDULE_YEARS + 1), to };
}

/** The check-points for these follow-up points (values other than T1/T2/VB, e.g. "Årligen inför VP", have no date). */
export function followUpSchedule(points: readonly string[], years: YearSpan | undefined, calendar: FollowUpCalendar): Checkpoint[] {
  if (!years) return [];
  const wanted = FOLLOW_UP_POINTS.filter((p) => points.some((x) => x === p && isFollowUpPoint(x)));
  const out: Checkpoint[] = [];
  for (let year = years.from; year <= years.to; year++) {
    for (const point of wanted) out.push({ point, year, ...calendar.dates(point, year) });
  }
  return out.sort((a, b) => (a.periodEnd < b.periodEnd ? -1 : a.periodEnd > b.periodEnd ? 1 : 0));
}

/** Until this day a check-point can still be reported: its report due date when known, else its period end. */
export function openUntil(c: Checkpoint): string {
  return c.reportDue ?? c.periodEnd;
}

/** The first check-point still open today that has no status update for it. */
export function nextFollowUp(schedule: readonly Checkpoint[], reported: ReadonlySet<string>, today: string): Checkpoint | undefined {
  return schedule.find((c) => openUntil(c) >= today && !reported.has(checkpointKey(c.point, c.year)));
}

/** Check-points that closed without a status update. */
export function missedFollowUps(schedule: readonly Checkpoint[], reported: ReadonlySet<string>, today: string): Checkpoint[] {
  return schedule.filter((c) => openUntil(c) < today && !reported.has(checkpointKey(c.point, c.year)));
}
