// A status post, validated once for both the Teams tab and the chat card: the same input gives the
// same Swedish/English messages in both places, and only a validated post reaches the data layer.

import type { Localized } from '../locale';
import { toSpDateTime } from './date-only';
import { STATUS_TARGETS, type StatusTarget } from './status-targets';
import {
  CONTROL_STATUSES,
  ITEM_STATUSES,
  REPORTING_POINTS,
  TARGET_KINDS,
  type ControlStatus,
  type ReportingPoint,
  type StatusChannel,
  type TargetKind,
} from './vocabulary';

export const COMMENT_MAX_LENGTH = 2000;
export const REPORTING_YEAR_MIN = 2000;
export const REPORTING_YEAR_MAX = 2100;

/** What the tab form or the chat card submits; numbers may arrive as text from card inputs. */
export interface StatusPostDraft {
  readonly actionItemId?: number | string | null;
  readonly projectId?: number | string | null;
  readonly controlId?: number | string | null;
  readonly status?: string | null;
  readonly comment?: string | null;
  readonly reportingPoint?: string | null;
  readonly reportingYear?: number | string | null;
  readonly progressPercent?: number | string | null;
  /** Controls only: "Beskrivning och resultat av kontrollaktivitet". */
  readonly resultat?: string | null;
}

export interface StatusPost {
  readonly target: { readonly kind: TargetKind; readonly id: number };
  readonly status: ControlStatus;
  readonly comment: string;
  readonly reportingPoint: ReportingPoint;
  readonly reportingYear: number;
  readonly progressPercent: number | null;
  readonly resultat: string | null;
}

export type StatusPostField = 'target' | 'status' | 'comment' | 'reportingPoint' | 'reportingYear' | 'progressPercent' | 'resultat';

export interface FieldProblem extends Localized {
  readonly field: StatusPostField;
}

export type StatusPostResult = { readonly ok: true; readonly post: StatusPost } | { readonly ok: false; readonly problems: readonly FieldProblem[] };

const TARGET_DRAFT_KEYS: Readonly<Record<TargetKind, 'actionItemId' | 'projectId' | 'controlId'>> = {
  Åtgärd: 'actionItemId',
  Projekt: 'projectId',
  Kontroll: 'controlId',
};

function present(value: unknown): boolean {
  return value !== undefined && value !== null && !(typeof value === 'string' && value.trim() === '');
}

function wholeNumber(value: number | string): number | undefined {
  const n = typeof value === 'number' ? value : /^\s*-?\d+\s*$/.test(value) ? Number(value) : Number.NaN;
  return Number.isSafeInteger(n) ? n : undefined;
}

/** Length as people count it (code points), so an emoji is one character, not two. */
export function characterCount(text: string): number {
  return [...text].length;
}

