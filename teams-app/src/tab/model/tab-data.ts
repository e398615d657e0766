// Everything the tab shows, read once through the production data layer: the three kinds of
// items, the plans and documents they point at, every status post (to know which check-points
// have been reported), and the people behind the person columns.

import type { SPFI } from '@pnp/sp';
import '@pnp/sp/site-users/web';
import '@pnp/sp/site-groups/web';
import { projectVersions, sourceDocuments, statusUpdates, type ListItem, type NamndUser } from '../../../../shared/lists';
import { createRepositories, type ActionItem, type Control, type Plan, type Project, type StatusUpdate } from '../../data/repositories';
import { createRepository } from '../../data/repository';
import { currentNamndUser } from '../../data/users';

export type SourceDocument = ListItem<typeof sourceDocuments>;
export type ProjectVersion = ListItem<typeof projectVersions>;

export interface TabData {
  readonly actionItems: readonly ActionItem[];
  readonly controls: readonly Control[];
  readonly projects: readonly Project[];
  readonly plans: readonly Plan[];
  readonly documents: readonly SourceDocument[];
  /** Only the columns that locate a project's latest version in its report. */
  readonly projectVersions: readonly ProjectVersion[];
  /** Every post, without its text (the detail panel reads the history of one item when opened). */
  readonly statusUpdates: readonly StatusUpdate[];
  readonly userNames: ReadonlyMap<number, string>;
  readonly me: NamndUser;
}

/** Pages as large as SharePoint allows: the whole nämnd in a few requests. */
const PAGE = 5000;

export const STATUS_INDEX_FIELDS = [
  'targetKind',
  'actionItem',
  'project',
  'control',
  'status',
  'reportingPoint',
  'reportingYear',
  'progressPercent',
  'postedBy',
  'postedAt',
] as const;

/** The person using the tab, with what makes them a manager: the data layer's one reading of it. */
export function loadCurrentUser(sp: SPFI): Promise<NamndUser> {
  return currentNamndUser(sp);
}

export async function loadTabData(sp: SPFI): Promise<TabData> {
  const repos = createRepositories(sp);
  const page = { pageSize: PAGE };
  const [actionItems, controls, projects, plans, documents, versions, updates, users, me] = await Promise.all([
    repos.actionItems.list(page),
    repos.controls.list(page),
    repos.projects.list(page),
    repos.plans.list(page),
    createRepository(sp, sourceDocuments).list(page),
    createRepository(sp, projectVersions).list({ ...page, select: ['sourceDocument', 'seedFile', 'sourceLine', 'sourceRaw', 'docYear', 'docType'] }),
    createRepository(sp, statusUpdates).list({ ...page, select: STATUS_INDEX_FIELDS }),
    sp.web.siteUsers.select('Id', 'Title')() as Promise<{ Id: number; Title: string }[]>,
    loadCurrentUser(sp),
  ]);
  return {
    actionItems,
    controls,
    projects,
    plans,
    documents,
    projectVersions: versions,
    statusUpdates: updates,
    userNames: new Map(users.map((u) => [u.Id, u.Title])),
    me,
  };
}
