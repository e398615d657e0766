// Creates the nämnd's eleven lists from shared/lists through PnPjs, the same requests against a
// tenant and against the local list service. Idempotent: what exists and matches is left alone,
// what differs is updated in place, nothing is ever created twice.
//
// Lists and fields are created under their internal (ASCII) name first, because SharePoint fixes
// the URL and the internal name from the title given at creation; the Swedish display name is set
// afterwards. All lists are created before any field, so every lookup target exists when its
// lookup column is added.

import type { SPFI } from '@pnp/sp';
import '@pnp/sp/fields';
import '@pnp/sp/lists';
import { lists as allLists, type FieldSchema, type ListSchema } from '../../../shared/lists';
import { runBatched, type BatchedOp } from '../data/bulk';
import { httpStatusOf } from '../data/errors';
import { listRef } from '../data/list-ref';

export interface ProvisionReport {
  readonly listsCreated: string[];
  readonly listsUpdated: string[];
  readonly fieldsCreated: string[];
  readonly fieldsUpdated: string[];
}

export interface ProvisionOptions {
  readonly lists?: readonly ListSchema[];
  readonly log?: (message: string) => void;
}

type RawField = Record<string, unknown>;

const TYPE_KIND: Readonly<Record<FieldSchema['kind'], number>> = {
  Text: 2,
  Note: 3,
  DateTime: 4,
  Choice: 6,
  Lookup: 7,
  Boolean: 8,
  Number: 9,
  Currency: 10,
  MultiChoice: 15,
  User: 20,
  UserMulti: 20,
};

const ODATA_TYPE: Readonly<Record<FieldSchema['kind'], string>> = {
  Text: 'SP.FieldText',
  Note: 'SP.FieldMultiLineText',
  DateTime: 'SP.FieldDateTime',
  Choice: 'SP.FieldChoice',
  Lookup: 'SP.FieldLookup',
  Boolean: 'SP.Field',
  Number: 'SP.FieldNumber',
  Currency: 'SP.FieldCurrency',
  MultiChoice: 'SP.FieldMultiChoice',
  User: 'SP.FieldUser',
  UserMulti: 'SP.FieldUser',
};

function choicesOf(raw: RawField): string[] {
  const c = raw['Choices'];
  if (Array.isArray(c)) return c.map(String);
  if (c && typeof c === 'object' && Array.isArray((c as { results?: unknown }).results)) return (c as { results: unknown[] }).results.map(String);
  return [];
}

const bool = (v: unknown): boolean => v === true || v === 'true' || v === 'TRUE';

/** Properties every field kind shares, as SharePoint's REST names them. */
function commonProps(field: FieldSchema): Record<string, unknown> {
  return {
    Required: field.required,
    Indexed: field.indexed,
    ...(field.description ? { Description: field.description } : {}),
  };
}

/** Only properties SharePoint Online's REST field types define; an unknown one makes the tenant refuse the request. */
function creationProps(field: FieldSchema): Record<string, unknown> {
  switch (field.kind) {
    case 'Text':
      // EnforceUniqueValues needs an existing index, so it is set by a second request.
      return { ...commonProps(field), MaxLength: field.maxLength };
    case 'Note':
      return { ...commonProps(field), RichText: false, NumberOfLines: 6, AllowHyperlink: false, AppendOnly: false };
    case 'Number':
      return {
        ...commonProps(field),
        ...(field.min === undefined ? {} : { MinimumValue: field.min }),
        ...(field.max === undefined ? {} : { MaximumValue: field.max }),
      };
    case 'Currency':
      return { ...commonProps(field), CurrencyLocaleId: field.localeId };
    case 'DateTime':
      return { ...commonProps(field), DisplayFormat: field.dateOnly ? 0 : 1 };
    case 'Boolean':
      return { ...commonProps(field) };
    case 'Choice':
      return {
        ...commonProps(field),
        Choices: field.choices,
        FillInChoice: field.fillIn,
        ...(field.defaultValue === undefined ? {} : { DefaultValue: field.defaultValue }),
      };
    case 'MultiChoice':
      return { ...commonProps(field), Choices: field.choices, FillInChoice: field.fillIn };
    case 'User':
      return { ...commonProps(field), SelectionMode: 0, AllowMultipleValues: false };
    case 'UserMulti':
      return { ...commonProps(field), SelectionMode: 0, AllowMultipleValues: true };
    case 'Lookup':
      return { ...commonProps(field) };
  }
}

