// Items as the tab shows them: Åtgärder, Kontroller and Projekt in one shape, each with its
// deadline, check-points, next follow-up, suggested status and the text a search looks through.
// Built once per load (and per post): filtering and sorting only read what is computed here.

import type { Localized } from '../../../../shared/locale';
import {
  CONTROL_STATUSES,
  deadlineFromText,
  deadlineOf,
  followUpSchedule,
  isFinished,
  isLate,
  ITEM_STATUSES,
  missedFollowUps,
  nextFollowUp,
  scheduleYears,
  suggestStatus,
  type Checkpoint,
  type Deadline,
  type FollowUpCalendar,
  type StatusSuggestion,
  type TargetKind,
} from '../../../../shared/lists';
import type { ActionItem, Control, Project, StatusUpdate } from '../../data/repositories';
import type { TabData } from './tab-data';

export interface PlanRef {
  readonly key: string;
  readonly title: Localized;
  readonly type: string;
}

export interface SourceRef {
  readonly document: string | null;
  readonly seedFile: string | null;
  readonly line: number | null;
  readonly raw: string | null;
}

/** A column shown in the detail panel: its list and internal name give the label. */
export interface DetailField {
  readonly list: 'ActionItems' | 'Controls' | 'Projects';
  readonly name: string;
  readonly value: string;
}

export interface ProjectFacts {
  readonly budgetSek: number | null;
  readonly cofinancingSek: number | null;
  readonly startDate: string | null;
  readonly endDate: string | null;
  readonly financingCategory: string;
  readonly role: string;
  readonly departments: readonly string[];
  readonly lifecycle: string;
}

export interface TabRow {
  readonly key: string;
  readonly kind: TargetKind;
  readonly id: number;
  readonly etag: string;
  readonly externalId: string;
  /** The externalId in natural order ("KRIM-5" before "KRIM-10"), compared as a plain string. */
  readonly sortId: string;
  readonly title: string;
  readonly fullText: string;
  /** The status a person set. */
  readonly status: string;
  readonly plan: PlanRef;
  /** Who is responsible, for display: people if known, else the source's words. */
  readonly ownerText: string | null;
  /** Names, roles and units the "ansvarig" filter matches. */
  readonly owners: readonly string[];
  readonly ownerIds: readonly number[];
  readonly deadline: Deadline;
  /** The words the deadline was read from. */
  readonly deadlineText: string | null;
  readonly followUpText: string | null;
  readonly schedule: readonly Checkpoint[];
  readonly reported: ReadonlySet<string>;
  readonly next: Checkpoint | undefined;
  readonly missed: readonly Checkpoint[];
  readonly progressPercent: number | null;
  readonly suggestion: StatusSuggestion | undefined;
  readonly late: boolean;
  readonly years: readonly number[];
  readonly latestComment: string | null;
  readonly latestAt: string | null;
  readonly source: SourceRef | null;
  /** The list item the row shows, for the detail panel's columns. */
  readonly item: ActionItem | Control | Project;
  readonly project: ProjectFacts | null;
  /** What a free-text search looks through; lower-cased on first use (`haystackOf`). */
  readonly searchParts: readonly SearchPart[];
}

export interface BuildOptions {
  /** YYYY-MM-DD in Stockholm. */
  readonly today: string;
  readonly calendar: FollowUpCalendar;
}

export const PROJECT_POINTS = ['T1', 'T2', 'VB'] as const;
const NO_UPDATES: ReadonlySet<string> = new Set();

interface TargetPosts {
  reported: Set<string>;
  latest: StatusUpdate;
}

export function targetKeyOf(update: Pick<StatusUpdate, 'actionItemId' | 'projectId' | 'controlId'>): string | undefined {
  if (typeof update.actionItemId === 'number') return `Åtgärd:${update.actionItemId}`;
  if (typeof update.controlId === 'number') return `Kontroll:${update.controlId}`;
  if (typeof update.projectId === 'number') return `Projekt:${update.projectId}`;
  return undefined;
}

