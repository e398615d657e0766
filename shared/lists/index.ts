import type { FieldSchema, ListItem, ListSchema } from './schema';
import { actionItems } from './schemas/action-items';
import { controls } from './schemas/controls';
import { grantApplications } from './schemas/grant-applications';
import { innovations } from './schemas/innovations';
import { plans } from './schemas/plans';
import { procurements } from './schemas/procurements';
import { projectVersions } from './schemas/project-versions';
import { projects } from './schemas/projects';
import { risks } from './schemas/risks';
import { sourceDocuments } from './schemas/source-documents';
import { statusUpdates } from './schemas/status-updates';

export type {
  BooleanField,
  ChoiceField,
  CurrencyField,
  DateTimeField,
  FieldKind,
  FieldSchema,
  FieldValues,
  ListItem,
  ListSchema,
  LookupField,
  MultiChoiceField,
  NoteField,
  NumberField,
  TextField,
  UserField,
  UserMultiField,
} from './schema';
export { fieldKey } from './schema';
export * from './vocabulary';
export * from './date-only';
export * from './odata';
export * from './status-update';
export * from './status-targets';
export * from './authorization';
export * from './follow-up-calendar';
export * from './follow-up';
export * from './follow-up-status';
export {
  actionItems,
  controls,
  grantApplications,
  innovations,
  plans,
  procurements,
  projectVersions,
  projects,
  risks,
  sourceDocuments,
  statusUpdates,
};

/**
 * All lists, lookup targets first. The one back-reference (Projekt → senaste Projektversion) and
 * the self-reference (Projektversion → föregående) are "deferred": see `isDeferredLookup`.
 */
export const lists = [
  sourceDocuments,
  plans,
  actionItems,
  projects,
  projectVersions,
  risks,
  controls,
  innovations,
  procurements,
  grantApplications,
  statusUpdates,
] as const;

export type AnyList = (typeof lists)[number];
export type ListName = AnyList['name'];
export type ListByName<N extends ListName> = Extract<AnyList, { name: N }>;

export function listByName(name: string): AnyList {
  const list = lists.find((l) => l.name === name);
  if (!list) throw new Error(`Unknown list '${name}'`);
  return list;
}

export function isListName(name: string): name is ListName {
  return lists.some((l) => l.name === name);
}

/** A lookup whose target is this list or one later in `lists`: created and filled in a second pass. */
export function isDeferredLookup(owner: ListSchema, field: FieldSchema): boolean {
  if (field.kind !== 'Lookup') return false;
  const names = lists.map((l) => l.name as string);
  return names.indexOf(field.target) >= names.indexOf(owner.name);
}

/** Typed items per list, derived from the schemas (dates as YYYY-MM-DD, lookups/people as `<name>Id`). */
export type SourceDocumentItem = ListItem<typeof sourceDocuments>;
export type PlanItem = ListItem<typeof plans>;
export type ActionItemItem = ListItem<typeof actionItems>;
export type ProjectItem = ListItem<typeof projects>;
export type ProjectVersionItem = ListItem<typeof projectVersions>;
export type RiskItem = ListItem<typeof risks>;
export type ControlItem = ListItem<typeof controls>;
export type InnovationItem = ListItem<typeof innovations>;
export type ProcurementItem = ListItem<typeof procurements>;
export type GrantApplicationItem = ListItem<typeof grantApplications>;
export type StatusUpdateItem = ListItem<typeof statusUpdates>;
