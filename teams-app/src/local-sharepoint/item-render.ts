// List items as JSON: the default property set SharePoint returns, `$select` projections and
// `$expand` of lookup and person columns, in any of the three metadata shapes.

import type { FieldDef } from './field-model';
import { entityName, isMulti, isUserKind, valueKey } from './field-model';
import { findField } from './item-query';
import { itemTypeName } from './item-values';
import type { QueryOptions } from './query-options';
import type { Json, Renderer } from './render';
import { etagOf, listUri } from './render';
import { badRequest, codes } from './sp-error';
import type { ListInfo, ListStore, SiteUser } from './store';
import { claimsLogin } from './personas';

const CONTENT_TYPE_ID = '0x0100A1B2C3D4E5F60718293A4B5C6D7E8F90';

type Entry =
  | {
      readonly kind: 'const';
      readonly key: string;
      readonly value: (id: number, version: number, data: Record<string, unknown>) => unknown;
      /** The same value as an SQL expression over `i` (see sqlProjection). */
      readonly sql: string;
    }
  | { readonly kind: 'value'; readonly key: string; readonly field: FieldDef }
  | { readonly kind: 'stringId'; readonly key: string; readonly field: FieldDef }
  | { readonly kind: 'expand'; readonly key: string; readonly field: FieldDef; readonly props: readonly string[] };

const USER_PROPS = ['Id', 'ID', 'Title', 'EMail', 'Name', 'UserName', 'Email', 'LoginName', 'JobTitle', 'Department', 'FirstName', 'LastName'];

/** An SQL string literal. */
const lit = (s: string): string => `'${s.replace(/'/g, "''")}'`;
const jsonPath = (internalName: string): string => `'$."${internalName}"'`;

function systemEntries(): Map<string, Entry> {
  const c = (key: string, sql: string, value: (id: number, version: number, data: Record<string, unknown>) => unknown): [string, Entry] => [
    key,
    { kind: 'const', key, value, sql },
  ];
  return new Map<string, Entry>([
    c('FileSystemObjectType', '0', () => 0),
    c('Id', 'i.id', (id) => id),
    c('ServerRedirectedEmbedUri', 'NULL', () => null),
    c('ServerRedirectedEmbedUrl', "''", () => ''),
    c('ContentTypeId', lit(CONTENT_TYPE_ID), () => CONTENT_TYPE_ID),
    c('ComplianceAssetId', 'NULL', () => null),
    c('ID', 'i.id', (id) => id),
    c('OData__UIVersionString', "(i.version || '.0')", (_, v) => `${v}.0`),
    c('Attachments', "json('false')", () => false),
    c('GUID', `json_extract(i.data,${jsonPath('GUID')})`, (_, __, d) => d.GUID ?? null),
  ]);
}

export class ItemRenderer {
  private readonly entries: Entry[];
  /** True for the default property set (no $select, or `*`, and no $expand). */
  private readonly isDefault: boolean;
  private readonly typeName: string;
  private readonly lookupCache = new Map<string, Record<string, unknown> | null>();
  private users: Map<number, SiteUser> | undefined;

  constructor(
    private readonly store: ListStore,
    private readonly list: ListInfo,
    private readonly r: Renderer,
    options: Pick<QueryOptions, 'select' | 'expand'>,
  ) {
    this.typeName = itemTypeName(list);
    this.entries = this.plan(store.fields(list.key), options);
    this.isDefault = (options.select === undefined || options.select.some((p) => p[0] === '*')) && (options.expand ?? []).length === 0;
  }

