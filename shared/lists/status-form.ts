// The status form as data: which inputs a status post has, with labels, choices and limits read
// from the Statusuppdateringar schema and the target's vocabulary, and how the values a form
// sends back become a StatusPostDraft. The chat card is built from this, so a new choice in the
// vocabulary reaches the card without anyone editing card JSON.

import type { Localized } from '../locale';
import { stockholmOffsetHours } from './date-only';
import type { FieldSchema, ListSchema } from './schema';
import { actionItems } from './schemas/action-items';
import { controls } from './schemas/controls';
import { projects } from './schemas/projects';
import { statusUpdates } from './schemas/status-updates';
import { STATUS_TARGETS } from './status-targets';
import { COMMENT_MAX_LENGTH, REPORTING_YEAR_MAX, REPORTING_YEAR_MIN, type StatusPostDraft } from './status-update';
import type { TargetKind } from './vocabulary';

export type StatusFormInputId = 'status' | 'comment' | 'reportingPoint' | 'reportingYear' | 'progressPercent' | 'resultat';

export interface StatusFormInput {
  readonly id: StatusFormInputId;
  readonly label: Localized;
  readonly type: 'choice' | 'text' | 'number';
  readonly required: boolean;
  readonly choices?: readonly string[];
  readonly defaultValue?: string;
  readonly maxLength?: number;
  readonly multiline?: boolean;
  readonly min?: number;
  readonly max?: number;
}

/** The schema has Swedish display names only; these are the English ones for the same columns. */
const ENGLISH: Readonly<Record<string, string>> = {
  status: 'Status',
  comment: 'Comment',
  reportingPoint: 'Reporting point',
  reportingYear: 'Year',
  progressPercent: 'Progress (%)',
  resultat: 'Result (control)',
  Title: 'Title',
  externalId: 'Id',
  followUpStatus: 'Follow-up status',
  ownerText: 'Responsible (as in the source)',
  ownerPersons: 'Responsible people',
  projectLead: 'Project lead/contact',
  kontrollansvarig: 'Responsible for the control',
  dueDate: 'Due',
  endDate: 'Ends',
  latestStatusComment: 'Latest status comment',
  latestStatusAt: 'Last updated',
  postedBy: 'Posted by',
  postedAt: 'Posted',
};

function fieldOf(list: ListSchema, name: string): FieldSchema {
  const field = list.fields.find((f) => f.name === name);
  if (!field) throw new Error(`List ${list.name} has no field '${name}'`);
  return field;
}

function labelOf(list: ListSchema, name: string): Localized {
  return { sv: fieldOf(list, name).displayName, en: ENGLISH[name] ?? fieldOf(list, name).displayName };
}

/** A Statusuppdateringar column's label, for cards that show a saved post. */
export function statusUpdateLabel(name: string): Localized {
  return labelOf(statusUpdates, name);
}

function choicesOf(name: string): readonly string[] {
  const field = fieldOf(statusUpdates, name);
  if (field.kind !== 'Choice') throw new Error(`StatusUpdates.${name} is not a Choice column`);
  return field.choices;
}

/** The inputs of a status post about this kind of item, in the order the form shows them. */
export function statusFormInputs(kind: TargetKind): readonly StatusFormInput[] {
  const target = STATUS_TARGETS[kind];
  const listStatuses = choicesOf('status');
  const stray = target.statuses.filter((s) => !listStatuses.includes(s));
  if (stray.length > 0) throw new Error(`Statuses ${stray.join(', ')} are not choices of StatusUpdates.status`);
  const required = (name: string) => fieldOf(statusUpdates, name).required;
  const progress = fieldOf(statusUpdates, 'progressPercent');
  const reportingPoint = fieldOf(statusUpdates, 'reportingPoint');

  const inputs: StatusFormInput[] = [
    { id: 'status', label: labelOf(statusUpdates, 'status'), type: 'choice', required: required('status'), choices: target.statuses },
    {
      id: 'comment',
      label: labelOf(statusUpdates, 'comment'),
      type: 'text',
      required: required('comment'),
      maxLength: COMMENT_MAX_LENGTH,
      multiline: true,
    },
    {
      id: 'reportingPoint',
      label: labelOf(statusUpdates, 'reportingPoint'),
      type: 'choice',
      required: required('reportingPoint'),
      choices: choicesOf('reportingPoint'),
      ...(reportingPoint.kind === 'Choice' && reportingPoint.defaultValue !== undefined ? { defaultValue: reportingPoint.defaultValue } : {}),
    },
    {
      id: 'reportingYear',
      label: labelOf(statusUpdates, 'reportingYear'),
      type: 'number',
      required: required('reportingYear'),
      min: REPORTING_YEAR_MIN,
      max: REPORTING_YEAR_MAX,
    },
    {
      id: 'progressPercent',
      label: labelOf(statusUpdates, 'progressPercent'),
      type: 'number',
      required: required('progressPercent'),
      ...(progress.kind === 'Number' ? { min: progress.min ?? 0, max: progress.max ?? 100 } : {}),
    },
  ];
  if (target.statusFields.includes('resultat')) {
    inputs.push({
      id: 'resultat',
      label: labelOf(statusUpdates, 'resultat'),
      type: 'text',
      required: required('resultat'),
      maxLength: COMMENT_MAX_LENGTH,
      multiline: true,
    });
  }
  return inputs;
}

