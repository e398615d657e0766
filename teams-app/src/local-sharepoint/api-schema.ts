// Lists and their fields: what provisioning through PnPjs sends (lists.add/ensure/update,
// fields.add*/addField/createFieldAsXml, field update of Indexed/Required/Choices, deletes).

import { randomUUID } from 'node:crypto';
import type { ApiResponse, Call } from './api-types';
import { authorizeWrite, listSummary } from './authorize';
import { json, requireMethod } from './api-web';
import { queryCollection, selectProps } from './collection-query';
import type { FieldDef } from './field-model';
import {
  KIND_INFO,
  VALID_INTERNAL_NAME,
  applyFieldProps,
  builtInFields,
  checkFieldDef,
  encodeInternalName,
  entityName,
  isMulti,
  newField,
  uniqueInternalName,
} from './field-model';
import { fieldSpecFromXml } from './field-xml';
import { ItemBodies } from './item-body';
import { readQueryOptions } from './query-options';
import { etagOf, listUri } from './render';
import type { Arg } from './resource-path';
import { SpError, badRequest, codes, notFound } from './sp-error';
import type { ListInfo } from './store';
import { columnSql, ridRange } from './store';

const MAX_INDEXED = 20;

export function listProps(call: Call, l: ListInfo): Record<string, unknown> {
  const { site } = call.ctx;
  return {
    AllowContentTypes: true,
    BaseTemplate: l.baseTemplate,
    BaseType: 0,
    ContentTypesEnabled: false,
    Created: l.created,
    DefaultViewUrl: `${site.path}/Lists/${l.urlName}/AllItems.aspx`,
    Description: l.description,
    EnableVersioning: l.enableVersioning,
    EntityTypeName: l.entityTypeName,
    Hidden: l.hidden,
    Id: l.id,
    ItemCount: l.itemCount,
    LastItemModifiedDate: l.lastItemModified,
    ListItemEntityTypeFullName: `SP.Data.${l.entityTypeName}Item`,
    ParentWebUrl: site.path,
    Title: l.title,
  };
}

const listMeta = (l: ListInfo): { type: string; uri: string; etag: string } => ({ type: 'SP.List', uri: listUri(l.id), etag: etagOf(l.version) });

function listResponse(call: Call, l: ListInfo, status = 200): ApiResponse {
  const options = readQueryOptions(call.req.url.searchParams);
  return json(call, status, call.r.single(listMeta(l), selectProps(listProps(call, l), options), 'SP.ApiData.Lists'), {
    etag: etagOf(l.version),
  });
}

export const listMissing = (call: Call, what: string): SpError =>
  notFound(`List '${what}' does not exist at site with URL '${call.ctx.site.url}'.`, codes.argument);

/** `getByTitle('…')`, `lists('guid')`, `lists(guid'…')`, `getById('…')`, `getList('/sites/amn/Lists/X')`. */
export function findList(call: Call, how: 'title' | 'id' | 'url', arg: Arg | undefined): ListInfo {
  const store = call.ctx.store;
  if (how === 'title') {
    if (arg?.kind !== 'string' && arg?.kind !== 'guid') throw badRequest('getByTitle needs a quoted list title.');
    const l = store.listByTitle(arg.value);
    if (!l) throw listMissing(call, arg.value);
    return l;
  }
  if (how === 'id') {
    if (arg?.kind !== 'guid') throw badRequest('A list id must be a GUID.');
    const l = store.listById(arg.value);
    if (!l) throw listMissing(call, arg.value);
    return l;
  }
  if (arg?.kind !== 'string') throw badRequest('getList needs a quoted server-relative list URL.');
  const m = /\/Lists\/([^/]+)\/?$/i.exec(arg.value.replace(/\/AllItems\.aspx$/i, ''));
  const l = m ? store.listByUrlName(m[1]!) : undefined;
  if (!l) throw notFound(`The list at '${arg.value}' does not exist.`, '-2147024894, System.IO.FileNotFoundException');
  return l;
}