/** What must change on an existing field to match the schema (empty when it matches). */
export function fieldDifferences(field: FieldSchema, raw: RawField): Record<string, unknown> {
  const patch: Record<string, unknown> = {};
  if (raw['Title'] !== field.displayName) patch['Title'] = field.displayName;
  if (field.kind === 'Text' && 'builtIn' in field && field.builtIn) return patch;
  if (bool(raw['Required']) !== field.required) patch['Required'] = field.required;
  if (bool(raw['Indexed']) !== field.indexed) patch['Indexed'] = field.indexed;
  if (field.kind === 'Text') {
    if (bool(raw['EnforceUniqueValues']) !== field.unique) patch['EnforceUniqueValues'] = field.unique;
    if (Number(raw['MaxLength']) !== field.maxLength) patch['MaxLength'] = field.maxLength;
  }
  if (field.kind === 'Choice' || field.kind === 'MultiChoice') {
    // Choices are only ever added: items may hold a value that was removed from the schema.
    const existing = choicesOf(raw);
    const missing = field.choices.filter((c) => !existing.includes(c));
    if (missing.length > 0) patch['Choices'] = [...existing, ...missing];
    if (bool(raw['FillInChoice']) !== field.fillIn) patch['FillInChoice'] = field.fillIn;
  }
  if (field.kind === 'DateTime' && Number(raw['DisplayFormat']) !== (field.dateOnly ? 0 : 1)) patch['DisplayFormat'] = field.dateOnly ? 0 : 1;
  if ((field.kind === 'User' || field.kind === 'UserMulti') && bool(raw['AllowMultipleValues']) !== (field.kind === 'UserMulti')) {
    patch['AllowMultipleValues'] = field.kind === 'UserMulti';
  }
  return patch;
}

/** A unique constraint needs its index first, and must go before the index is dropped. */
function orderedPatches(patch: Record<string, unknown>): Record<string, unknown>[] {
  if (!('EnforceUniqueValues' in patch) || !('Indexed' in patch)) return [patch];
  const { EnforceUniqueValues: unique, ...rest } = patch;
  return unique === true ? [rest, { EnforceUniqueValues: true }] : [{ EnforceUniqueValues: unique }, rest];
}

function sameKind(field: FieldSchema, raw: RawField): boolean {
  return Number(raw['FieldTypeKind']) === TYPE_KIND[field.kind];
}

function normaliseGuid(v: unknown): string {
  return String(v ?? '').replace(/[{}]/g, '').toLowerCase();
}

export async function provisionSite(sp: SPFI, options: ProvisionOptions = {}): Promise<ProvisionReport> {
  const schemas = options.lists ?? allLists;
  const log = options.log ?? (() => undefined);
  const report: ProvisionReport = { listsCreated: [], listsUpdated: [], fieldsCreated: [], fieldsUpdated: [] };
  const listIds = new Map<string, string>();

  for (const schema of schemas) {
    listIds.set(schema.name, await ensureList(sp, schema, report, log));
  }
  for (const schema of schemas) {
    await ensureFields(sp, schema, listIds, report, log);
  }
  return report;
}

async function ensureList(sp: SPFI, schema: ListSchema, report: ProvisionReport, log: (m: string) => void): Promise<string> {
  let info: { Id: string; Title: string; EnableVersioning?: boolean } | undefined;
  try {
    info = (await listRef(sp, schema).select('Id', 'Title', 'EnableVersioning')()) as typeof info;
  } catch (error) {
    if (httpStatusOf(error) !== 404) throw error;
  }
  if (!info) {
    const created = (await sp.web.lists.add(schema.name, schema.description, 100, false, { EnableVersioning: schema.versioning })) as {
      Id: string;
    };
    await listRef(sp, schema).update({ Title: schema.displayName });
    report.listsCreated.push(schema.name);
    log(`Created list ${schema.name} (${schema.displayName})`);
    return normaliseGuid(created.Id);
  }
  const patch: Record<string, unknown> = {};
  if (info.Title !== schema.displayName) patch['Title'] = schema.displayName;
  if (info.EnableVersioning !== undefined && info.EnableVersioning !== schema.versioning) patch['EnableVersioning'] = schema.versioning;
  if (Object.keys(patch).length > 0) {
    await listRef(sp, schema).update(patch);
    report.listsUpdated.push(schema.name);
    log(`Updated list ${schema.name}: ${Object.keys(patch).join(', ')}`);
  }
  return normaliseGuid(info.Id);
}