  private plan(fields: readonly FieldDef[], options: Pick<QueryOptions, 'select' | 'expand'>): Entry[] {
    const system = systemEntries();
    const expand = new Map<string, FieldDef>();
    for (const name of options.expand ?? []) {
      const f = findField(fields, name);
      if (!f) throw badRequest(`The field or property '${name}' does not exist.`);
      if (!(f.kind === 'Lookup' || f.kind === 'LookupMulti' || isUserKind(f.kind))) {
        throw badRequest(`The field '${name}' is not a lookup or person column and cannot be expanded.`);
      }
      expand.set(entityName(f.internalName), f);
    }
    const projected = new Map<string, string[]>();
    const entries: Entry[] = [];
    const seen = new Set<string>();
    const add = (e: Entry): void => {
      if (!seen.has(e.key)) {
        seen.add(e.key);
        entries.push(e);
      }
    };
    const addField = (f: FieldDef): void => {
      const sys = system.get(entityName(f.internalName));
      if (sys && f.internalName !== 'Title') return add(sys);
      add({ kind: 'value', key: valueKey(f), field: f });
      if (f.kind === 'User' || f.kind === 'UserMulti') {
        if (!f.builtIn) add({ kind: 'stringId', key: `${entityName(f.internalName)}StringId`, field: f });
      }
    };
    const defaults = (): void => {
      for (const k of ['FileSystemObjectType', 'Id', 'ServerRedirectedEmbedUri', 'ServerRedirectedEmbedUrl', 'ContentTypeId']) add(system.get(k)!);
      const title = fields.find((f) => f.internalName === 'Title');
      if (title) addField(title);
      add(system.get('ComplianceAssetId')!);
      for (const f of fields) if (!f.builtIn && !f.hidden) addField(f);
      add(system.get('ID')!);
      for (const name of ['Modified', 'Created', 'Author', 'Editor']) {
        const f = fields.find((x) => x.internalName === name);
        if (f) addField(f);
      }
      for (const k of ['OData__UIVersionString', 'Attachments', 'GUID']) add(system.get(k)!);
    };
    const select = options.select;
    if (!select || select.some((p) => p.length === 1 && p[0] === '*')) defaults();
    for (const path of select ?? []) {
      const [head, prop] = path as [string, string | undefined];
      if (head === '*') continue;
      if (prop !== undefined) {
        const f = expand.get(head) ?? (findField(fields, head) && expand.get(entityName(findField(fields, head)!.internalName)));
        if (!f) {
          throw badRequest(
            `The query to field '${path.join('/')}' is not valid. The $select query string must specify the target fields and the $expand query string must contains ${head}.`,
            codes.spException,
          );
        }
        const list = projected.get(entityName(f.internalName)) ?? [];
        list.push(prop);
        projected.set(entityName(f.internalName), list);
        continue;
      }
      const sys = system.get(head) ?? [...system.values()].find((e) => e.key.toLowerCase() === head.toLowerCase());
      if (sys) {
        add(sys);
        continue;
      }
      const byKey = fields.find((f) => valueKey(f) === head || (isUserKind(f.kind) && `${entityName(f.internalName)}StringId` === head));
      if (byKey) {
        if (head.endsWith('StringId') && head !== valueKey(byKey)) add({ kind: 'stringId', key: head, field: byKey });
        else add({ kind: 'value', key: valueKey(byKey), field: byKey });
        continue;
      }
      const f = findField(fields, head);
      if (!f) throw badRequest(`The field or property '${head}' does not exist.`, codes.invalidQuery);
      if (f.kind === 'Lookup' || f.kind === 'LookupMulti' || isUserKind(f.kind)) {
        if (!expand.has(entityName(f.internalName))) {
          throw badRequest(
            `The query to field '${head}' is not valid. The $select query string must specify the target fields and the $expand query string must contains ${head}.`,
            codes.spException,
          );
        }
        projected.set(entityName(f.internalName), projected.get(entityName(f.internalName)) ?? []);
        continue;
      }
      addField(f);
    }
    for (const [name, f] of expand) {
      let props = projected.get(name);
      if (!props) {
        if (select && !select.some((p) => p[0] === '*')) continue; // expanded but nothing of it selected
        props = [];
      }
      if (props.length === 0) props = isUserKind(f.kind) ? ['Id', 'Title', 'EMail', 'Name'] : ['Id', f.lookupField ?? 'Title'];
      this.checkProjection(f, props);
      add({ kind: 'expand', key: name, field: f, props });
    }
    return entries;
  }

