// Posting a status: validate (shared) → authorize (shared) → update the target's status columns
// with the ETag that was read → add the Statusuppdateringar row.
//
// The target is written first on purpose: if someone else changed it in between, SharePoint
// answers 412 and nothing at all has been written, so the person sees the newer values and
// decides. Writing the log row first would leave a post behind for a status that never applied.
// The row's externalId is unique (`msg:<teamsMessageId>` for chat), so a retried submit that
// reaches the row step again is refused by SharePoint itself and reported as a duplicate.

import type { SPFI } from '@pnp/sp';
import {
  authorizeWrite,
  externalIdForMessage,
  STATUS_TARGETS,
  statusPatch,
  statusRow,
  validateStatusPost,
  type FieldProblem,
  type ListSchema,
  type NamndUser,
  type StatusChannel,
  type StatusPost,
  type StatusPostDraft,
  type StatusTarget,
} from '../../../shared/lists';
import type { Localized } from '../../../shared/locale';
import { httpStatusOf, spHttpError } from './errors';
import { createRepositories, type ActionItem, type Control, type Project, type Repositories, type StatusUpdate } from './repositories';
import type { Repository } from './repository';

export type TargetItem = ActionItem | Project | Control;

/** The target's status as someone else left it, for the conflict message. */
export interface CurrentStatus {
  readonly status: string | null;
  readonly latestStatusComment: string | null;
  readonly latestStatusAt: string | null;
  readonly modified: string | null;
  readonly etag: string;
}

export type PostStatusResult =
  | { readonly kind: 'posted'; readonly statusUpdate: StatusUpdate; readonly target: TargetItem }
  | { readonly kind: 'duplicate'; readonly statusUpdate: StatusUpdate | undefined; readonly reason: Localized }
  | { readonly kind: 'invalid'; readonly problems: readonly FieldProblem[] }
  | { readonly kind: 'forbidden'; readonly reason: Localized }
  | { readonly kind: 'not-found'; readonly reason: Localized }
  | { readonly kind: 'conflict'; readonly current: CurrentStatus; readonly reason: Localized };

export interface PostStatusRequest {
  readonly user: NamndUser;
  readonly draft: StatusPostDraft;
  readonly channel: StatusChannel;
  /** The ETag of the target as the person saw it (card/form). Without it, the ETag read here is used. */
  readonly expectedETag?: string;
  /** The chat message/activity id; a second submit with the same id writes nothing. */
  readonly teamsMessageId?: string;
  /** For the tab: an id made when the form opens, so a resubmitted form is recognised the same way. */
  readonly clientRequestId?: string;
  readonly now?: () => Date;
  /** Makes `post:<id>` keys for posts without a Teams message id. */
  readonly newId?: () => string;
}

const MAX_MESSAGE_ID_LENGTH = 200;
/** An entity tag as HTTP writes it (`"3"`, `W/"3"`): what a card or form may carry as the version it saw. */
const ENTITY_TAG = /^(W\/)?"[\x21\x23-\x7e]*"$/;

function currentStatusOf(target: StatusTarget, item: Readonly<Record<string, unknown>>): CurrentStatus {
  const str = (k: string) => (typeof item[k] === 'string' ? (item[k] as string) : null);
  return {
    status: str(target.statusField),
    latestStatusComment: str('latestStatusComment'),
    latestStatusAt: str('latestStatusAt'),
    modified: str('Modified'),
    etag: String(item['etag']),
  };
}

function conflictReason(current: CurrentStatus): Localized {
  const who = current.latestStatusAt ? ` (${current.latestStatusAt.slice(0, 10)})` : '';
  return {
    sv: `Någon annan har uppdaterat posten sedan du öppnade den${who}. Nu gäller status "${current.status ?? '–'}" med kommentaren "${current.latestStatusComment ?? ''}". Läs den och skicka din uppdatering igen om den fortfarande stämmer.`,
    en: `Someone else updated the item since you opened it${who}. It now has status "${current.status ?? '–'}" with the comment "${current.latestStatusComment ?? ''}". Read it and send your update again if it still applies.`,
  };
}

