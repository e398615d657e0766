// The two things the chat can do with a status form, whichever way it was reached (bot command,
// list card, message extension): open it for an item, and submit it. Both end in a card; the
// handlers only decide how Teams receives that card.

import type { SPFI } from '@pnp/sp';
import type { IAdaptiveCard } from '@microsoft/teams.cards';
import { parseTargetRef, draftFromForm, formatTargetRef, stockholmDate, type TargetRef } from '../../../shared/lists/status-form';
import type { Localized } from '../../../shared/locale';
import { confirmationCard, noticeCard } from '../cards/result-cards';
import { statusFormCard, type StatusFormNotice } from '../cards/status-form-card';
import type { TargetSummary } from '../cards/target-summary';
import { TEXTS } from '../cards/texts';
import type { Lang } from '../cards/card-kit';
import { httpStatusOf } from '../data/errors';
import { postStatus, StatusLogIncompleteError, type PostStatusResult } from '../data/post-status';
import type { StatusUpdate } from '../data/repositories';
import type { ChatUser } from './identity';
import { postPermission, type TargetDirectory } from './targets';

export interface StatusFlowDeps {
  /** The bot's own SharePoint access (app identity in production, a local token here). */
  readonly sp: SPFI;
  readonly directory: TargetDirectory;
  readonly now: () => Date;
  readonly newId: () => string;
  readonly log: (line: string) => void;
  /**
   * Attempts of a whole post when SharePoint still throttles after the data layer's own retries.
   * Safe to repeat: a post carries its form's key, so SharePoint's unique index lets one row in.
   */
  readonly postAttempts?: number;
  /** Wait before attempt n+1 is n times this. */
  readonly postRetryDelayMs?: number;
}

export type FormMode = 'chat' | 'dialog';

export type SubmitOutcome =
  /** The post is saved (now, or by an earlier submit of the same form): a read-only confirmation. */
  | { readonly kind: 'saved'; readonly card: IAdaptiveCard; readonly result: 'posted' | 'duplicate' }
  /** The form again, with what went wrong (invalid input, a newer version, SharePoint busy). */
  | { readonly kind: 'form'; readonly card: IAdaptiveCard; readonly reason: 'invalid' | 'conflict' | 'transient' }
  /** A card that ends the flow: refused, gone, failed. */
  | { readonly kind: 'notice'; readonly card: IAdaptiveCard; readonly reason: 'forbidden' | 'not-found' | 'error' }
  /** The submit did not carry what a status form sends (no item reference). */
  | { readonly kind: 'malformed'; readonly message: Localized };

const FORM_ID = /^[A-Za-z0-9_-]{8,100}$/;

function notFoundCard(lang: Lang, ref: string): IAdaptiveCard {
  return noticeCard({
    lang,
    title: TEXTS.notFoundTitle,
    lines: [
      {
        sv: `Det finns ingen åtgärd, inget projekt och ingen kontroll med id "${ref}". Kontrollera id:t (t.ex. VBE2021-03) eller skriv "mina åtgärder".`,
        en: `There is no action item, project or control with id "${ref}". Check the id (e.g. VBE2021-03) or write "mina åtgärder".`,
      },
    ],
    style: 'warning',
  });
}

function refusalCard(lang: Lang, reason: Localized): IAdaptiveCard {
  return noticeCard({
    lang,
    title: TEXTS.notAllowedTitle,
    lines: [reason, { sv: 'Ingenting har sparats.', en: 'Nothing was saved.' }],
  });
}

/** The card for a failure that is not the person's: SharePoint busy (try again) or anything else. */
export function errorCard(lang: Lang, error?: unknown): IAdaptiveCard {
  if (error !== undefined && isTransient(error)) return noticeCard({ lang, title: TEXTS.transientTitle, lines: [TEXTS.busyHint], style: 'warning' });
  return noticeCard({ lang, title: TEXTS.errorTitle, lines: [TEXTS.errorHint] });
}

