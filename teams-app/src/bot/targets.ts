// The items a status can be about, as the bot looks them up: by the id people write in chat
// (externalId), by the reference a card carries (`Åtgärd:12`), by owner, and the delayed ones.
// Everything goes through the data layer's repositories; names of people are looked up once.

import type { SPFI } from '@pnp/sp';
import '@pnp/sp/site-users/web';
import {
  authorizeWrite,
  isManager,
  ownerIdsOf,
  STATUS_TARGETS,
  TARGET_KINDS,
  type NamndUser,
  type TargetKind,
} from '../../../shared/lists';
import { stockholmDate, type TargetRef } from '../../../shared/lists/status-form';
import type { Localized } from '../../../shared/locale';
import { targetSummary, type TargetSummary } from '../cards/target-summary';
import { createRepositories, type Repositories } from '../data/repositories';
import { httpStatusOf } from '../data/errors';

export interface FoundTarget {
  readonly summary: TargetSummary;
  /** The item JSON as the data layer returned it (for the authorization rule). */
  readonly item: Readonly<Record<string, unknown>>;
}

export interface TargetDirectory {
  find(ref: TargetRef): Promise<FoundTarget | undefined>;
  findByExternalId(externalId: string): Promise<FoundTarget | undefined>;
  /** Items whose responsible people include the user, open ones first. */
  ownedBy(userId: number): Promise<TargetSummary[]>;
  /** Reported as Försenad, or an action item past its due date and neither done nor dropped. */
  delayed(now: Date): Promise<TargetSummary[]>;
  /** What the message extension's picker offers: a manager any item, anyone else their own. */
  pickable(user: NamndUser): Promise<TargetSummary[]>;
  userName(id: number): Promise<string | undefined>;
}

const CLOSED = new Set(['Genomförd', 'Utgår']);

type AnyRepo = Repositories['actionItems'] | Repositories['projects'] | Repositories['controls'];

function repoFor(repos: Repositories, kind: TargetKind): AnyRepo {
  return { Åtgärd: repos.actionItems, Projekt: repos.projects, Kontroll: repos.controls }[kind];
}

/** Open items first, then by id as people write them. */
function byOpenThenId(a: TargetSummary, b: TargetSummary): number {
  const open = Number(CLOSED.has(a.status ?? '')) - Number(CLOSED.has(b.status ?? ''));
  return open !== 0 ? open : (a.externalId ?? '').localeCompare(b.externalId ?? '', 'sv');
}

export function createTargetDirectory(sp: SPFI): TargetDirectory {
  const repos = createRepositories(sp);
  const names = new Map<number, Promise<string | undefined>>();

  function userName(id: number): Promise<string | undefined> {
    let name = names.get(id);
    if (!name) {
      name = (sp.web.getUserById(id).select('Title')() as Promise<{ Title?: string }>).then(
        (u) => u.Title,
        (error: unknown) => {
          names.delete(id);
          if (httpStatusOf(error) === 404) return undefined;
          throw error;
        },
      );
      names.set(id, name);
    }
    return name;
  }

  async function summarize(kind: TargetKind, item: Readonly<Record<string, unknown>>): Promise<FoundTarget> {
    const ids = ownerIdsOf(STATUS_TARGETS[kind], item);
    const ownerNames = (await Promise.all(ids.map(userName))).filter((n): n is string => n !== undefined);
    return { summary: targetSummary({ kind, id: Number(item['Id']) }, item, ownerNames), item };
  }

  async function summaries(kind: TargetKind, items: readonly object[]): Promise<TargetSummary[]> {
    return Promise.all(items.map(async (i) => (await summarize(kind, i as Record<string, unknown>)).summary));
  }

  return {
    async find(ref) {
      const item = await repoFor(repos, ref.kind).get(ref.id);
      return item ? summarize(ref.kind, item as unknown as Record<string, unknown>) : undefined;
    },
    async findByExternalId(externalId) {
      const hits = await Promise.all(TARGET_KINDS.map(async (kind) => ({ kind, item: await repoFor(repos, kind).getByExternalId(externalId) })));
      const hit = hits.find((h) => h.item !== undefined);
      return hit ? summarize(hit.kind, hit.item as unknown as Record<string, unknown>) : undefined;
    },
    async ownedBy(userId) {
      const [actions, projects, controls] = await Promise.all([
        repos.actionItems.ownedBy(userId),
        repos.projects.ledBy(userId),
        repos.controls.list({ where: (f) => f.lookupId('kontrollansvarig', userId) }),
      ]);
      const all = [
        ...(await summaries('Åtgärd', actions)),
        ...(await summaries('Projekt', projects)),
        ...(await summaries('Kontroll', controls)),
      ];
      return all.sort(byOpenThenId);
    },
    async delayed(now) {
      const today = stockholmDate(now);
      const [reportedActions, overdueActions, projects, controls] = await Promise.all([
        repos.actionItems.withStatus(['Försenad']),
        repos.actionItems.list({ where: (f) => f.and(f.lt('dueDate', today), f.not(f.oneOf('status', [...CLOSED]))) }),
        repos.projects.list({ where: (f) => f.eq('followUpStatus', 'Försenad') }),
        repos.controls.withStatus(['Försenad']),
      ]);
      const actions = [...new Map([...reportedActions, ...overdueActions].map((a) => [a.Id, a])).values()];
      const all = [
        ...(await summaries('Åtgärd', actions)),
        ...(await summaries('Projekt', projects)),
        ...(await summaries('Kontroll', controls)),
      ];
      // The most overdue first: that is what a manager asking "försenade" looks for.
      return all.sort((a, b) => (a.due ?? '9999').localeCompare(b.due ?? '9999') || (a.externalId ?? '').localeCompare(b.externalId ?? '', 'sv'));
    },
    async pickable(user) {
      if (!isManager(user)) return this.ownedBy(user.id);
      const [actions, projects, controls] = await Promise.all([repos.actionItems.list(), repos.projects.list(), repos.controls.list()]);
      const all = [
        ...(await summaries('Åtgärd', actions)),
        ...(await summaries('Projekt', projects)),
        ...(await summaries('Kontroll', controls)),
      ];
      return all.sort(byOpenThenId);
    },
    userName,
  };
}

/** May this person post on this item? The reason is the shared rule's own Swedish/English text. */
export function postPermission(user: NamndUser, found: FoundTarget): { ok: true } | { ok: false; reason: Localized } {
  const target = STATUS_TARGETS[found.summary.ref.kind];
  return authorizeWrite({
    user,
    list: 'StatusUpdates',
    op: 'create',
    after: { [`${target.lookup}Id`]: found.summary.ref.id, postedById: user.id },
    target: found.item,
  });
}

export function canPost(user: NamndUser, summary: TargetSummary): boolean {
  return isManager(user) || summary.ownerIds.includes(user.id);
}