function newer(a: StatusUpdate, b: StatusUpdate): boolean {
  const at = a.postedAt ?? '';
  const bt = b.postedAt ?? '';
  return at > bt || (at === bt && a.Id > b.Id);
}

/** Per target: the check-points that have a post, and the newest post. */
export function indexStatusUpdates(updates: readonly StatusUpdate[]): Map<string, TargetPosts> {
  const index = new Map<string, TargetPosts>();
  for (const u of updates) {
    const key = targetKeyOf(u);
    if (!key) continue;
    let entry = index.get(key);
    if (!entry) index.set(key, (entry = { reported: new Set(), latest: u }));
    else if (newer(u, entry.latest)) entry.latest = u;
    if (u.reportingPoint && u.reportingPoint !== 'Löpande' && typeof u.reportingYear === 'number') {
      entry.reported.add(`${u.reportingPoint} ${u.reportingYear}`);
    }
  }
  return index;
}

function yearsBetween(from: number, to: number): number[] {
  const out: number[] = [];
  for (let y = Math.max(from, to - 14); y <= to; y++) out.push(y);
  return out;
}

export type SearchPart = string | null | undefined | readonly string[];

const haystacks = new WeakMap<TabRow, string>();

/**
 * The lower-case text a free-text search looks through. Made on first use rather than when the
 * rows are built: lower-casing every item's full text is the largest part of building 5 000 rows,
 * and nobody has typed a search yet when the list first shows.
 */
export function haystackOf(row: TabRow): string {
  let h = haystacks.get(row);
  if (h === undefined) {
    h = '';
    for (const p of row.searchParts) {
      if (typeof p === 'string') {
        if (p !== '') h += `${p}\n`;
      } else if (p) for (const q of p) h += `${q}\n`;
    }
    h = h.toLowerCase();
    haystacks.set(row, h);
  }
  return h;
}

/** "KRIM-5" sorts before "KRIM-10": digit runs padded, so plain string order is natural order. */
export function naturalKey(id: string): string {
  return id.toLowerCase().replace(/\d+/g, (d) => d.padStart(10, '0'));
}

/** Everything about an item's timing that items with the same deadline and follow-up points share. */
class Timing {
  readonly schedule: readonly Checkpoint[];
  private readonly unreported: { next: Checkpoint | undefined; missed: readonly Checkpoint[] };
  private readonly years = new Map<number | null, readonly number[]>();
  private readonly states = new Map<string, FollowUpState>();

  constructor(
    readonly deadline: Deadline,
    points: readonly string[],
    calendar: FollowUpCalendar,
    private readonly today: string,
  ) {
    this.schedule = followUpSchedule(points, scheduleYears(deadline), calendar);
    this.unreported = { next: nextFollowUp(this.schedule, NO_UPDATES, today), missed: missedFollowUps(this.schedule, NO_UPDATES, today) };
  }

  followUps(reported: ReadonlySet<string>): { next: Checkpoint | undefined; missed: readonly Checkpoint[] } {
    if (reported.size === 0) return this.unreported;
    return { next: nextFollowUp(this.schedule, reported, this.today), missed: missedFollowUps(this.schedule, reported, this.today) };
  }

  yearsWith(planYear: number | null): readonly number[] {
    let ys = this.years.get(planYear);
    if (!ys) {
      const set = new Set<number>(this.schedule.map((c) => c.year));
      if (planYear !== null) set.add(planYear);
      const d = this.deadline;
      if (d.due) for (const y of yearsBetween(Number((d.start ?? d.due).slice(0, 4)), Number(d.due.slice(0, 4)))) set.add(y);
      ys = [...set].sort((a, b) => a - b);
      this.years.set(planYear, ys);
    }
    return ys;
  }