async function ensureFields(
  sp: SPFI,
  schema: ListSchema,
  listIds: ReadonlyMap<string, string>,
  report: ProvisionReport,
  log: (m: string) => void,
): Promise<void> {
  const list = listRef(sp, schema);
  const existing = (await list.fields()) as RawField[];
  const byName = new Map(existing.map((f) => [String(f['InternalName']), f]));

  // One list's changes go out as $batch requests, in order (concurrency 1): a field is created,
  // then renamed, then indexed. Against a tenant this turns ~60 round trips per list into a few.
  const ops: { id: string; what: 'created' | 'updated'; op: BatchedOp<unknown> }[] = [];
  for (const field of schema.fields) {
    const id = `${schema.name}.${field.name}`;
    const raw = byName.get(field.name);
    if (raw) {
      if (!sameKind(field, raw)) {
        throw new Error(
          `${id} exists as ${String(raw['TypeAsString'] ?? raw['FieldTypeKind'])} but the schema says ${field.kind}; change or remove the column in SharePoint first`,
        );
      }
      if (field.kind === 'Lookup' && normaliseGuid(raw['LookupList']) !== listIds.get(field.target)) {
        throw new Error(`${id} looks up another list than ${field.target}; change or remove the column in SharePoint first`);
      }
      const patch = fieldDifferences(field, raw);
      if (Object.keys(patch).length > 0) {
        for (const part of orderedPatches(patch)) {
          ops.push({ id, what: 'updated', op: (b) => listRef(b, schema).fields.getByInternalNameOrTitle(field.name).update(part, ODATA_TYPE[field.kind]) });
        }
        log(`Updating ${id}: ${Object.keys(patch).join(', ')}`);
      }
      continue;
    }
    for (const op of createField(schema, field, listIds)) ops.push({ id, what: 'created', op });
    log(`Creating ${id} (${field.displayName})`);
  }
  if (ops.length === 0) return;

  const results = await runBatched(
    sp,
    ops.map((o) => o.op),
    { concurrency: 1 },
  );
  const failed = results.flatMap((r, i) => (r.status === 'rejected' ? [`${ops[i]!.id}: ${(r.reason as Error)?.message ?? String(r.reason)}`] : []));
  if (failed.length > 0) throw new Error(`Could not provision ${schema.name}:\n${[...new Set(failed)].join('\n')}`);
  for (const o of ops) {
    const bucket = o.what === 'created' ? report.fieldsCreated : report.fieldsUpdated;
    if (!bucket.includes(o.id)) bucket.push(o.id);
  }
}

/** The requests that create one field: under its internal name, then renamed to Swedish (and indexed, for lookups). */
function createField(schema: ListSchema, field: FieldSchema, listIds: ReadonlyMap<string, string>): BatchedOp<unknown>[] {
  const rename: BatchedOp<unknown> = (b) => listRef(b, schema).fields.getByInternalNameOrTitle(field.name).update({ Title: field.displayName }, ODATA_TYPE[field.kind]);
  if (field.kind === 'Lookup') {
    const target = listIds.get(field.target);
    if (!target) throw new Error(`${schema.name}.${field.name}: the lookup target ${field.target} is not provisioned`);
    // AddField (SP.FieldCreationInformation) knows no Indexed; it is set right after.
    const add: BatchedOp<unknown> = (b) =>
      listRef(b, schema).fields.addLookup(field.name, { LookupListId: target, LookupFieldName: field.showField, Required: field.required } as never);
    const index: BatchedOp<unknown> = (b) => listRef(b, schema).fields.getByInternalNameOrTitle(field.name).update({ Indexed: true }, ODATA_TYPE.Lookup);
    return field.indexed ? [add, rename, index] : [add, rename];
  }
  const props = creationProps(field);
  // fields.add posts odata=verbose, where a collection is written as { results: [...] }.
  if (Array.isArray(props['Choices'])) props['Choices'] = { results: props['Choices'] };
  const add: BatchedOp<unknown> = (b) => listRef(b, schema).fields.add(field.name, TYPE_KIND[field.kind] as never, props);
  if (field.kind === 'Text' && field.unique) {
    const unique: BatchedOp<unknown> = (b) => listRef(b, schema).fields.getByInternalNameOrTitle(field.name).update({ EnforceUniqueValues: true }, ODATA_TYPE.Text);
    return [add, rename, unique];
  }
  return [add, rename];
}