const DUPLICATE: Localized = {
  sv: 'Den här statusuppdateringen är redan sparad.',
  en: 'This status update has already been saved.',
};

function notFound(target: StatusTarget, id: number): Localized {
  const what = { Åtgärd: ['Åtgärden', 'action item'], Projekt: ['Projektet', 'project'], Kontroll: ['Kontrollen', 'control'] }[target.kind];
  return { sv: `${what[0]} (id ${id}) finns inte längre.`, en: `The ${what[1]} (id ${id}) no longer exists.` };
}

function defaultId(): string {
  return globalThis.crypto.randomUUID();
}

export async function postStatus(sp: SPFI, request: PostStatusRequest): Promise<PostStatusResult> {
  const validation = validateStatusPost(request.draft);
  if (!validation.ok) return { kind: 'invalid', problems: validation.problems };
  const post = validation.post;
  const target = STATUS_TARGETS[post.target.kind];

  const messageId = request.teamsMessageId?.trim();
  const clientId = request.clientRequestId?.trim();
  for (const id of [messageId, clientId]) {
    if (id !== undefined && (id === '' || id.length > MAX_MESSAGE_ID_LENGTH)) {
      return { kind: 'invalid', problems: [{ field: 'target', sv: 'Ogiltigt meddelande-id.', en: 'Invalid message id.' }] };
    }
  }
  // The version comes back from a card's data, where anything can arrive; it becomes an If-Match
  // header, which fetch cannot send with 'Ā' in it and the repository refuses as '*'.
  if (request.expectedETag !== undefined && !ENTITY_TAG.test(request.expectedETag)) {
    return {
      kind: 'invalid',
      problems: [
        {
          field: 'target',
          sv: 'Kortets version av posten är ogiltig. Öppna posten igen och skicka på nytt.',
          en: 'The item version the card carries is not valid. Open the item again and send once more.',
        },
      ],
    };
  }
  const externalId = messageId ? externalIdForMessage(messageId) : clientId ? `req:${clientId}` : `post:${(request.newId ?? defaultId)()}`;
  /** A key the caller will send again on a retry; without one every submit is a new post. */
  const retryKey = messageId ?? clientId;

  const repos = createRepositories(sp);
  if (retryKey) {
    const existing = await repos.statusUpdates.getByExternalId(externalId);
    if (existing) return { kind: 'duplicate', statusUpdate: existing, reason: DUPLICATE };
  }

  const targetRepo = createRepositoryFor(repos, target);
  const item = await targetRepo.get(post.target.id);
  if (!item) return { kind: 'not-found', reason: notFound(target, post.target.id) };
  const itemJson = item as unknown as Record<string, unknown>;

  const postedAt = (request.now ?? (() => new Date()))();
  const patch = statusPatch(post, postedAt);
  const row = statusRow(post, {
    postedById: request.user.id,
    postedAt,
    channel: request.channel,
    externalId,
    targetExternalId: typeof itemJson['externalId'] === 'string' ? (itemJson['externalId'] as string) : null,
    teamsMessageId: messageId ?? null,
    targetETag: request.expectedETag ?? item.etag,
  });

  for (const decision of [
    authorizeWrite({ user: request.user, list: 'StatusUpdates', op: 'create', after: row, target: itemJson }),
    authorizeWrite({ user: request.user, list: target.list, op: 'update', before: itemJson, after: patch }),
  ]) {
    if (!decision.ok) return { kind: 'forbidden', reason: decision.reason };
  }

  const etag = request.expectedETag ?? item.etag;
  let newEtag: string;
  try {
    newEtag = (await targetRepo.update(post.target.id, patch as Parameters<typeof targetRepo.update>[1], etag)).etag;
  } catch (error) {
    const status = httpStatusOf(error);
    if (status === 404) return { kind: 'not-found', reason: notFound(target, post.target.id) };
    if (status === 403) return { kind: 'forbidden', reason: await refusedBySharePoint(error) };
    if (status !== 412) throw error;
    const fresh = await targetRepo.get(post.target.id);
    if (!fresh) return { kind: 'not-found', reason: notFound(target, post.target.id) };
    // A retried submit whose first attempt already applied this very post. Whoever gets the row
    // in (the unique externalId decides) reports "posted"; everyone else "duplicate".
    if (retryKey && alreadyApplied(target, fresh as unknown as Record<string, unknown>, post)) {
      const statusUpdate = await addRow(repos.statusUpdates, row);
      if (statusUpdate) return { kind: 'posted', statusUpdate, target: fresh as unknown as TargetItem };
      return { kind: 'duplicate', statusUpdate: await repos.statusUpdates.getByExternalId(externalId), reason: DUPLICATE };
    }
    const current = currentStatusOf(target, fresh as unknown as Record<string, unknown>);
    return { kind: 'conflict', current, reason: conflictReason(current) };
  }

  let statusUpdate: StatusUpdate | undefined;
  try {
    statusUpdate = await addRow(repos.statusUpdates, row);
  } catch (error) {
    throw new StatusLogIncompleteError(error, retryKey !== undefined);
  }
  if (!statusUpdate) {
    // Another submit with the same message id won the race between our check and our write.
    return { kind: 'duplicate', statusUpdate: await repos.statusUpdates.getByExternalId(externalId), reason: DUPLICATE };
  }
  const updated = ((await targetRepo.get(post.target.id)) ?? { ...item, ...patch, etag: newEtag }) as unknown as TargetItem;
  return { kind: 'posted', statusUpdate, target: updated };
}

