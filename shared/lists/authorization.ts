// Who may change what. One function, used twice: the local list service calls it from its write
// hook, and the data layer calls it before writing to SharePoint Online (where the bot writes with
// an app identity, so SharePoint's own permissions cannot tell the Teams user apart).

import type { Localized } from '../locale';
import { idsIn, ownerIdsOf, STATUS_TARGETS, statusRowTarget, statusTargetForList, type StatusTarget } from './status-targets';

/**
 * The SharePoint group whose members administer the nämnd's lists: they may edit plan and source
 * data and post on any item. The site's own Owners group (`isSiteOwner`, whatever the tenant named
 * it) and site collection admins count as managers too.
 */
export const MANAGER_GROUP = 'Nämndstöd Ägare';

/** A person as the site knows them; the local list service's SiteUser has this shape. */
export interface NamndUser {
  /** The user's id in the site's user list: what person columns (`<field>Id`) hold. */
  readonly id: number;
  readonly title?: string;
  readonly loginName?: string;
  readonly email?: string;
  readonly isSiteAdmin?: boolean;
  /** A member of the site's associated Owners group ("<site> Ägare" on a Swedish tenant). */
  readonly isSiteOwner?: boolean;
  /** SharePoint group names. */
  readonly groups: readonly string[];
}

export type WriteOp = 'create' | 'update' | 'delete';

export interface WriteRequest {
  readonly user: NamndUser | null | undefined;
  /** The list's internal name, or the list as the local service describes it (`url: 'Lists/<name>'`). */
  readonly list: string | { readonly url: string };
  readonly op: WriteOp;
  /** The stored item before the write (update/delete), as item JSON. */
  readonly before?: Readonly<Record<string, unknown>> | null;
  /** The item after the write, or just the changed fields (create/update), as item JSON. */
  readonly after?: Readonly<Record<string, unknown>> | null;
  /**
   * For a new Statusuppdateringar row: the item it is about, as stored. Use `statusRowTarget(after)`
   * to find which one to load. Without it only a manager may post.
   */
  readonly target?: Readonly<Record<string, unknown>> | null;
}

export type WriteDecision = { readonly ok: true } | { readonly ok: false; readonly reason: Localized };

const ALLOW: WriteDecision = { ok: true };
const deny = (sv: string, en: string): WriteDecision => ({ ok: false, reason: { sv, en } });

export function isManager(user: NamndUser | null | undefined): boolean {
  return !!user && (user.isSiteAdmin === true || user.isSiteOwner === true || user.groups.includes(MANAGER_GROUP));
}

/** `'ActionItems'`, `{ url: 'Lists/ActionItems' }` or `{ url: '/sites/amn/Lists/ActionItems' }` → `'ActionItems'`. */
export function listNameOf(list: WriteRequest['list']): string {
  if (typeof list === 'string') return list;
  return list.url.replace(/\/+$/, '').split('/').pop() ?? '';
}

/** Keys SharePoint maintains itself; they may appear in a stored item but are never "changed" by a user. */
const SYSTEM_KEYS = new Set([
  'Id',
  'ID',
  'GUID',
  'Created',
  'Modified',
  'AuthorId',
  'EditorId',
  'Attachments',
  'FileSystemObjectType',
  'ContentTypeId',
  'ServerRedirectedEmbedUri',
  'ServerRedirectedEmbedUrl',
  'OData__UIVersionString',
  'ComplianceAssetId',
  'etag',
  '__metadata',
]);

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if ((a === null || a === undefined) && (b === null || b === undefined)) return true;
  const ai = listValues(a);
  const bi = listValues(b);
  if (ai && bi) return ai.length === bi.length && ai.every((v, i) => v === bi[i]);
  return false;
}

function listValues(v: unknown): unknown[] | undefined {
  if (Array.isArray(v)) return v;
  if (typeof v === 'object' && v !== null && Array.isArray((v as { results?: unknown }).results)) return (v as { results: unknown[] }).results;
  return undefined;
}

