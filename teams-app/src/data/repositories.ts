// The repositories the tab and the chat service use. Each is the generic repository plus the
// queries those callers need, built only from the OData builder.

import type { SPFI } from '@pnp/sp';
import {
  actionItems,
  controls,
  plans,
  projects,
  risks,
  statusUpdates,
  type ControlStatus,
  type ItemStatus,
  type ListItem,
  type TargetKind,
} from '../../../shared/lists';
import { createRepository, type ListQuery, type Repository } from './repository';

export type ActionItem = ListItem<typeof actionItems>;
export type Plan = ListItem<typeof plans>;
export type Project = ListItem<typeof projects>;
export type Control = ListItem<typeof controls>;
export type Risk = ListItem<typeof risks>;
export type StatusUpdate = ListItem<typeof statusUpdates>;

export interface DateRange {
  /** YYYY-MM-DD, inclusive. */
  readonly from?: string;
  readonly to?: string;
}

export interface ActionItemRepository extends Repository<typeof actionItems> {
  inPlan(planId: number, query?: ListQuery<typeof actionItems>): Promise<ActionItem[]>;
  ownedBy(userId: number, query?: ListQuery<typeof actionItems>): Promise<ActionItem[]>;
  withStatus(statuses: readonly ItemStatus[], query?: ListQuery<typeof actionItems>): Promise<ActionItem[]>;
  dueBetween(range: DateRange, query?: ListQuery<typeof actionItems>): Promise<ActionItem[]>;
  /** Title contains the text (SharePoint compares case-insensitively). */
  search(text: string, query?: ListQuery<typeof actionItems>): Promise<ActionItem[]>;
}

export interface PlanRepository extends Repository<typeof plans> {
  forYear(year: number): Promise<Plan[]>;
}

export interface ProjectRepository extends Repository<typeof projects> {
  ledBy(userId: number): Promise<Project[]>;
  endingBetween(range: DateRange): Promise<Project[]>;
}

export interface ControlRepository extends Repository<typeof controls> {
  forYear(year: number): Promise<Control[]>;
  withStatus(statuses: readonly ControlStatus[]): Promise<Control[]>;
  forRisk(riskId: number): Promise<Control[]>;
}

export interface RiskRepository extends Repository<typeof risks> {
  /** RV at least this value (RV ≥ 12 must be in the IKP, RV ≥ 9 needs åtgärder). */
  withRiskValueAtLeast(minimum: number, year?: number): Promise<Risk[]>;
}

export interface StatusUpdateRepository extends Repository<typeof statusUpdates> {
  /** Posts about one target, newest first. */
  forTarget(kind: TargetKind, id: number, query?: Pick<ListQuery<typeof statusUpdates>, 'limit' | 'pageSize'>): Promise<StatusUpdate[]>;
  byTeamsMessageId(teamsMessageId: string): Promise<StatusUpdate | undefined>;
}

export interface Repositories {
  readonly actionItems: ActionItemRepository;
  readonly plans: PlanRepository;
  readonly projects: ProjectRepository;
  readonly controls: ControlRepository;
  readonly risks: RiskRepository;
  readonly statusUpdates: StatusUpdateRepository;
}

/** Combines a caller's own `where` with the helper's condition. */
function narrowed<S extends Parameters<typeof createRepository>[1]>(
  query: ListQuery<S> | undefined,
  extra: NonNullable<ListQuery<S>['where']>,
): ListQuery<S> {
  return { ...query, where: (f) => f.and(extra(f), query?.where?.(f)) };
}

export function createRepositories(sp: SPFI): Repositories {
  const a = createRepository(sp, actionItems);
  const p = createRepository(sp, plans);
  const pr = createRepository(sp, projects);
  const c = createRepository(sp, controls);
  const r = createRepository(sp, risks);
  const s = createRepository(sp, statusUpdates);
  const lookupByKind = { Åtgärd: 'actionItem', Projekt: 'project', Kontroll: 'control' } as const;

  return {
    actionItems: {
      ...a,
      inPlan: (planId, query) => a.list(narrowed(query, (f) => f.lookupId('plan', planId))),
      ownedBy: (userId, query) => a.list(narrowed(query, (f) => f.lookupId('ownerPersons', userId))),
      withStatus: (statuses, query) => a.list(narrowed(query, (f) => f.oneOf('status', statuses))),
      dueBetween: (range, query) => a.list(narrowed(query, (f) => f.between('dueDate', range.from, range.to))),
      search: (text, query) => a.list(narrowed(query, (f) => f.substringOf('Title', text))),
    },
    plans: {
      ...p,
      forYear: (year) => p.list({ where: (f) => f.eq('planYear', year) }),
    },
    projects: {
      ...pr,
      ledBy: (userId) => pr.list({ where: (f) => f.lookupId('projectLead', userId) }),
      endingBetween: (range) => pr.list({ where: (f) => f.between('endDate', range.from, range.to) }),
    },
    controls: {
      ...c,
      forYear: (year) => c.list({ where: (f) => f.eq('ikpYear', year) }),
      withStatus: (statuses) => c.list({ where: (f) => f.oneOf('status', statuses) }),
      forRisk: (riskId) => c.list({ where: (f) => f.lookupId('risk', riskId) }),
    },
    risks: {
      ...r,
      withRiskValueAtLeast: (minimum, year) =>
        r.list({ where: (f) => f.and(f.ge('riskvarde', minimum), year === undefined ? undefined : f.eq('vorYear', year)) }),
    },
    statusUpdates: {
      ...s,
      forTarget: (kind, id, query) =>
        s.list({ ...query, where: (f) => f.lookupId(lookupByKind[kind], id), orderBy: [['postedAt', 'desc'], ['Id', 'desc']] }),
      byTeamsMessageId: async (teamsMessageId) =>
        (await s.list({ where: (f) => f.eq('teamsMessageId', teamsMessageId), limit: 1 }))[0],
    },
  };
}
