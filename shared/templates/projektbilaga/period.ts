import { type Period, parsePeriod } from '../../locale';

export type PeriodReading =
  | { readonly kind: 'period'; readonly period: Period }
  | { readonly kind: 'endBeforeStart'; readonly start: string; readonly end: string }
  | { readonly kind: 'notAPeriod' };

/**
 * "Start och avslutsdatum" as written: "januari 2020 - juni 2022", "2017 - 2020", "augusti 2018 -
 * löpande", "december 2017 — mars 2021 (förlängning till december 2021)". parsePeriod refuses a
 * range that ends before it starts; the two ends are then read one by one, so that the person is
 * told which is which rather than that the text cannot be read.
 */
export function readPeriod(text: string): PeriodReading {
  const period = parsePeriod(text);
  if (period) return { kind: 'period', period };
  const parts = text.replace(/[\u2010-\u2015\u2212]/g, '-').split(/\s+-\s+|(?<=\d)-\s*|\s+till\s+/);
  if (parts.length === 2) {
    const a = parsePeriod(parts[0]!);
    const b = parsePeriod(parts[1]!);
    if (a && b && b.end !== undefined && b.end < a.start) return { kind: 'endBeforeStart', start: a.start, end: b.end };
  }
  return { kind: 'notAPeriod' };
}

/** When the project ends: its extension if it has one. */
export function lastDay(p: Period): string | undefined {
  return p.extendedEnd ?? p.end;
}