  /** The follow-up state of an item without status posts: one shared object per status. */
  stateWithoutPosts(status: string, finished: boolean): FollowUpState {
    const key = `${status}|${finished}`;
    let state = this.states.get(key);
    if (!state) {
      const done = isFinished(status, finished);
      const missed = done ? NONE_MISSED : this.unreported.missed;
      state = {
        reported: NO_UPDATES,
        next: done ? undefined : this.unreported.next,
        missed,
        progressPercent: null,
        suggestion: suggestStatus({ status, finished, deadline: this.deadline, progressPercent: null, missed, today: this.today }),
      };
      this.states.set(key, state);
    }
    return state;
  }
}

interface FollowUpState {
  readonly reported: ReadonlySet<string>;
  readonly next: Checkpoint | undefined;
  readonly missed: readonly Checkpoint[];
  readonly progressPercent: number | null;
  readonly suggestion: StatusSuggestion | undefined;
}

const NONE_MISSED: readonly Checkpoint[] = Object.freeze([]);

export function buildRows(data: TabData, options: BuildOptions): TabRow[] {
  const { today, calendar } = options;
  const posts = indexStatusUpdates(data.statusUpdates);
  const plans = new Map(data.plans.map((p) => [p.Id, p]));
  const documents = new Map(data.documents.map((d) => [d.Id, d]));
  const versions = new Map(data.projectVersions.map((v) => [v.Id, v]));
  const name = (id: number) => data.userNames.get(id);
  const docTitle = (id: number | null | undefined) => (typeof id === 'number' ? (documents.get(id)?.Title ?? null) : null);

  // Most items share a handful of time texts and follow-up rhythms: each combination is worked
  // out once, which is what keeps 5 000 items as cheap as the nämnd's 176.
  const deadlines = new Map<string, Deadline>();
  const timings = new Map<string, Timing>();
  const timingFor = (deadlineKey: string, makeDeadline: () => Deadline, points: readonly string[]): Timing => {
    const key = `${deadlineKey}\u0001${points.join(',')}`;
    let t = timings.get(key);
    if (!t) {
      let d = deadlines.get(deadlineKey);
      if (!d) deadlines.set(deadlineKey, (d = makeDeadline()));
      timings.set(key, (t = new Timing(d, points, calendar, today)));
    }
    return t;
  };

  interface Common {
    readonly key: string;
    readonly status: string;
    readonly finished: boolean;
    readonly timing: Timing;
  }
  /** The follow-up state: shared for items without posts, worked out for those with. */
  /** The follow-up state: shared for items without posts, worked out for those with. */
  const followUp = (c: Common): FollowUpState => {
    const entry = posts.get(c.key);
    if (!entry) return c.timing.stateWithoutPosts(c.status, c.finished);
    const done = isFinished(c.status, c.finished);
    const { next, missed } = c.timing.followUps(entry.reported);
    const progressPercent = typeof entry.latest.progressPercent === 'number' ? entry.latest.progressPercent : null;
    const effectiveMissed = done ? NONE_MISSED : missed;
    return {
      reported: entry.reported,
      next: done ? undefined : next,
      missed: effectiveMissed,
      progressPercent,
      suggestion: suggestStatus({ status: c.status, finished: c.finished, deadline: c.timing.deadline, progressPercent, missed: effectiveMissed, today }),
    };
  };

  const planRefs = new Map<string, PlanRef>();
  const planRef = (key: string, title: string, type: string, en = title): PlanRef => {
    let ref = planRefs.get(key);
    if (!ref) planRefs.set(key, (ref = { key, title: { sv: title, en }, type }));
    return ref;
  };

  const rows: TabRow[] = [];

  for (const a of data.actionItems as readonly ActionItem[]) {
    const plan = typeof a.planId === 'number' ? plans.get(a.planId) : undefined;
    const timing = timingFor(
      `${a.timeframeText}\u0001${a.planYear}\u0001${a.dueDate}\u0001${a.dueDatePrecision}\u0001${a.sourceKind}\u0001${a.startDate}`,
      () => deadlineOf(a),
      a.followUpPoints,
    );
    const key = `Åtgärd:${a.Id}`;
    const persons = a.ownerPersonsId.length > 0 ? a.ownerPersonsId.map(name).filter((n): n is string => !!n) : [];
    const owners = persons.length === 0 && !a.ownerUnit ? a.ownerRoles : [...persons, ...a.ownerRoles, ...(a.ownerUnit ? [a.ownerUnit] : [])];
    const planTitle = plan?.Title ?? '–';
    const status = a.status;
    const state = followUp({ key, status, finished: false, timing });
    const full = a.activityText || a.Title;
    rows.push({
      key,
      kind: 'Åtgärd',
      id: a.Id,
      etag: a.etag,
      externalId: a.externalId,
      sortId: naturalKey(a.externalId),
      title: a.Title,
      fullText: full,
      status,
      plan: planRef(`plan:${a.planId}`, planTitle, a.planType),
      ownerText: persons.length > 0 ? persons.join(', ') : (a.ownerText ?? (a.ownerRoles.length > 0 ? a.ownerRoles.join(', ') : (a.ownerUnit ?? null))),
      owners,
      ownerIds: a.ownerPersonsId,
      deadline: timing.deadline,
      deadlineText: a.timeframeText,
      followUpText: a.followUpText ?? (a.followUpPoints.length > 0 ? a.followUpPoints.join(', ') : null),
      schedule: timing.schedule,
      reported: state.reported,
      next: state.next,
      missed: state.missed,
      progressPercent: state.progressPercent,
      suggestion: state.suggestion,
      late: isLate({ status, due: timing.deadline.due, today }),
      years: timing.yearsWith(a.planYear),
      latestComment: a.latestStatusComment,
      latestAt: a.latestStatusAt,
      source: { document: docTitle(a.sourceDocumentId), seedFile: a.seedFile, line: a.sourceLine, raw: a.sourceRaw },
      item: a,
      project: null,
      searchParts: [a.externalId, full, a.ownerText, persons, a.ownerRoles, planTitle, a.section, a.latestStatusComment],
    });
  }

  for (const c of data.controls as readonly Control[]) {
    const timing = timingFor(`IKP\u0001${c.ikpYear}`, () => deadlineFromText(String(c.ikpYear), c.ikpYear), c.followUpPoints);
    const key = `Kontroll:${c.Id}`;
    const person = typeof c.kontrollansvarigId === 'number' ? name(c.kontrollansvarigId) : undefined;
    const planTitle = `${c.planType} ${c.ikpYear}`;
    const full = c.systematiskKontroll ? `${c.kontrollaktivitet}\n\n${c.systematiskKontroll}` : c.kontrollaktivitet;
    const status = c.status;
    rows.push({
      key,
      kind: 'Kontroll',
      id: c.Id,
      etag: c.etag,
      externalId: c.externalId,
      sortId: naturalKey(c.externalId),
      title: c.Title,
      fullText: full || c.Title,
      status,
      plan: planRef(`ikp:${c.planType}:${c.ikpYear}`, planTitle, c.planType),
      ownerText: person ?? null,
      owners: person ? [person] : [],
      ownerIds: typeof c.kontrollansvarigId === 'number' ? [c.kontrollansvarigId] : [],
      deadline: timing.deadline,
      deadlineText: `IKP ${c.ikpYear}`,
      followUpText: c.followUpPoints.join(', ') || null,
      schedule: timing.schedule,
      ...followUp({ key, status, finished: false, timing }),
      late: isLate({ status, due: timing.deadline.due, today }),
      years: [c.ikpYear],
      latestComment: c.latestStatusComment,
      latestAt: c.latestStatusAt,
      source: { document: docTitle(c.sourceDocumentId), seedFile: c.seedFile, line: c.sourceLine, raw: c.sourceRaw },
      item: c,
      project: null,
      searchParts: [c.externalId, c.Title, full, c.process, c.arbetssatt, c.oonskadHandelse, person, planTitle, c.latestStatusComment],
    });
  }

  for (const p of data.projects as readonly Project[]) {
    const start = p.startDate;
    const end = p.endDate;
    const timing = timingFor(
      `PRJ\u0001${start}\u0001${end}`,
      () => (end ? { start: start && start <= end ? start : null, due: end, precision: null, basis: 'list', unreadableText: null } : deadlineFromText(null, null)),
      PROJECT_POINTS,
    );
    const key = `Projekt:${p.Id}`;
    const lead = typeof p.projectLeadId === 'number' ? name(p.projectLeadId) : undefined;
    const version = typeof p.latestVersionId === 'number' ? versions.get(p.latestVersionId) : undefined;
    const finished = p.status === 'Avslutat';
    const status = p.followUpStatus;
    rows.push({
      key,
      kind: 'Projekt',
      id: p.Id,
      etag: p.etag,
      externalId: p.externalId,
      sortId: naturalKey(p.externalId),
      title: p.Title,
      fullText: p.description || p.Title,
      status,
      plan: planRef('projekt', 'Projekt', 'Projekt', 'Projects'),
      ownerText: lead ?? (p.department.length > 0 ? p.department.join(', ') : null),
      owners: [...(lead ? [lead] : []), ...p.department],
      ownerIds: typeof p.projectLeadId === 'number' ? [p.projectLeadId] : [],
      deadline: timing.deadline,
      deadlineText: null,
      followUpText: null,
      schedule: timing.schedule,
      ...followUp({ key, status, finished, timing }),
      late: isLate({ status, finished, due: timing.deadline.due, today }),
      years: start && end ? yearsBetween(Number(start.slice(0, 4)), Number(end.slice(0, 4))) : end ? [Number(end.slice(0, 4))] : [],
      latestComment: p.latestStatusComment,
      latestAt: p.latestStatusAt,
      source: version ? { document: docTitle(version.sourceDocumentId), seedFile: version.seedFile, line: version.sourceLine, raw: version.sourceRaw } : null,
      item: p,
      project: {
        budgetSek: p.budgetSek,
        cofinancingSek: p.cofinancingSek,
        startDate: start,
        endDate: end,
        financingCategory: p.financingCategory,
        role: p.role,
        departments: p.department,
        lifecycle: p.status,
      },
      searchParts: [p.externalId, p.Title, p.description, p.aliases, p.department, p.financingCategory, lead, p.latestStatusComment],
    });
  }
  return rows;
}

