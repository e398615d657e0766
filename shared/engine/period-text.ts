import { type Period, parsePeriod } from '../locale';

/**
 * A free-text period as the templates' Tidplan and Avtalsperiod cells write it ("2022-02-01 -
 * 2026-01-31", "2023-09-01 - ", "VT 2022"), classified so that a rule can name what is wrong: an
 * open end, an end before the start, a single point where a range is asked for, or no period at
 * all. `parsePeriod` gives no reading for a reversed range, so the two sides are read apart to
 * tell that case from unreadable text. `ranged` is false for a single point ("juni 2022").
 */
export type PeriodReading =
  | { readonly kind: 'period'; readonly period: Period; readonly ranged: boolean }
  | { readonly kind: 'open'; readonly start: string }
  | { readonly kind: 'reversed'; readonly start: string; readonly end: string }
  | { readonly kind: 'unreadable' };

/** ISO dates and months contain hyphens that are no range separator. */
const ISO = /\d{4}-\d{2}(?:-\d{2})?(?!\d)/g;
const SEPARATOR = /\s*(?:[-\u2010-\u2015\u2212]|\btill\b)\s*/;

export function readPeriod(text: string): PeriodReading {
  const masked = text.replace(ISO, (m) => 'x'.repeat(m.length));
  const sep = SEPARATOR.exec(masked);
  const period = parsePeriod(text);
  if (period) {
    if (period.end === undefined) return { kind: 'open', start: period.start };
    return { kind: 'period', period, ranged: sep !== null || /\bstart/i.test(text) };
  }
  if (sep) {
    const a = parsePeriod(text.slice(0, sep.index));
    const b = parsePeriod(text.slice(sep.index + sep[0].length));
    if (a && b?.end !== undefined && b.end < a.start) return { kind: 'reversed', start: a.start, end: b.end };
  }
  return { kind: 'unreadable' };
}

/** Folded words that say a value is deliberately not decided yet ("Inte bestämt"). */
export const UNDECIDED = /^(inte|ej) (bestamt|klart|faststallt|beslutat)|^okant\b|^ej aktuellt\b/;