/** The columns a write changes. `after` may be the whole item or only the patch. */
export function changedKeys(before: Readonly<Record<string, unknown>> | null | undefined, after: Readonly<Record<string, unknown>> | null | undefined): string[] {
  if (!after) return [];
  return Object.keys(after).filter(
    (k) => !SYSTEM_KEYS.has(k) && !k.startsWith('odata.') && !k.startsWith('@odata') && !sameValue(after[k], before?.[k]),
  );
}

function ownerKeys(target: StatusTarget): string[] {
  return target.ownerFields.map((f) => `${f}Id`);
}

const NOT_SIGNED_IN = deny('Du är inte inloggad, så ändringen kan inte sparas.', 'You are not signed in, so the change cannot be saved.');

export function authorizeWrite(request: WriteRequest): WriteDecision {
  const { user, op, before, after } = request;
  const list = listNameOf(request.list);
  if (!user || !Number.isSafeInteger(user.id)) return NOT_SIGNED_IN;
  if (isManager(user)) return ALLOW;

  if (list === 'StatusUpdates') return authorizeStatusRow(user, op, after, request.target);

  const target = statusTargetForList(list);
  if (!target) {
    return deny(
      'Bara nämndens administratörer får ändra i den här listan.',
      "Only the nämnd's administrators may change this list.",
    );
  }
  if (op !== 'update') {
    return deny(
      `Bara nämndens administratörer får ${op === 'create' ? 'lägga till' : 'ta bort'} poster i den här listan.`,
      `Only the nämnd's administrators may ${op === 'create' ? 'add' : 'delete'} items in this list.`,
    );
  }
  if (!ownerIdsOf(target, before).includes(user.id)) return notResponsible(target);

  const planFields = changedKeys(before, after).filter((k) => !target.statusFields.includes(k));
  if (planFields.length > 0) {
    return deny(
      `Som ansvarig får du bara uppdatera status och kommentar. Bara nämndens administratörer får ändra ${planFields.join(', ')}.`,
      `As the responsible person you may only update status and comment. Only the nämnd's administrators may change ${planFields.join(', ')}.`,
    );
  }
  return ALLOW;
}

function notResponsible(target: StatusTarget): WriteDecision {
  const what = { Åtgärd: ['åtgärden', 'action item'], Projekt: ['projektet', 'project'], Kontroll: ['kontrollen', 'control'] }[target.kind];
  return deny(
    `Du är inte ansvarig för ${what[0]} och får därför inte uppdatera dess status.`,
    `You are not responsible for this ${what[1]}, so you may not update its status.`,
  );
}

function authorizeStatusRow(
  user: NamndUser,
  op: WriteOp,
  after: Readonly<Record<string, unknown>> | null | undefined,
  targetItem: Readonly<Record<string, unknown>> | null | undefined,
): WriteDecision {
  if (op !== 'create') {
    return deny(
      'En statuspost kan inte ändras eller tas bort i efterhand; skriv en ny post i stället.',
      'A status post cannot be changed or deleted afterwards; write a new post instead.',
    );
  }
  const ref = statusRowTarget(after);
  if (!ref) {
    return deny(
      'Statusposten måste gälla exakt en åtgärd, ett projekt eller en kontroll.',
      'The status post must be about exactly one action item, project or control.',
    );
  }
  const postedBy = idsIn(after?.['postedById']);
  if (postedBy.length !== 1 || postedBy[0] !== user.id) {
    return deny('Du kan bara posta status i ditt eget namn.', 'You can only post a status in your own name.');
  }
  if (!targetItem) return notResponsible(ref.target);
  if (typeof targetItem['Id'] === 'number' && targetItem['Id'] !== ref.id) {
    return deny('Statusposten pekar på en annan post än den som kontrollerades.', 'The status post points at a different item than the one checked.');
  }
  return ownerIdsOf(ref.target, targetItem).includes(user.id) ? ALLOW : notResponsible(ref.target);
}

/** The status columns an owner may change on an item of this list (empty when none). */
export function statusFieldsOf(list: string): readonly string[] {
  return statusTargetForList(list)?.statusFields ?? [];
}

/** Owner id keys per target list, for a write hook that loads only what it needs. */
export const OWNER_KEYS: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  Object.values(STATUS_TARGETS).map((t) => [t.list, ownerKeys(t)]),
);