function defaultYear(deps: StatusFlowDeps): number {
  return Number(stockholmDate(deps.now()).slice(0, 4));
}

/** The form for an item, or why the person cannot have it. */
export async function openStatusForm(
  deps: StatusFlowDeps,
  who: ChatUser,
  target: TargetRef | string,
  lang: Lang,
  mode: FormMode,
): Promise<{ kind: 'form' | 'notice'; card: IAdaptiveCard }> {
  const found = await withRetry(deps, 'open status form', () =>
    typeof target === 'string' ? deps.directory.findByExternalId(target) : deps.directory.find(target),
  );
  if (!found) return { kind: 'notice', card: notFoundCard(lang, typeof target === 'string' ? target : formatTargetRef(target)) };
  const permission = postPermission(who.user, found);
  if (!permission.ok) return { kind: 'notice', card: refusalCard(lang, permission.reason) };
  return {
    kind: 'form',
    card: statusFormCard({ summary: found.summary, lang, formId: deps.newId(), mode, defaultYear: defaultYear(deps) }),
  };
}

export function isTransient(error: unknown): boolean {
  if (error instanceof StatusLogIncompleteError) return true;
  const status = httpStatusOf(error);
  if (status === 429 || status === 503 || status === 504) return true;
  // fetch() itself failed (refused, reset). A read is safe to repeat, and so is a post: its key
  // lets SharePoint's unique index refuse a second row if the first attempt did get through.
  return error instanceof TypeError && /fetch failed/i.test(error.message);
}

/**
 * Runs `work` again when SharePoint still throttles after the data layer's own retries. Only for
 * work that is safe to repeat: reads, and posts (a post carries its form's key, so SharePoint's
 * unique index lets one row in however often it is sent).
 */
async function withRetry<T>(deps: StatusFlowDeps, label: string, work: () => Promise<T>): Promise<T> {
  const attempts = Math.max(1, deps.postAttempts ?? 3);
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (!isTransient(error) || attempt >= attempts) throw error;
      deps.log(`${label}: attempt ${attempt} failed (${(error as Error).message}); retrying`);
      await new Promise((r) => setTimeout(r, (deps.postRetryDelayMs ?? 200) * attempt));
    }
  }
}

/** A stand-in when even the item cannot be read: the form still keeps what the person typed. */
function summaryStub(ref: TargetRef, etag: string): TargetSummary {
  return {
    ref,
    externalId: null,
    title: formatTargetRef(ref),
    status: null,
    owner: null,
    ownerText: null,
    due: null,
    latestStatusComment: null,
    latestStatusAt: null,
    ownerIds: [],
    etag,
  };
}

export interface SubmitRequest {
  readonly who: ChatUser;
  /** The action's data with the inputs merged in, as Teams sends it. */
  readonly data: Readonly<Record<string, unknown>>;
  /** The invoke's activity id: the key when a card carries no form id. */
  readonly activityId: string;
  readonly lang: Lang;
  readonly mode: FormMode;
}

/**
 * Which submissions are "the same": a form id minted into the card when it was made (so a double
 * click, or Teams retrying the invoke, is one post), else the activity id (Teams' retries of one
 * invoke carry the same id).
 */
export function submissionKey(data: Readonly<Record<string, unknown>>, activityId: string): string {
  const formId = data['formId'];
  return typeof formId === 'string' && FORM_ID.test(formId) ? `card:${formId}` : `activity:${activityId}`;
}

function savedPost(row: StatusUpdate) {
  return {
    status: row.status,
    comment: row.comment,
    reportingPoint: row.reportingPoint,
    reportingYear: row.reportingYear,
    progressPercent: row.progressPercent,
    resultat: row.resultat,
    postedAt: row.postedAt,
  };
}