/**
 * The item got the new status but its Statusuppdateringar row could not be written (the service
 * failed after retries). Sending the same post again with the same message/request id completes it.
 */
export class StatusLogIncompleteError extends Error {
  readonly reason: Localized;
  constructor(
    override readonly cause: unknown,
    retryable: boolean,
  ) {
    super(`The status was saved on the item, but its log row could not be written: ${(cause as Error)?.message ?? String(cause)}`);
    this.name = 'StatusLogIncompleteError';
    this.reason = retryable
      ? { sv: 'Statusen sparades på posten men loggraden kunde inte skrivas. Skicka igen för att slutföra.', en: 'The status was saved on the item but its log row could not be written. Send again to complete it.' }
      : { sv: 'Statusen sparades på posten men loggraden kunde inte skrivas.', en: 'The status was saved on the item but its log row could not be written.' };
  }
}

async function refusedBySharePoint(error: unknown): Promise<Localized> {
  const detail = (await spHttpError(error))?.message ?? '';
  return {
    sv: `SharePoint nekade ändringen${detail ? ` (${detail})` : ''}.`,
    en: `SharePoint refused the change${detail ? ` (${detail})` : ''}.`,
  };
}

function alreadyApplied(target: StatusTarget, item: Readonly<Record<string, unknown>>, post: StatusPost): boolean {
  return item[target.statusField] === post.status && item['latestStatusComment'] === post.comment;
}

/** Adds the row; undefined when SharePoint's unique index says it exists already. */
async function addRow(repo: Repositories['statusUpdates'], row: Record<string, unknown>): Promise<StatusUpdate | undefined> {
  try {
    return await repo.add(row as Parameters<typeof repo.add>[0]);
  } catch (error) {
    const status = httpStatusOf(error);
    if (status === 409) return undefined;
    throw error;
  }
}

function createRepositoryFor(repos: Repositories, target: StatusTarget): Repository<ListSchema> {
  const byList = { ActionItems: repos.actionItems, Projects: repos.projects, Controls: repos.controls } as const;
  return byList[target.list] as unknown as Repository<ListSchema>;
}
