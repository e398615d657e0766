// Items as the tab shows them: Åtgärder, Kontroller and Projekt in one shape, each with its
// deadline, check-points, next follow-up, suggested status and the text a search looks through.
// Built once per load (and per post): filtering and sorting only read what is computed here.

import type { Localized, PeriodPrecision } from '../../../../shared/locale';
import { ITEM_STATUSES, CONTROL_STATUSES, type TargetKind } from '../../../../shared/lists';
import type { FollowUpCalendar } from '../../../../shared/lists/follow-up-calendar';
import {
  deadlineFromText,
  deadlineOf,
  followUpSchedule,
  missedFollowUps,
  nextFollowUp,
  scheduleYears,
  checkpointKey,
  type Checkpoint,
  type Deadline,
} from '../../../../shared/lists/follow-up';
import { isFinished, isLate, suggestStatus, SUGGESTED_STATUSES, type StatusSuggestion } from '../../../../shared/lists/follow-up-status';
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
  readonly fields: readonly DetailField[];
  readonly project: ProjectFacts | null;
  /** Lower-case text a free-text search looks through. */
  readonly haystack: string;
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

function memo<K, V>(make: (key: K) => V): (key: K) => V {
  const cache = new Map<K, V>();
  return (key) => {
    let v = cache.get(key);
    if (v === undefined && !cache.has(key)) cache.set(key, (v = make(key)));
    return v as V;
  };
}

function yearsBetween(from: number, to: number): number[] {
  const out: number[] = [];
  for (let y = Math.max(from, to - 14); y <= to; y++) out.push(y);
  return out;
}

function text(...parts: (string | null | undefined | readonly string[])[]): string {
  return parts
    .flat()
    .filter((p): p is string => typeof p === 'string' && p !== '')
    .join('\n')
    .toLowerCase();
}

function field(list: DetailField['list'], name: string, value: unknown): DetailField | undefined {
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return undefined;
  return { list, name, value: Array.isArray(value) ? value.join('; ') : String(value) };
}