  private checkProjection(f: FieldDef, props: readonly string[]): void {
    if (isUserKind(f.kind)) {
      for (const p of props) if (!USER_PROPS.includes(p)) throw badRequest(`The field or property '${p}' does not exist on the person column '${entityName(f.internalName)}'.`);
      return;
    }
    const target = this.store.listById(f.lookupListId ?? '');
    if (!target) throw badRequest(`The lookup column '${entityName(f.internalName)}' points at a list that no longer exists.`);
    const targetFields = this.store.fields(target.key);
    for (const p of props) {
      if (p === 'Id' || p === 'ID') continue;
      const tf = findField(targetFields, p);
      if (!tf) throw badRequest(`Column '${p}' does not exist. It may have been deleted by another user.`, codes.spException);
      if (tf.kind === 'Note' || isMulti(tf.kind) || tf.kind === 'Lookup' || isUserKind(tf.kind)) {
        throw badRequest(`The column '${p}' (${tf.kind}) of list '${target.title}' cannot be projected through the lookup '${entityName(f.internalName)}'.`);
      }
    }
  }

  private entryValue(e: Entry, id: number, version: number, data: Record<string, unknown>): unknown {
    switch (e.kind) {
      case 'const':
        return e.value(id, version, data);
      case 'value':
        return this.value(e.field, data[e.field.internalName]);
      case 'stringId': {
        const v = data[e.field.internalName];
        return e.field.kind === 'UserMulti' ? this.r.multi(Array.isArray(v) ? v.map(String) : [], 'Edm.String') : v == null ? null : String(v);
      }
      case 'expand':
        return this.expanded(e.field, e.props, data[e.field.internalName]);
    }
  }

  /** The item as an object (single-item answers, the authorize hook). */
  render(id: number, version: number, data: Record<string, unknown>): Json {
    const out: Json = {};
    for (const e of this.entries) out[e.key] = this.entryValue(e, id, version, data);
    return this.r.entity({ type: this.typeName, uri: `${listUri(this.list.id)}/Items(${id})`, etag: etagOf(version) }, out);
  }

  private readonly keyPrefixes = new Map<Entry, string>();