export interface TargetRef {
  readonly kind: TargetKind;
  readonly id: number;
}

/** `Åtgärd:12`: how a form names its item in card data (stable, and readable in logs). */
export function formatTargetRef(ref: TargetRef): string {
  return `${ref.kind}:${ref.id}`;
}

export function parseTargetRef(value: unknown): TargetRef | undefined {
  if (typeof value !== 'string') return undefined;
  const m = /^(Åtgärd|Projekt|Kontroll):([1-9]\d{0,9})$/.exec(value.normalize('NFC').trim());
  if (!m) return undefined;
  const id = Number(m[2]);
  return Number.isSafeInteger(id) ? { kind: m[1] as TargetKind, id } : undefined;
}

/**
 * A form value as the draft takes it. Card inputs arrive as strings (numbers as text, an untouched
 * optional input as ""); anything else is kept visible as text so validation names it instead of
 * treating it as missing.
 */
function draftValue(value: unknown): string | number | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string' || typeof value === 'number') return value;
  return JSON.stringify(value);
}

/** The values a status form sent back → the draft `validateStatusPost` checks. */
export function draftFromForm(target: TargetRef, values: Readonly<Record<string, unknown>>): StatusPostDraft {
  const key = { Åtgärd: 'actionItemId', Projekt: 'projectId', Kontroll: 'controlId' } as const;
  const draft: Record<string, string | number | null> = {
    [key[target.kind]]: target.id,
    status: draftValue(values['status']),
    comment: draftValue(values['comment']),
    reportingPoint: draftValue(values['reportingPoint']),
    reportingYear: draftValue(values['reportingYear']),
    progressPercent: draftValue(values['progressPercent']),
  };
  if (target.kind === 'Kontroll' || draftValue(values['resultat']) !== null) draft['resultat'] = draftValue(values['resultat']);
  return draft as StatusPostDraft;
}

export type SummaryField = 'title' | 'status' | 'owner' | 'ownerText' | 'due' | 'latestStatusComment' | 'latestStatusAt';

export interface SummarySource {
  /** The target list's column behind each summary line; undefined where the list has none. */
  readonly columns: Readonly<Record<SummaryField, string | undefined>>;
  readonly labels: Readonly<Partial<Record<SummaryField, Localized>>>;
}

const SUMMARY_COLUMNS: Readonly<Record<TargetKind, { list: ListSchema; owner: string; ownerText?: string; due: string | undefined }>> = {
  // Action items name their responsible people twice: as site users, and as the source wrote it.
  Åtgärd: { list: actionItems, owner: 'ownerPersons', ownerText: 'ownerText', due: 'dueDate' },
  Projekt: { list: projects, owner: 'projectLead', due: 'endDate' },
  Kontroll: { list: controls, owner: 'kontrollansvarig', due: undefined },
};

/** Which columns of the target describe it on a card, with their labels from the target's schema. */
export function summarySource(kind: TargetKind): SummarySource {
  const spec = SUMMARY_COLUMNS[kind];
  const columns: Record<SummaryField, string | undefined> = {
    title: 'Title',
    status: STATUS_TARGETS[kind].statusField,
    owner: spec.owner,
    ownerText: spec.ownerText,
    due: spec.due,
    latestStatusComment: 'latestStatusComment',
    latestStatusAt: 'latestStatusAt',
  };
  const labels: Partial<Record<SummaryField, Localized>> = {};
  for (const [field, column] of Object.entries(columns) as [SummaryField, string | undefined][]) {
    if (column !== undefined) labels[field] = labelOf(spec.list, column);
  }
  return { columns, labels };
}

/** `2022-09-01T08:30:00Z` → `2022-09-01 10:30` (Stockholm wall clock, as the nämnd reads times). */
export function stockholmDateTimeText(value: string): string {
  const instant = new Date(value);
  if (Number.isNaN(instant.getTime())) return value;
  const local = new Date(instant.getTime() + stockholmOffsetHours(instant) * 3_600_000);
  return `${local.toISOString().slice(0, 10)} ${local.toISOString().slice(11, 16)}`;
}

/** The Stockholm calendar date of an instant (`YYYY-MM-DD`), for "today" in due-date checks. */
export function stockholmDate(instant: Date): string {
  return stockholmDateTimeText(instant.toISOString()).slice(0, 10);
}