export function buildRows(data: TabData, options: BuildOptions): TabRow[] {
  const { today, calendar } = options;
  const posts = indexStatusUpdates(data.statusUpdates);
  const plans = new Map(data.plans.map((p) => [p.Id, p]));
  const documents = new Map(data.documents.map((d) => [d.Id, d]));
  const versions = new Map(data.projectVersions.map((v) => [v.Id, v]));
  const name = (id: number) => data.userNames.get(id);
  const docTitle = (id: number | null | undefined) => (typeof id === 'number' ? (documents.get(id)?.Title ?? null) : null);

  // Most items share a handful of time texts and follow-up rhythms: parse each combination once.
  const deadlineFor = memo((k: string) => {
    const [t, py, due, prec, kind, start] = JSON.parse(k) as [string | null, number | null, string | null, string | null, string | null, string | null];
    return deadlineOf({ timeframeText: t, planYear: py, dueDate: due, dueDatePrecision: prec, sourceKind: kind, startDate: start });
  });
  const scheduleFor = memo((k: string) => {
    const [points, from, to] = JSON.parse(k) as [string[], number | null, number | null];
    return followUpSchedule(points, from === null || to === null ? undefined : { from, to }, calendar);
  });
  const schedule = (points: readonly string[], deadline: Pick<Deadline, 'start' | 'due'>) => {
    const years = scheduleYears(deadline);
    return scheduleFor(JSON.stringify([points, years?.from ?? null, years?.to ?? null]));
  };

  const finish = (
    base: Omit<TabRow, 'reported' | 'next' | 'missed' | 'progressPercent' | 'suggestion' | 'late' | 'haystack' | 'latestComment' | 'latestAt'> & {
      readonly latestComment: string | null;
      readonly latestAt: string | null;
      readonly finished?: boolean;
      readonly searchable: string;
    },
  ): TabRow => {
    const entry = posts.get(base.key);
    const reported = entry?.reported ?? NO_UPDATES;
    const missed = isFinished(base.status, base.finished) ? [] : missedFollowUps(base.schedule, reported, today);
    const progressPercent = typeof entry?.latest.progressPercent === 'number' ? entry.latest.progressPercent : null;
    const { finished, searchable, ...row } = base;
    return {
      ...row,
      reported,
      next: isFinished(base.status, finished) ? undefined : nextFollowUp(base.schedule, reported, today),
      missed,
      progressPercent,
      suggestion: suggestStatus({ status: base.status, finished, deadline: base.deadline, progressPercent, missed, today }),
      late: isLate({ status: base.status, finished, due: base.deadline.due, today }),
      haystack: searchable,
    };
  };

  const rows: TabRow[] = [];

  for (const a of data.actionItems as readonly ActionItem[]) {
    const plan = typeof a.planId === 'number' ? plans.get(a.planId) : undefined;
    const deadline = deadlineFor(JSON.stringify([a.timeframeText, a.planYear, a.dueDate, a.dueDatePrecision, a.sourceKind, a.startDate]));
    const sched = schedule(a.followUpPoints, deadline);
    const persons = a.ownerPersonsId.map(name).filter((n): n is string => !!n);
    const owners = [...persons, ...a.ownerRoles, ...(a.ownerUnit ? [a.ownerUnit] : [])];
    const years = new Set<number>(sched.map((c) => c.year));
    if (typeof a.planYear === 'number') years.add(a.planYear);
    if (deadline.due) for (const y of yearsBetween(Number((deadline.start ?? deadline.due).slice(0, 4)), Number(deadline.due.slice(0, 4)))) years.add(y);
    const planTitle = plan?.Title ?? '–';
    rows.push(
      finish({
        key: `Åtgärd:${a.Id}`,
        kind: 'Åtgärd',
        id: a.Id,
        etag: a.etag,
        externalId: a.externalId,
        title: a.Title,
        fullText: a.activityText || a.Title,
        status: a.status,
        plan: { key: `plan:${a.planId}`, title: { sv: planTitle, en: planTitle }, type: a.planType },
        ownerText: persons.length > 0 ? persons.join(', ') : (a.ownerText ?? (a.ownerRoles.length > 0 ? a.ownerRoles.join(', ') : (a.ownerUnit ?? null))),
        owners,
        ownerIds: a.ownerPersonsId,
        deadline,
        deadlineText: a.timeframeText,
        followUpText: a.followUpText ?? (a.followUpPoints.length > 0 ? a.followUpPoints.join(', ') : null),
        schedule: sched,
        years: [...years].sort((x, y) => x - y),
        latestComment: a.latestStatusComment,
        latestAt: a.latestStatusAt,
        source: { document: docTitle(a.sourceDocumentId), seedFile: a.seedFile, line: a.sourceLine, raw: a.sourceRaw },
        fields: [
          field('ActionItems', 'section', a.section),
          field('ActionItems', 'prioriteradUtgangspunkt', a.prioriteradUtgangspunkt),
          field('ActionItems', 'omrade', a.omrade),
          field('ActionItems', 'malOchNytta', a.malOchNytta),
          field('ActionItems', 'vpMal', a.vpMal),
          field('ActionItems', 'ownerText', a.ownerText),
          field('ActionItems', 'ownerRoles', a.ownerRoles),
          field('ActionItems', 'timeframeText', a.timeframeText),
          field('ActionItems', 'targetText', a.targetText),
          field('ActionItems', 'sourceStatus', a.sourceStatus),
          field('ActionItems', 'sourceComment', a.sourceComment),
          field('ActionItems', 'dataQualityNote', a.dataQualityNote),
        ].filter((f): f is DetailField => !!f),
        project: null,
        searchable: text(a.externalId, a.activityText || a.Title, a.ownerText, owners, planTitle, a.latestStatusComment, a.section),
      }),
    );
  }

  for (const c of data.controls as readonly Control[]) {
    const deadline = deadlineFor(JSON.stringify([String(c.ikpYear), c.ikpYear, null, null, 'tabell', null]));
    const sched = schedule(c.followUpPoints, deadline);
    const person = typeof c.kontrollansvarigId === 'number' ? name(c.kontrollansvarigId) : undefined;
    const planTitle = `${c.planType} ${c.ikpYear}`;
    const full = [c.kontrollaktivitet, c.systematiskKontroll].filter(Boolean).join('\n\n');
    rows.push(
      finish({
        key: `Kontroll:${c.Id}`,
        kind: 'Kontroll',
        id: c.Id,
        etag: c.etag,
        externalId: c.externalId,
        title: c.Title,
        fullText: full || c.Title,
        status: c.status,
        plan: { key: `ikp:${c.planType}:${c.ikpYear}`, title: { sv: planTitle, en: planTitle }, type: c.planType },
        ownerText: person ?? null,
        owners: person ? [person] : [],
        ownerIds: typeof c.kontrollansvarigId === 'number' ? [c.kontrollansvarigId] : [],
        deadline,
        deadlineText: `IKP ${c.ikpYear}`,
        followUpText: c.followUpPoints.join(', ') || null,
        schedule: sched,
        years: [c.ikpYear],
        latestComment: c.latestStatusComment,
        latestAt: c.latestStatusAt,
        source: { document: docTitle(c.sourceDocumentId), seedFile: c.seedFile, line: c.sourceLine, raw: c.sourceRaw },
        fields: [
          field('Controls', 'process', c.process),
          field('Controls', 'kfMal', c.kfMal),
          field('Controls', 'arbetssatt', c.arbetssatt),
          field('Controls', 'systematiskKontroll', c.systematiskKontroll),
          field('Controls', 'oonskadHandelse', c.oonskadHandelse),
          field('Controls', 'riskvarde', c.riskvarde),
          field('Controls', 'genomford', c.genomford),
          field('Controls', 'resultat', c.resultat),
          field('Controls', 'avvikelse', c.avvikelse),
          field('Controls', 'atgard', c.atgard),
          field('Controls', 'dataQualityNote', c.dataQualityNote),
        ].filter((f): f is DetailField => !!f),
        project: null,
        searchable: text(c.externalId, c.Title, full, c.process, c.arbetssatt, c.oonskadHandelse, person, planTitle, c.latestStatusComment),
      }),
    );
  }

  for (const p of data.projects as readonly Project[]) {
    const start = p.startDate;
    const end = p.endDate;
    const deadline: Deadline = end
      ? { start: start && start <= end ? start : null, due: end, precision: null, basis: 'list', unreadableText: null }
      : deadlineFromText(null, null);
    const sched = schedule(PROJECT_POINTS, deadline);
    const lead = typeof p.projectLeadId === 'number' ? name(p.projectLeadId) : undefined;
    const version = typeof p.latestVersionId === 'number' ? versions.get(p.latestVersionId) : undefined;
    const years = start && end ? yearsBetween(Number(start.slice(0, 4)), Number(end.slice(0, 4))) : end ? [Number(end.slice(0, 4))] : [];
    rows.push(
      finish({
        key: `Projekt:${p.Id}`,
        kind: 'Projekt',
        id: p.Id,
        etag: p.etag,
        externalId: p.externalId,
        title: p.Title,
        fullText: p.description || p.Title,
        status: p.followUpStatus,
        finished: p.status === 'Avslutat',
        plan: { key: 'projekt', title: { sv: 'Projekt', en: 'Projects' }, type: 'Projekt' },
        ownerText: lead ?? (p.department.length > 0 ? p.department.join(', ') : null),
        owners: [...(lead ? [lead] : []), ...p.department],
        ownerIds: typeof p.projectLeadId === 'number' ? [p.projectLeadId] : [],
        deadline,
        deadlineText: null,
        followUpText: null,
        schedule: sched,
        years,
        latestComment: p.latestStatusComment,
        latestAt: p.latestStatusAt,
        source: version
          ? { document: docTitle(version.sourceDocumentId), seedFile: version.seedFile, line: version.sourceLine, raw: version.sourceRaw }
          : null,
        fields: [
          field('Projects', 'aliases', p.aliases),
          field('Projects', 'financingChannel', p.financingChannel),
          field('Projects', 'departmentDetail', p.departmentDetail),
          field('Projects', 'dataQualityNote', p.dataQualityNote),
        ].filter((f): f is DetailField => !!f),
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
        searchable: text(p.externalId, p.Title, p.description, p.aliases, p.department, p.financingCategory, lead, p.latestStatusComment),
      }),
    );
  }
  return rows;
}

/** The statuses a person may set on a row of this kind. */
export function statusesFor(kind: TargetKind): readonly string[] {
  return kind === 'Kontroll' ? CONTROL_STATUSES : ITEM_STATUSES;
}

export const STATUS_ORDER: readonly string[] = CONTROL_STATUSES;
export const SUGGESTION_ORDER: readonly string[] = ['röd', 'gul', 'grön'];
export { SUGGESTED_STATUSES, checkpointKey };
export type { Checkpoint, Deadline, PeriodPrecision };