export function getLists(call: Call): ApiResponse {
  const options = readQueryOptions(call.req.url.searchParams);
  const lists = call.ctx.store.lists();
  const byId = new Map(lists.map((l) => [l.id, l]));
  const rows = queryCollection(
    lists.map((l) => listProps(call, l)),
    options,
  );
  return json(
    call,
    200,
    call.r.collection(
      rows.map((p) => {
        const l = byId.get(String(p.Id)) ?? lists.find((x) => x.title === p.Title);
        return call.r.entity(l ? listMeta(l) : { type: 'SP.List', uri: 'Web/Lists' }, p);
      }),
      'SP.ApiData.Lists',
    ),
  );
}

/** Characters SharePoint drops from a list URL; the rest is kept. */
function urlNameFor(title: string): string {
  const cleaned = title.replace(/[\s~"#%&*:<>?/\\{|}.'()[\]+,;=!@$^`]/g, '');
  return cleaned.length > 0 ? cleaned.slice(0, 128) : 'List';
}

function entityTypeNameFor(urlName: string): string {
  let out = '';
  for (const ch of urlName) out += /[A-Za-z0-9_]/.test(ch) ? ch : `_x${ch.codePointAt(0)!.toString(16).padStart(4, '0')}_`;
  return `${out.charAt(0).toUpperCase()}${out.slice(1)}List`;
}

const LIST_WRITABLE = new Set(['Title', 'Description', 'EnableVersioning', 'Hidden']);
const LIST_ACCEPTED = new Set([
  'AllowContentTypes',
  'BaseTemplate',
  'ContentTypesEnabled',
  'OnQuickLaunch',
  'NoCrawl',
  'MajorVersionLimit',
  'EnableMinorVersions',
  'EnableAttachments',
  'EnableFolderCreation',
  'ForceCheckout',
  'EnableModeration',
  'DraftVersionVisibility',
  'DisableGridEditing',
  'ReadSecurity',
  'WriteSecurity',
  'TemplateFeatureId',
  'DocumentTemplateType',
  'QuickLaunchOption',
]);

function checkListProps(body: Record<string, unknown>): void {
  for (const [k, v] of Object.entries(body)) {
    if (k === '__metadata' || k.startsWith('odata.') || k.startsWith('@odata.')) continue;
    if (!LIST_WRITABLE.has(k) && !LIST_ACCEPTED.has(k)) {
      throw badRequest(`The property '${k}' does not exist on type 'SP.List'. Make sure to only use property names that are defined by the type.`);
    }
    if (k === 'Title' && (typeof v !== 'string' || v.trim() === '' || v.length > 255)) throw badRequest('A list title must be non-empty text of at most 255 characters.');
    if ((k === 'EnableVersioning' || k === 'Hidden') && typeof v !== 'boolean') throw badRequest(`The property '${k}' takes true or false.`);
  }
}

const titleTaken = (): SpError =>
  new SpError(
    409,
    codes.spException,
    'A list, survey, discussion board, or document library with the specified title already exists in this Web site.  Please choose another title.',
  );

export function addList(call: Call, body: Record<string, unknown>): ApiResponse {
  checkListProps(body);
  const title = body.Title;
  if (typeof title !== 'string') throw badRequest('A new list needs a Title.');
  const template = body.BaseTemplate ?? 100;
  if (template !== 100) {
    throw badRequest(`BaseTemplate ${String(template)} is not supported by the local list service; only generic lists (100) are.`, codes.notSupported);
  }
  const store = call.ctx.store;
  if (store.listByTitle(title)) throw titleTaken();
  const urlName = uniqueInternalName(urlNameFor(title), (n) => store.listByUrlName(n) !== undefined);
  const now = call.ctx.now();
  const list = store.createList(
    {
      id: randomUUID(),
      title,
      description: typeof body.Description === 'string' ? body.Description : '',
      baseTemplate: 100,
      urlName,
      entityTypeName: entityTypeNameFor(urlName),
      created: now,
      enableVersioning: body.EnableVersioning === true,
      hidden: body.Hidden === true,
    },
    builtInFields(),
  );
  authorizeWrite(call, { list: listSummary(list), kind: 'list', op: 'create', before: null, after: listProps(call, list) });
  return listResponse(call, list, 201);
}

function checkEtag(call: Call, current: string): void {
  const wanted = call.req.headers['if-match'];
  if (wanted === undefined || wanted.trim() === '*') return;
  const norm = (e: string): string => e.trim().replace(/^W\//, '').replace(/^"|"$/g, '');
  if (norm(wanted) !== norm(current)) {
    throw new SpError(
      412,
      codes.clientService,
      `The request ETag value '${wanted}' does not match the object's ETag value '${current}'.`,
    );
  }
}

export { checkEtag };

export function listRoute(call: Call, list: ListInfo, body: () => Record<string, unknown>): ApiResponse {
  const store = call.ctx.store;
  switch (call.req.method) {
    case 'GET':
      return listResponse(call, list);
    case 'MERGE':
    case 'PATCH':
    case 'PUT': {
      checkEtag(call, etagOf(list.version));
      const b = body();
      checkListProps(b);
      const patch: { title?: string; description?: string; enableVersioning?: boolean; hidden?: boolean } = {};
      if (typeof b.Title === 'string' && b.Title !== list.title) {
        const other = store.listByTitle(b.Title);
        if (other && other.key !== list.key) throw titleTaken();
        patch.title = b.Title;
      }
      if (typeof b.Description === 'string') patch.description = b.Description;
      if (typeof b.EnableVersioning === 'boolean') patch.enableVersioning = b.EnableVersioning;
      if (typeof b.Hidden === 'boolean') patch.hidden = b.Hidden;
      const updated = store.updateList(list.key, patch);
      authorizeWrite(call, { list: listSummary(updated), kind: 'list', op: 'update', before: listProps(call, list), after: listProps(call, updated) });
      return { status: 204, headers: { etag: etagOf(updated.version) }, body: '' };
    }
    case 'DELETE': {
      checkEtag(call, etagOf(list.version));
      authorizeWrite(call, { list: listSummary(list), kind: 'list', op: 'delete', before: listProps(call, list), after: null });
      store.deleteList(list.key);
      return { status: 200, headers: {}, body: '' };
    }
    default:
      return requireMethod(call, 'GET', 'MERGE', 'DELETE') as never;
  }
}

// Fields

function schemaXmlOf(f: FieldDef): string {
  const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const attrs: string[] = [
    `Type="${f.kind}"`,
    `DisplayName="${esc(f.title)}"`,
    `Name="${f.internalName}"`,
    `StaticName="${f.internalName}"`,
    `ID="{${f.id}}"`,
    `Required="${f.required ? 'TRUE' : 'FALSE'}"`,
  ];
  if (f.indexed) attrs.push('Indexed="TRUE"');
  if (f.enforceUnique) attrs.push('EnforceUniqueValues="TRUE"');
  if (f.maxLength !== undefined) attrs.push(`MaxLength="${f.maxLength}"`);
  if (f.min !== undefined) attrs.push(`Min="${f.min}"`);
  if (f.max !== undefined) attrs.push(`Max="${f.max}"`);
  if (f.kind === 'DateTime') attrs.push(`Format="${f.dateOnly ? 'DateOnly' : 'DateTime'}"`);
  if (f.lookupListId) attrs.push(`List="{${f.lookupListId}}"`, `ShowField="${f.lookupField ?? 'Title'}"`);
  if (isMulti(f.kind) && f.kind !== 'MultiChoice') attrs.push('Mult="TRUE"');
  if (f.fillIn) attrs.push('FillInChoice="TRUE"');
  const choices = f.choices?.length ? `<CHOICES>${f.choices.map((c) => `<CHOICE>${esc(c)}</CHOICE>`).join('')}</CHOICES>` : '';
  const def = f.defaultValue ? `<Default>${esc(f.defaultValue)}</Default>` : '';
  return choices || def ? `<Field ${attrs.join(' ')}>${choices}${def}</Field>` : `<Field ${attrs.join(' ')} />`;
}

function fieldProps(call: Call, f: FieldDef): Record<string, unknown> {
  const p: Record<string, unknown> = {
    CanBeDeleted: !f.builtIn,
    DefaultValue: f.defaultValue ?? null,
    Description: f.description,
    EnforceUniqueValues: f.enforceUnique,
    EntityPropertyName: entityName(f.internalName),
    FieldTypeKind: KIND_INFO[f.kind].typeKind,
    FromBaseType: f.builtIn,
    Group: f.group ?? 'Custom Columns',
    Hidden: f.hidden,
    Id: f.id,
    Indexed: f.indexed,
    InternalName: f.internalName,
    ReadOnlyField: f.readOnly,
    Required: f.required,
    SchemaXml: f.schemaXml ?? schemaXmlOf(f),
    Sealed: f.builtIn,
    StaticName: f.internalName,
    Title: f.title,
    TypeAsString: f.kind,
  };
  if (f.maxLength !== undefined) p.MaxLength = f.maxLength;
  if (f.kind === 'Number' || f.kind === 'Currency') {
    p.MinimumValue = f.min ?? -1.7976931348623157e308;
    p.MaximumValue = f.max ?? 1.7976931348623157e308;
  }
  if (f.kind === 'Currency') p.CurrencyLocaleId = f.currencyLcid ?? 1033;
  if (f.kind === 'Choice' || f.kind === 'MultiChoice') {
    p.Choices = call.r.multi(f.choices ?? [], 'Edm.String');
    p.FillInChoice = f.fillIn ?? false;
  }
  if (f.kind === 'DateTime') p.DisplayFormat = f.dateOnly ? 0 : 1;
  if (f.kind === 'Note') {
    p.RichText = f.richText ?? false;
    p.NumberOfLines = f.numberOfLines ?? 6;
  }
  if (f.kind === 'Lookup' || f.kind === 'LookupMulti' || f.kind === 'User' || f.kind === 'UserMulti') {
    p.AllowMultipleValues = isMulti(f.kind);
    p.LookupField = f.lookupField ?? 'Title';
    p.LookupList = f.lookupListId ? `{${f.lookupListId}}` : '';
  }
  if (f.kind === 'User' || f.kind === 'UserMulti') p.SelectionMode = f.selectionMode ?? 1;
  return p;
}

const fieldMeta = (list: ListInfo, f: FieldDef): { type: string; uri: string } => ({
  type: KIND_INFO[f.kind].odataType,
  uri: `${listUri(list.id)}/Fields(guid'${f.id}')`,
});

function fieldResponse(call: Call, list: ListInfo, f: FieldDef, status = 200): ApiResponse {
  const options = readQueryOptions(call.req.url.searchParams);
  return json(call, status, call.r.single(fieldMeta(list, f), selectProps(fieldProps(call, f), options), 'SP.ApiData.Fields'));
}

export function getFields(call: Call, list: ListInfo): ApiResponse {
  const options = readQueryOptions(call.req.url.searchParams);
  const fields = call.ctx.store.fields(list.key);
  const byId = new Map(fields.map((f) => [f.id, f]));
  const rows = queryCollection(
    fields.map((f) => fieldProps(call, f)),
    options,
  );
  return json(
    call,
    200,
    call.r.collection(
      rows.map((p) => {
        const f = byId.get(String(p.Id));
        return call.r.entity(f ? fieldMeta(list, f) : { type: 'SP.Field', uri: `${listUri(list.id)}/Fields` }, p);
      }),
      'SP.ApiData.Fields',
    ),
  );
}

export function findField(call: Call, list: ListInfo, how: 'id' | 'title' | 'nameOrTitle', arg: Arg | undefined): FieldDef {
  const fields = call.ctx.store.fields(list.key);
  const missing = (what: string): SpError => notFound(`Column '${what}' does not exist. It may have been deleted by another user.`, codes.argument);
  if (how === 'id') {
    if (arg?.kind !== 'guid') throw badRequest('A field id must be a GUID.');
    const f = fields.find((x) => x.id === arg.value);
    if (!f) throw missing(arg.value);
    return f;
  }
  if (arg?.kind !== 'string') throw badRequest('The field name must be a quoted string.');
  const v = arg.value;
  const f =
    how === 'title'
      ? fields.find((x) => x.title === v) ?? fields.find((x) => x.title.toLowerCase() === v.toLowerCase())
      : fields.find((x) => x.internalName === v) ?? fields.find((x) => x.title === v) ?? fields.find((x) => x.internalName.toLowerCase() === v.toLowerCase());
  if (!f) throw missing(v);
  return f;
}

function resolveLookupTarget(call: Call, list: string): string {
  const guid = /^\{?([0-9a-fA-F-]{36})\}?$/.exec(list)?.[1];
  if (guid) return guid.toLowerCase();
  const m = /(?:^|\/)Lists\/([^/]+)\/?$/i.exec(list);
  const target = m ? call.ctx.store.listByUrlName(m[1]!) : undefined;
  if (!target) throw badRequest(`The lookup target list '${list}' does not exist.`);
  return target.id;
}

function checkLookupTarget(call: Call, f: FieldDef): void {
  if ((f.kind === 'Lookup' || f.kind === 'LookupMulti') && f.lookupListId && !call.ctx.store.listById(f.lookupListId)) {
    throw badRequest(`The lookup column '${f.title}' points at list ${f.lookupListId}, which does not exist.`);
  }
}

function checkIndexBudget(call: Call, list: ListInfo, f: FieldDef): void {
  const others = call.ctx.store.fields(list.key).filter((x) => x.indexed && x.internalName !== f.internalName && x.internalName !== 'ID');
  if (f.indexed && others.length >= MAX_INDEXED) {
    throw badRequest(`The list '${list.title}' already has ${MAX_INDEXED} indexed columns, SharePoint's maximum.`, codes.spException);
  }
}

function storeNewField(call: Call, list: ListInfo, f: FieldDef): ApiResponse {
  checkFieldDef(f);
  checkLookupTarget(call, f);
  checkIndexBudget(call, list, f);
  call.ctx.store.addField(list.key, f);
  ItemBodies.refresh(call.ctx.store, call.ctx.site, list.key);
  authorizeWrite(call, { list: listSummary(list), kind: 'field', op: 'create', before: null, after: fieldProps(call, f) });
  return fieldResponse(call, list, f, 201);
}

function internalNameFrom(call: Call, list: ListInfo, wanted: string): string {
  const name = encodeInternalName(wanted);
  if (!VALID_INTERNAL_NAME.test(name)) throw badRequest(`'${wanted}' does not give a valid internal column name.`);
  const fields = call.ctx.store.fields(list.key);
  return uniqueInternalName(name, (n) => fields.some((f) => f.internalName.toLowerCase() === n.toLowerCase()));
}

/** `fields.add*` (verbose body with FieldTypeKind) and `fields/AddField` ({parameters:{…}}): the internal name comes from Title. */
export function addField(call: Call, list: ListInfo, body: Record<string, unknown>): ApiResponse {
  const title = body.Title;
  const typeKind = body.FieldTypeKind;
  if (typeof title !== 'string' || title.trim() === '') throw badRequest('A new field needs a Title.');
  if (typeof typeKind !== 'number') throw badRequest('A new field needs FieldTypeKind (a number, e.g. 2 for Text).');
  const meta = body.__metadata as { type?: unknown } | undefined;
  const typeName = typeof meta?.type === 'string' ? meta.type : 'SP.Field';
  let f = newField(typeKind, internalNameFrom(call, list, title), title, typeName);
  f = applyFieldProps(f, body, typeName);
  return storeNewField(call, list, f);
}

/**
 * `createfieldasxml`. As on SharePoint, the internal name comes from DisplayName unless Options
 * has AddFieldInternalNameHint (8); then Name (or StaticName) is used as given.
 */
export function addFieldAsXml(call: Call, list: ListInfo, parameters: Record<string, unknown>): ApiResponse {
  const xml = parameters.SchemaXml;
  if (typeof xml !== 'string') throw badRequest('createfieldasxml needs {"parameters":{"SchemaXml":"<Field …/>"}}.');
  const options = typeof parameters.Options === 'number' ? parameters.Options : 0;
  const spec = fieldSpecFromXml(xml);
  const hinted = (options & 8) !== 0 ? (spec.name ?? spec.staticName) : undefined;
  const source = hinted ?? spec.displayName ?? spec.name ?? spec.staticName;
  if (!source) throw badRequest('The SchemaXml <Field> needs DisplayName or Name.');
  let internalName: string;
  if (hinted !== undefined) {
    if (!VALID_INTERNAL_NAME.test(hinted)) throw badRequest(`'${hinted}' is not a valid internal column name (ASCII letters, digits and _, at most 32).`);
    if (call.ctx.store.fields(list.key).some((f) => f.internalName.toLowerCase() === hinted.toLowerCase())) {
      throw new SpError(409, codes.spException, `A duplicate field name "${hinted}" was found.`);
    }
    internalName = hinted;
  } else {
    internalName = internalNameFrom(call, list, source);
  }
  const props: Record<string, unknown> = { ...spec.props };
  if (spec.list !== undefined) props.LookupListId = resolveLookupTarget(call, spec.list);
  let f = newField(spec.typeKind, internalName, spec.displayName ?? source, `SP.Field${spec.typeName}`);
  if (spec.id) {
    if (call.ctx.store.fields(list.key).some((x) => x.id === spec.id)) throw new SpError(409, codes.spException, `A field with id ${spec.id} already exists in this list.`);
    f = { ...f, id: spec.id };
  }
  f = applyFieldProps(f, props, KIND_INFO[f.kind].odataType);
  f = { ...f, schemaXml: xml };
  return storeNewField(call, list, f);
}

export function fieldRoute(call: Call, list: ListInfo, f: FieldDef, body: () => Record<string, unknown>): ApiResponse {
  const store = call.ctx.store;
  switch (call.req.method) {
    case 'GET':
      return fieldResponse(call, list, f);
    case 'MERGE':
    case 'PATCH':
    case 'PUT': {
      const b = body();
      if (f.builtIn && f.internalName !== 'Title') throw badRequest(`The built-in column '${f.internalName}' cannot be changed.`);
      let updated = applyFieldProps(f, b, KIND_INFO[f.kind].odataType);
      if (updated.kind !== f.kind && hasValues(call, list, f)) {
        throw badRequest(`AllowMultipleValues cannot be changed on '${f.title}' while items have values in it.`);
      }
      updated = { ...updated, schemaXml: undefined };
      checkFieldDef(updated);
      checkLookupTarget(call, updated);
      checkIndexBudget(call, list, updated);
      if (updated.enforceUnique && !f.enforceUnique) checkNoDuplicates(call, list, updated);
      store.updateField(list.key, updated);
      ItemBodies.refresh(store, call.ctx.site, list.key);
      authorizeWrite(call, { list: listSummary(list), kind: 'field', op: 'update', before: fieldProps(call, f), after: fieldProps(call, updated) });
      return { status: 204, headers: {}, body: '' };
    }
    case 'DELETE': {
      if (f.builtIn) throw badRequest(`The built-in column '${f.internalName}' cannot be deleted.`);
      authorizeWrite(call, { list: listSummary(list), kind: 'field', op: 'delete', before: fieldProps(call, f), after: null });
      store.deleteField(list.key, f.internalName);
      const { lo, hi } = ridRange(list.key);
      store.prepare(`UPDATE items SET data = jsonb_remove(data, '$."${f.internalName}"') WHERE rid > ? AND rid < ?`).run(lo, hi);
      ItemBodies.refresh(store, call.ctx.site, list.key);
      return { status: 200, headers: {}, body: '' };
    }
    default:
      return requireMethod(call, 'GET', 'MERGE', 'DELETE') as never;
  }
}

function hasValues(call: Call, list: ListInfo, f: FieldDef): boolean {
  const { lo, hi } = ridRange(list.key);
  return (
    call.ctx.store.prepare(`SELECT 1 FROM items WHERE rid > ? AND rid < ? AND json_extract(data, '$."${f.internalName}"') IS NOT NULL LIMIT 1`).get(lo, hi) !==
    undefined
  );
}

function checkNoDuplicates(call: Call, list: ListInfo, f: FieldDef): void {
  const expr = columnSql(f.internalName, f.kind);
  const { lo, hi } = ridRange(list.key);
  const dup = call.ctx.store
    .prepare(`SELECT ${expr} AS v FROM items WHERE rid > ? AND rid < ? AND ${expr} IS NOT NULL GROUP BY ${expr} HAVING COUNT(*) > 1 LIMIT 1`)
    .get(lo, hi) as { v: unknown } | undefined;
  if (dup) {
    throw new SpError(
      409,
      codes.duplicate,
      `Unique values cannot be enforced on '${f.title}': the value '${String(dup.v)}' is already used by more than one item.`,
    );
  }
}