export function validateStatusPost(draft: StatusPostDraft): StatusPostResult {
  const problems: FieldProblem[] = [];
  const problem = (field: StatusPostField, sv: string, en: string) => problems.push({ field, sv, en });

  const targets = TARGET_KINDS.filter((k) => present(draft[TARGET_DRAFT_KEYS[k]]));
  let target: StatusPost['target'] | undefined;
  if (targets.length !== 1) {
    problem(
      'target',
      targets.length === 0
        ? 'Välj vilken åtgärd, vilket projekt eller vilken kontroll statusen gäller.'
        : 'En status kan bara gälla en sak: välj en åtgärd, ett projekt eller en kontroll.',
      targets.length === 0
        ? 'Choose the action item, project or control the status is about.'
        : 'A status can be about one thing only: choose one action item, project or control.',
    );
  } else {
    const kind = targets[0]!;
    const id = wholeNumber(draft[TARGET_DRAFT_KEYS[kind]] as number | string);
    if (id === undefined || id < 1) problem('target', 'Målet har ett ogiltigt id.', 'The target has an invalid id.');
    else target = { kind, id };
  }

  const statusText = typeof draft.status === 'string' ? draft.status.trim() : '';
  let status: ControlStatus | undefined;
  if (statusText === '') {
    problem('status', 'Välj en status.', 'Choose a status.');
  } else if (!(CONTROL_STATUSES as readonly string[]).includes(statusText)) {
    problem(
      'status',
      `Okänd status "${statusText}". Välj en av: ${ITEM_STATUSES.join(', ')}.`,
      `Unknown status "${statusText}". Choose one of: ${ITEM_STATUSES.join(', ')}.`,
    );
  } else if (target && !STATUS_TARGETS[target.kind].statuses.includes(statusText)) {
    problem('status', `Status "${statusText}" gäller bara kontroller.`, `Status "${statusText}" applies to controls only.`);
  } else {
    status = statusText as ControlStatus;
  }

  const comment = typeof draft.comment === 'string' ? draft.comment.trim() : '';
  if (comment === '') {
    problem('comment', 'Skriv en kommentar som beskriver läget.', 'Write a comment describing the current state.');
  } else if (characterCount(comment) > COMMENT_MAX_LENGTH) {
    problem(
      'comment',
      `Kommentaren får vara högst ${COMMENT_MAX_LENGTH} tecken (nu ${characterCount(comment)}).`,
      `The comment may be at most ${COMMENT_MAX_LENGTH} characters (now ${characterCount(comment)}).`,
    );
  }

  let reportingPoint: ReportingPoint = 'Löpande';
  if (present(draft.reportingPoint)) {
    const rp = String(draft.reportingPoint).trim();
    if ((REPORTING_POINTS as readonly string[]).includes(rp)) reportingPoint = rp as ReportingPoint;
    else {
      problem(
        'reportingPoint',
        `Okänt uppföljningstillfälle "${rp}". Välj T1, T2, VB eller Löpande.`,
        `Unknown reporting point "${rp}". Choose T1, T2, VB or Löpande.`,
      );
    }
  }

  let reportingYear: number | undefined;
  if (!present(draft.reportingYear)) {
    problem('reportingYear', 'Ange vilket år statusen gäller.', 'Give the year the status applies to.');
  } else {
    const y = wholeNumber(draft.reportingYear as number | string);
    if (y === undefined || y < REPORTING_YEAR_MIN || y > REPORTING_YEAR_MAX) {
      problem(
        'reportingYear',
        `Året måste vara ett heltal mellan ${REPORTING_YEAR_MIN} och ${REPORTING_YEAR_MAX}.`,
        `The year must be a whole number between ${REPORTING_YEAR_MIN} and ${REPORTING_YEAR_MAX}.`,
      );
    } else reportingYear = y;
  }

  let progressPercent: number | null = null;
  if (present(draft.progressPercent)) {
    const p = wholeNumber(draft.progressPercent as number | string);
    if (p === undefined || p < 0 || p > 100) {
      problem('progressPercent', 'Andel klart anges som ett heltal 0–100.', 'Progress is a whole number from 0 to 100.');
    } else progressPercent = p;
  }

  let resultat: string | null = null;
  if (present(draft.resultat)) {
    const r = String(draft.resultat).trim();
    if (target && target.kind !== 'Kontroll') {
      problem('resultat', 'Resultat anges bara för kontroller.', 'A result is given for controls only.');
    } else if (characterCount(r) > COMMENT_MAX_LENGTH) {
      problem(
        'resultat',
        `Resultatet får vara högst ${COMMENT_MAX_LENGTH} tecken.`,
        `The result may be at most ${COMMENT_MAX_LENGTH} characters.`,
      );
    } else resultat = r;
  }

  if (problems.length > 0 || !target || !status || reportingYear === undefined) {
    return { ok: false, problems };
  }
  return { ok: true, post: { target, status, comment, reportingPoint, reportingYear, progressPercent, resultat } };
}

export function targetOf(post: StatusPost): StatusTarget {
  return STATUS_TARGETS[post.target.kind];
}

/** "VBE2021-03 · T2 2021 · Pågår" */
export function statusTitle(post: StatusPost, targetExternalId: string | null): string {
  const point = post.reportingPoint === 'Löpande' ? `Löpande ${post.reportingYear}` : `${post.reportingPoint} ${post.reportingYear}`;
  return [targetExternalId ?? `${post.target.kind} ${post.target.id}`, point, post.status].join(' · ');
}

export interface StatusRowContext {
  readonly postedById: number;
  readonly postedAt: Date;
  readonly channel: StatusChannel;
  readonly externalId: string;
  readonly targetExternalId: string | null;
  readonly teamsMessageId?: string | null;
  readonly targetETag?: string | null;
}

/** The Statusuppdateringar row for a validated post (SharePoint item JSON keys). */
export function statusRow(post: StatusPost, ctx: StatusRowContext): Record<string, unknown> {
  const target = targetOf(post);
  return {
    Title: statusTitle(post, ctx.targetExternalId),
    externalId: ctx.externalId,
    targetKind: post.target.kind,
    [`${target.lookup}Id`]: post.target.id,
    status: post.status,
    comment: post.comment,
    reportingPoint: post.reportingPoint,
    reportingYear: post.reportingYear,
    progressPercent: post.progressPercent,
    resultat: post.resultat,
    postedById: ctx.postedById,
    postedAt: toSpDateTime(ctx.postedAt),
    channel: ctx.channel,
    teamsMessageId: ctx.teamsMessageId ?? null,
    targetETag: ctx.targetETag ?? null,
  };
}

const GENOMFORD: Readonly<Record<string, string>> = { Genomförd: 'Genomförd', 'Ej genomförd': 'Ej genomförd', Pågår: 'Pågår' };

/** The change a post makes to its target: only the target's status columns. */
export function statusPatch(post: StatusPost, postedAt: Date): Record<string, unknown> {
  const target = targetOf(post);
  const patch: Record<string, unknown> = {
    [target.statusField]: post.status,
    latestStatusComment: post.comment,
    latestStatusAt: toSpDateTime(postedAt),
  };
  if (post.target.kind === 'Kontroll') {
    const g = GENOMFORD[post.status];
    if (g) patch['genomford'] = g;
    if (post.resultat !== null) patch['resultat'] = post.resultat;
  }
  return patch;
}

/** The dedupe key of a chat submission; SharePoint's unique index on externalId enforces it. */
export function externalIdForMessage(teamsMessageId: string): string {
  return `msg:${teamsMessageId}`;
}
