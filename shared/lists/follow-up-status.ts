// A suggested status (grön/gul/röd) from the deadline, the check-points and the latest status a
// person set. It is only ever a suggestion shown beside that status: the person who is
// responsible decides. The reasons are data (code + values) with Swedish and English wording, so
// the tab and the chat card say the same thing.

import type { Localized, PeriodPrecision } from '../locale';
import { checkpointKey, type Checkpoint, type Deadline } from './follow-up';

export const SUGGESTED_STATUSES = ['grön', 'gul', 'röd'] as const;
export type SuggestedStatus = (typeof SUGGESTED_STATUSES)[number];

/** Statuses after which nothing more is expected of the item. */
export const FINISHED_STATUSES: readonly string[] = ['Genomförd', 'Utgår'];
/** A deadline this close is worth a yellow flag. */
export const DUE_SOON_DAYS = 30;
/** Reported progress this many percentage points behind an even pace is yellow. */
export const BEHIND_MARGIN_PERCENT = 25;
/** Not started when this share of the time has gone is yellow. */
export const NOT_STARTED_SHARE = 0.5;

export type SuggestionReason =
  | { readonly code: 'finished'; readonly status: string }
  | { readonly code: 'reportedLate' }
  | { readonly code: 'overdue'; readonly due: string; readonly daysLate: number; readonly precision: PeriodPrecision | null }
  | { readonly code: 'missedFollowUp'; readonly checkpoints: readonly string[] }
  | { readonly code: 'behindSchedule'; readonly progress: number; readonly expected: number }
  | { readonly code: 'notStarted'; readonly elapsedPercent: number }
  | { readonly code: 'dueSoon'; readonly due: string; readonly daysLeft: number }
  | { readonly code: 'onTrack'; readonly due: string };

export interface StatusSuggestion {
  readonly status: SuggestedStatus;
  readonly reason: SuggestionReason;
}

export interface SuggestionInput {
  /** The status a person set (Åtgärd/Kontroll status, Projekt uppföljningsstatus). */
  readonly status: string | null;
  /** Finished by other means than the status, e.g. a project whose lifecycle is Avslutat. */
  readonly finished?: boolean;
  readonly deadline: Pick<Deadline, 'start' | 'due' | 'precision'>;
  /** From the latest status update, when it gave one. */
  readonly progressPercent: number | null;
  /** Check-points that closed without a status update (`missedFollowUps`). */
  readonly missed: readonly Checkpoint[];
  /** YYYY-MM-DD in the nämnd's time zone. */
  readonly today: string;
}

/** Whole days from `from` to `to` (ISO dates; negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const utc = (d: string) => Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10)));
  return Math.round((utc(to) - utc(from)) / 86_400_000);
}

export function isFinished(status: string | null, finished = false): boolean {
  return finished || (status !== null && FINISHED_STATUSES.includes(status));
}

/** Late: reported as Försenad, or past its deadline without being finished. */
export function isLate(input: Pick<SuggestionInput, 'status' | 'finished' | 'today'> & { readonly due: string | null }): boolean {
  if (isFinished(input.status, input.finished)) return false;
  return input.status === 'Försenad' || (input.due !== null && input.due < input.today);
}

/** The suggestion, or undefined when there is neither a deadline nor a missed check-point to go on. */
export function suggestStatus(input: SuggestionInput): StatusSuggestion | undefined {
  const { status, deadline, today } = input;
  if (isFinished(status, input.finished)) return { status: 'grön', reason: { code: 'finished', status: status ?? 'Avslutat' } };
  if (status === 'Försenad') return { status: 'röd', reason: { code: 'reportedLate' } };
  const due = deadline.due;
  if (due !== null && due < today) {
    return { status: 'röd', reason: { code: 'overdue', due, daysLate: daysBetween(due, today), precision: deadline.precision } };
  }
  if (input.missed.length > 0) {
    return { status: 'gul', reason: { code: 'missedFollowUp', checkpoints: input.missed.map((c) => checkpointKey(c.point, c.year)) } };
  }
  if (due === null) return undefined;

  const start = deadline.start;
  if (start !== null && start < due && start <= today) {
    const elapsed = Math.min(1, daysBetween(start, today) / daysBetween(start, due));
    const expected = Math.round(elapsed * 100);
    const progress = input.progressPercent;
    if (progress !== null && progress + BEHIND_MARGIN_PERCENT < expected) {
      return { status: 'gul', reason: { code: 'behindSchedule', progress, expected } };
    }
    const notStarted = status === null || status === 'Ej påbörjad';
    if (notStarted && (progress === null || progress === 0) && elapsed >= NOT_STARTED_SHARE) {
      return { status: 'gul', reason: { code: 'notStarted', elapsedPercent: expected } };
    }
  }
  const daysLeft = daysBetween(today, due);
  if (daysLeft <= DUE_SOON_DAYS) return { status: 'gul', reason: { code: 'dueSoon', due, daysLeft } };
  return { status: 'grön', reason: { code: 'onTrack', due } };
}

const LABELS: Readonly<Record<SuggestedStatus, Localized>> = {
  grön: { sv: 'Grön', en: 'Green' },
  gul: { sv: 'Gul', en: 'Yellow' },
  röd: { sv: 'Röd', en: 'Red' },
};

export function suggestedStatusLabel(status: SuggestedStatus): Localized {
  return LABELS[status];
}

function days(n: number, lang: 'sv' | 'en'): string {
  if (lang === 'sv') return n === 1 ? '1 dag' : `${n} dagar`;
  return n === 1 ? '1 day' : `${n} days`;
}

function list(items: readonly string[], lang: 'sv' | 'en'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${lang === 'sv' ? 'och' : 'and'} ${items[items.length - 1]}`;
}

/** Why the suggestion is what it is, in both languages. Dates stay ISO in both. */
export function describeSuggestion(s: StatusSuggestion): Localized {
  const r = s.reason;
  switch (r.code) {
    case 'finished':
      return { sv: `Markerad som ${r.status}.`, en: `Marked as ${r.status}.` };
    case 'reportedLate':
      return { sv: 'Ansvarig har rapporterat den som försenad.', en: 'The person responsible reported it as delayed.' };
    case 'overdue': {
      const guessed = r.precision === 'härledd';
      return {
        sv: `Klart senast ${r.due}${guessed ? ' (härlett från planåret)' : ''} har passerat för ${days(r.daysLate, 'sv')} sedan.`,
        en: `The deadline ${r.due}${guessed ? ' (derived from the plan year)' : ''} passed ${days(r.daysLate, 'en')} ago.`,
      };
    }
    case 'missedFollowUp':
      return {
        sv: `Ingen statusuppdatering för ${list(r.checkpoints, 'sv')}.`,
        en: `No status update for ${list(r.checkpoints, 'en')}.`,
      };
    case 'behindSchedule':
      return {
        sv: `Andel klart ${r.progress}% mot förväntat ${r.expected}% vid jämn takt.`,
        en: `${r.progress}% done against ${r.expected}% expected at an even pace.`,
      };
    case 'notStarted':
      return { sv: `Inte påbörjad fast ${r.elapsedPercent}% av tiden har gått.`, en: `Not started although ${r.elapsedPercent}% of the time has gone.` };
    case 'dueSoon':
      return { sv: `Klart senast ${r.due}, om ${days(r.daysLeft, 'sv')}.`, en: `Due ${r.due}, in ${days(r.daysLeft, 'en')}.` };
    case 'onTrack':
      return { sv: `Klart senast ${r.due}; inget tyder på försening.`, en: `Due ${r.due}; nothing suggests a delay.` };
  }
}