function field(list: DetailField['list'], name: string, value: unknown): DetailField | undefined {
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return undefined;
  return { list, name, value: Array.isArray(value) ? value.join('; ') : String(value) };
}

/** The columns the detail panel lists for a row, worked out when the panel opens. */
export function detailFields(row: TabRow): DetailField[] {
  const out: (DetailField | undefined)[] = [];
  switch (row.kind) {
    case 'Åtgärd': {
      const a = row.item as ActionItem;
      for (const name of ['section', 'prioriteradUtgangspunkt', 'omrade', 'malOchNytta', 'vpMal', 'ownerText', 'ownerRoles', 'timeframeText', 'targetText', 'sourceStatus', 'sourceComment', 'dataQualityNote'] as const) {
        out.push(field('ActionItems', name, a[name]));
      }
      break;
    }
    case 'Kontroll': {
      const c = row.item as Control;
      for (const name of ['process', 'kfMal', 'arbetssatt', 'systematiskKontroll', 'oonskadHandelse', 'riskvarde', 'genomford', 'resultat', 'avvikelse', 'atgard', 'dataQualityNote'] as const) {
        out.push(field('Controls', name, c[name]));
      }
      break;
    }
    case 'Projekt': {
      const p = row.item as Project;
      for (const name of ['aliases', 'financingChannel', 'departmentDetail', 'dataQualityNote'] as const) out.push(field('Projects', name, p[name]));
      break;
    }
  }
  return out.filter((f): f is DetailField => f !== undefined);
}

/** The statuses a person may set on a row of this kind. */
export function statusesFor(kind: TargetKind): readonly string[] {
  return kind === 'Kontroll' ? CONTROL_STATUSES : ITEM_STATUSES;
}

export const STATUS_ORDER: readonly string[] = CONTROL_STATUSES;
export const SUGGESTION_ORDER: readonly string[] = ['röd', 'gul', 'grön'];
