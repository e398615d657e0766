// The city's follow-up calendar: three check-points a year. Each has a period end (the data
// cut-off the report covers: T1 30 April, T2 31 August, VB 31 December — lists-schema.md §2) and,
// kept apart from it, the date the report is due. The seeds never state due dates; they come from
// the city's anvisningar each year, so they are configuration, and unknown until configured.

import { isIsoDate } from './date-only';

export const FOLLOW_UP_POINTS = ['T1', 'T2', 'VB'] as const;
export type FollowUpPoint = (typeof FOLLOW_UP_POINTS)[number];

export function isFollowUpPoint(value: unknown): value is FollowUpPoint {
  return typeof value === 'string' && (FOLLOW_UP_POINTS as readonly string[]).includes(value);
}

export interface CheckpointDates {
  /** Last day of the period the report covers. */
  readonly periodEnd: string;
  /** The day the report is due, when the year's anvisningar are configured. */
  readonly reportDue: string | null;
}

/** Per year (`"2022"`), per point: the dates that differ from the defaults. */
export type CalendarOverrides = Readonly<Record<string, Readonly<Partial<Record<FollowUpPoint, Partial<CheckpointDates>>>>>>;

export interface FollowUpCalendar {
  dates(point: FollowUpPoint, year: number): CheckpointDates;
}

/** Month-day of each period end: the tertial split Jan–Apr, May–Aug, Sep–Dec. */
export const DEFAULT_PERIOD_ENDS: Readonly<Record<FollowUpPoint, string>> = { T1: '04-30', T2: '08-31', VB: '12-31' };

export class CalendarError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CalendarError';
  }
}

function checkOverrides(overrides: CalendarOverrides): void {
  for (const [year, points] of Object.entries(overrides)) {
    if (!/^\d{4}$/.test(year)) throw new CalendarError(`Calendar year '${year}' must be four digits`);
    for (const [point, dates] of Object.entries(points ?? {})) {
      if (!isFollowUpPoint(point)) throw new CalendarError(`Calendar ${year}: unknown follow-up point '${point}' (T1, T2 or VB)`);
      const periodEnd = dates?.periodEnd ?? `${year}-${DEFAULT_PERIOD_ENDS[point]}`;
      if (!isIsoDate(periodEnd)) throw new CalendarError(`Calendar ${year} ${point}: period end '${periodEnd}' is not YYYY-MM-DD`);
      const due = dates?.reportDue;
      if (due !== undefined && due !== null) {
        if (!isIsoDate(due)) throw new CalendarError(`Calendar ${year} ${point}: report due date '${due}' is not YYYY-MM-DD`);
        if (due < periodEnd) throw new CalendarError(`Calendar ${year} ${point}: the report cannot be due (${due}) before its period ends (${periodEnd})`);
      }
    }
  }
}

/** The calendar with the defaults, changed only where `overrides` say so. Bad overrides throw. */
export function followUpCalendar(overrides: CalendarOverrides = {}): FollowUpCalendar {
  checkOverrides(overrides);
  return {
    dates(point, year) {
      const o = overrides[String(year)]?.[point];
      return {
        periodEnd: o?.periodEnd ?? `${String(year).padStart(4, '0')}-${DEFAULT_PERIOD_ENDS[point]}`,
        reportDue: o?.reportDue ?? null,
      };
    },
  };
}