  /**
   * The whole item as one SQL expression (SQLite's json_object, in C), so a page of 5 000 items
   * is rendered by the query itself. Produces exactly the text `renderText` produces; undefined
   * when the projection needs $expand (rendered in JS) or is too wide for one json_object call.
   */
  sqlProjection(): string | undefined {
    if (this.entries.some((e) => e.kind === 'expand')) return undefined;
    const verbose = this.r.format === 'verbose';
    const collection = (type: string, arr: string): string =>
      verbose ? `json_object('__metadata',json_object('type',${lit(`Collection(${type})`)}),'results',${arr})` : arr;
    const args: string[] = [];
    const uri = `${listUri(this.list.id)}/Items(`;
    const abs = `${this.r.site.url}/_api/${uri}`;
    const idSql = (prefix: string): string => `(${lit(prefix)} || i.id || ')')`;
    const etag = `('"' || i.version || '"')`;
    if (this.r.format === 'minimal') {
      args.push(`'odata.type'`, lit(this.typeName), `'odata.id'`, idSql(abs), `'odata.etag'`, etag, `'odata.editLink'`, idSql(uri));
    } else if (verbose) {
      args.push(`'__metadata'`, `json_object('id',${idSql(abs)},'uri',${idSql(abs)},'etag',${etag},'type',${lit(this.typeName)})`);
    }
    for (const e of this.entries) {
      args.push(lit(e.key));
      if (e.kind === 'const') {
        args.push(e.sql);
        continue;
      }
      const f = e.field;
      const path = jsonPath(f.internalName);
      if (e.kind === 'stringId') {
        args.push(
          f.kind === 'UserMulti'
            ? collection('Edm.String', `(SELECT json_group_array(CAST(value AS TEXT)) FROM json_each(i.data,${path}))`)
            : `CAST(json_extract(i.data,${path}) AS TEXT)`,
        );
      } else if (f.kind === 'MultiChoice') {
        args.push(`(CASE WHEN json_array_length(i.data,${path}) > 0 THEN ${collection('Edm.String', `json(i.data -> ${path})`)} END)`);
      } else if (f.kind === 'LookupMulti' || f.kind === 'UserMulti') {
        args.push(collection('Edm.Int32', `json(COALESCE(i.data -> ${path}, '[]'))`));
      } else {
        args.push(`(i.data -> ${path})`);
      }
    }
    const built = args.length <= 250 ? `json_object(${args.join(',')})` : undefined;
    if (!this.isDefault || verbose || !built) return built;
    // The stored body (see ItemBodies) when it was rendered under the list's current columns.
    const head =
      this.r.format === 'minimal'
        ? `${lit(`{"odata.type":${JSON.stringify(this.typeName)},"odata.id":${JSON.stringify(abs).slice(0, -1)}`)} || i.id || ${lit(')","odata.etag":"\\"')} || i.version || ${lit(`\\"","odata.editLink":${JSON.stringify(uri).slice(0, -1)}`)} || i.id || ')",'`
        : `'{'`;
    return `(CASE WHEN i.body_rev = ${this.list.schemaRev} THEN ${head} || i.body || '}' ELSE ${built} END)`;
  }

  /**
   * The item as JSON text, written directly: pages of 5 000 items are the hot path, and building
   * objects with `odata.*` keys only to stringify them costs more than the query.
   */
  renderText(id: number, version: number, data: Record<string, unknown>): string {
    let out = this.r.entityPrefix({ type: this.typeName, uri: `${listUri(this.list.id)}/Items(${id})`, etag: etagOf(version) });
    let first = true;
    for (const e of this.entries) {
      let key = this.keyPrefixes.get(e);
      if (key === undefined) {
        key = `${JSON.stringify(e.key)}:`;
        this.keyPrefixes.set(e, key);
      }
      const v = this.entryValue(e, id, version, data);
      out += `${first ? '' : ','}${key}${v === null ? 'null' : JSON.stringify(v)}`;
      first = false;
    }
    return this.r.entitySuffix(out, first);
  }

  private value(f: FieldDef, v: unknown): unknown {
    switch (f.kind) {
      case 'MultiChoice':
        return Array.isArray(v) && v.length > 0 ? this.r.multi(v, 'Edm.String') : null;
      case 'LookupMulti':
      case 'UserMulti':
        return this.r.multi(Array.isArray(v) ? v : [], 'Edm.Int32');
      default:
        return v ?? null;
    }
  }

  private expanded(f: FieldDef, props: readonly string[], v: unknown): unknown {
    const ids = (isMulti(f.kind) ? (Array.isArray(v) ? v : []) : v == null ? [] : [v]) as number[];
    const objects = ids.map((id) => (isUserKind(f.kind) ? this.userObject(id, props) : this.lookupObject(f, id, props))).filter((o): o is Json => o !== null);
    if (isMulti(f.kind)) return this.r.nested(objects);
    return objects[0] ?? null;
  }

  private userObject(id: number, props: readonly string[]): Json | null {
    this.users ??= new Map(this.store.users().map((u) => [u.id, u]));
    const u = this.users.get(id);
    if (!u) return null;
    const all: Record<string, unknown> = {
      Id: u.id,
      ID: u.id,
      Title: u.title,
      EMail: u.email,
      Email: u.email,
      Name: claimsLogin(u.loginName),
      LoginName: claimsLogin(u.loginName),
      UserName: u.loginName,
      JobTitle: null,
      Department: null,
      FirstName: u.title.split(' ')[0] ?? null,
      LastName: u.title.split(' ').slice(1).join(' ') || null,
    };
    const out: Json = {};
    for (const p of props) out[p] = all[p];
    return this.r.entity({ type: 'SP.Data.UserInfoItem', uri: `Web/SiteUserInfoList/Items(${u.id})` }, out);
  }

  private lookupObject(f: FieldDef, id: number, props: readonly string[]): Json | null {
    const target = this.store.listById(f.lookupListId ?? '');
    if (!target) return null;
    const cacheKey = `${target.key}:${id}`;
    let data = this.lookupCache.get(cacheKey);
    if (data === undefined) {
      data = this.store.getItem(target.key, id)?.data ?? null;
      this.lookupCache.set(cacheKey, data);
    }
    if (!data) return null;
    const targetFields = this.store.fields(target.key);
    const out: Json = {};
    for (const p of props) {
      if (p === 'Id' || p === 'ID') out[p] = id;
      else {
        const tf = findField(targetFields, p)!;
        out[entityName(tf.internalName)] = data[tf.internalName] ?? null;
      }
    }
    return this.r.entity({ type: itemTypeName(target), uri: `${listUri(target.id)}/Items(${id})` }, out);
  }
}