export async function submitStatusForm(deps: StatusFlowDeps, request: SubmitRequest): Promise<SubmitOutcome> {
  const { who, data, lang, mode } = request;
  const ref = parseTargetRef(data['target']);
  if (!ref) {
    return {
      kind: 'malformed',
      message: {
        sv: 'Kortet saknar uppgift om vilken post statusen gäller. Öppna ett nytt statuskort och försök igen.',
        en: 'The card does not say which item the status is about. Open a new status card and try again.',
      },
    };
  }
  const formId = typeof data['formId'] === 'string' && FORM_ID.test(data['formId']) ? data['formId'] : deps.newId();
  const etag = typeof data['etag'] === 'string' && data['etag'].trim() !== '' ? data['etag'] : undefined;
  const key = submissionKey(data, request.activityId);

  const reshow = async (reason: 'invalid' | 'conflict' | 'transient', extra: { problems?: Parameters<typeof statusFormCard>[0]['problems']; notice?: StatusFormNotice; etag?: string }) => {
    let summary: TargetSummary;
    try {
      const found = await deps.directory.find(ref);
      if (!found) return { kind: 'notice', card: notFoundCard(lang, formatTargetRef(ref)), reason: 'not-found' } as const;
      summary = found.summary;
    } catch (error) {
      if (reason !== 'transient') throw error;
      summary = summaryStub(ref, etag ?? '');
    }
    const card = statusFormCard({
      summary,
      lang,
      formId,
      mode,
      defaultYear: defaultYear(deps),
      values: data,
      etag: extra.etag ?? etag ?? summary.etag,
      ...(extra.problems ? { problems: extra.problems } : {}),
      ...(extra.notice ? { notice: extra.notice } : {}),
    });
    return { kind: 'form', card, reason } as const;
  };

  let result: PostStatusResult;
  try {
    result = await withRetry(deps, `status post ${key}`, () =>
      postStatus(deps.sp, {
        user: who.user,
        draft: draftFromForm(ref, data),
        channel: 'Teams-chatt',
        teamsMessageId: key,
        now: deps.now,
        ...(etag ? { expectedETag: etag } : {}),
      }),
    );
  } catch (error) {
    if (isTransient(error)) {
      deps.log(`status post ${key}: SharePoint busy after retries: ${(error as Error).message}`);
      return reshow('transient', { notice: { lines: [TEXTS.transientTitle, TEXTS.transientHint], style: 'warning' } });
    }
    deps.log(`status post ${key} failed: ${(error as Error).stack ?? String(error)}`);
    return { kind: 'notice', card: errorCard(lang), reason: 'error' };
  }

  switch (result.kind) {
    case 'posted':
      return {
        kind: 'saved',
        result: 'posted',
        card: confirmationCard({
          lang,
          target: { externalId: (result.target as { externalId?: string }).externalId ?? null, title: result.target.Title },
          post: savedPost(result.statusUpdate),
          postedBy: who.name,
        }),
      };
    case 'duplicate': {
      if (!result.statusUpdate) {
        return { kind: 'saved', result: 'duplicate', card: noticeCard({ lang, title: TEXTS.posted, lines: [TEXTS.alreadySaved], style: 'good' }) };
      }
      const row = result.statusUpdate;
      const [postedBy, found] = await Promise.all([deps.directory.userName(row.postedById), deps.directory.find(ref)]);
      return {
        kind: 'saved',
        result: 'duplicate',
        card: confirmationCard({
          lang,
          target: found?.summary ?? { externalId: null, title: row.Title },
          post: savedPost(row),
          postedBy: postedBy ?? `#${row.postedById}`,
          alreadySaved: true,
        }),
      };
    }
    case 'invalid':
      return reshow('invalid', { problems: result.problems, notice: { lines: [TEXTS.invalidTitle], style: 'attention' } });
    case 'forbidden':
      return { kind: 'notice', card: refusalCard(lang, result.reason), reason: 'forbidden' };
    case 'not-found':
      return { kind: 'notice', card: notFoundCard(lang, formatTargetRef(ref)), reason: 'not-found' };
    case 'conflict':
      return reshow('conflict', { etag: result.current.etag, notice: { lines: [TEXTS.conflictTitle, result.reason, TEXTS.conflictHint], style: 'warning' } });
  }
}
