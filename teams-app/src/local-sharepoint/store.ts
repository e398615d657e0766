// Storage for the local list service: one SQLite file (or memory) through better-sqlite3.
//
// Layout, chosen for 20 000+ items per list read page by page:
// - `items.rid` (the rowid) is `(listKey << 32) + itemId`, so one list's items sit together in ID
//   order in the table's own B-tree; the dominant read (`$top` pages by ID) is a single range scan
//   with no secondary-index hops.
// - An item's values are one JSON document keyed by internal name, stored as SQLite's binary JSONB
//   so reading single values (filters, sorting, the json_object rendering of whole pages) does not
//   re-parse text. Adding a column never rewrites rows.
// - A column marked Indexed gets an expression index on `json_extract(data, '$."col"')` (text
//   folded to lower case; SQLite appends the rowid, so `col = ? AND rid in one list's range` is a
//   single seek), mirroring SharePoint's per-column indexes: filters on indexed columns seek,
//   everything else scans one list's rowid range — which is what the list view threshold polices.
//   Queries never test `list_key` itself: the rowid range already names the list, and an
//   equality on it would tempt the planner into an index scan plus a sort for plain paging.
//
// Durability: WAL with synchronous=FULL, and every request (every changeset in a batch) is one
// transaction committed before its response is written, so an acknowledged write survives a
// crash and an unacknowledged one is either wholly there or wholly absent.

import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { FieldDef, FieldKind } from './field-model';
import { isTextLike } from './field-model';

export interface ListInfo {
  readonly key: number;
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly baseTemplate: number;
  /** The list's URL segment under `Lists/`, fixed at creation. */
  readonly urlName: string;
  readonly entityTypeName: string;
  readonly created: string;
  readonly enableVersioning: boolean;
  readonly hidden: boolean;
  readonly version: number;
  /** Bumped by every column change: item bodies rendered under an older one are stale. */
  readonly schemaRev: number;
  readonly itemCount: number;
  readonly lastItemModified: string;
}

export interface SiteUser {
  readonly id: number;
  readonly loginName: string;
  readonly title: string;
  readonly email: string;
  readonly isSiteAdmin: boolean;
  readonly groups: readonly string[];
}

export interface StoredItem {
  readonly id: number;
  readonly version: number;
  readonly data: Record<string, unknown>;
}

const LIST_SPAN = 4294967296; // 2^32 ids per list
export const ridOf = (listKey: number, id: number): number => listKey * LIST_SPAN + id;
export const ridRange = (listKey: number): { lo: number; hi: number } => ({ lo: listKey * LIST_SPAN, hi: (listKey + 1) * LIST_SPAN });

const FIRST_USER_ID = 11;
/** Bumped whenever the tables below change shape; an older data directory is refused, not misread. */
const SCHEMA_VERSION = 1;

/**
 * Case folding for text comparisons and ordering, as SharePoint's case-insensitive collation does;
 * deterministic so it can back an index. Ordering is by code point after folding, so å/ä/ö sort
 * as ä, å, ö rather than in Swedish order (Finnish_Swedish_CI_AS on a tenant).
 */
export function fold(v: unknown): unknown {
  return typeof v === 'string' ? v.toLowerCase() : v;
}

/** The SQL expression reading one column of alias `a`; identical text in queries and index definitions. */
export function columnSql(internalName: string, kind: FieldKind, alias = ''): string {
  const data = alias ? `${alias}.data` : 'data';
  if (internalName === 'ID') return alias ? `${alias}.id` : 'id';
  const raw = `json_extract(${data},'$."${internalName}"')`;
  return isTextLike(kind) ? `sp_ci(${raw})` : raw;
}

function indexName(internalName: string, kind: FieldKind): string {
  return `ix_${isTextLike(kind) ? 'ci' : 'v'}_${internalName}`;
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS lists (
  key INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  title TEXT NOT NULL,
  url_name TEXT NOT NULL UNIQUE COLLATE NOCASE,
  info TEXT NOT NULL,
  version INTEGER NOT NULL,
  schema_rev INTEGER NOT NULL DEFAULT 1,
  item_count INTEGER NOT NULL DEFAULT 0,
  next_item_id INTEGER NOT NULL DEFAULT 1,
  last_item_modified TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS fields (
  list_key INTEGER NOT NULL,
  position INTEGER NOT NULL,
  internal_name TEXT NOT NULL COLLATE NOCASE,
  def TEXT NOT NULL,
  PRIMARY KEY (list_key, internal_name)
);
CREATE TABLE IF NOT EXISTS items (
  rid INTEGER PRIMARY KEY,
  list_key INTEGER NOT NULL,
  id INTEGER NOT NULL,
  version INTEGER NOT NULL,
  data BLOB NOT NULL,
  -- The item's default no-metadata JSON properties, rendered at write time under body_rev.
  body TEXT,
  body_rev INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS users (
  id INTEGER PRIMARY KEY,
  login TEXT NOT NULL UNIQUE COLLATE NOCASE,
  title TEXT NOT NULL,
  email TEXT NOT NULL,
  is_site_admin INTEGER NOT NULL,
  groups TEXT NOT NULL
);
`;

interface ListRowDb {
  key: number;
  id: string;
  title: string;
  url_name: string;
  info: string;
  version: number;
  schema_rev: number;
  item_count: number;
  next_item_id: number;
  last_item_modified: string;
}

interface ListExtra {
  description: string;
  baseTemplate: number;
  entityTypeName: string;
  created: string;
  enableVersioning: boolean;
  hidden: boolean;
}

export class ListStore {
  readonly db: Database.Database;
  private readonly statements = new Map<string, Database.Statement>();
  private fieldCache = new Map<number, FieldDef[]>();
  private listCache: ListInfo[] | null = null;
  private userCache: SiteUser[] | null = null;

  constructor(dataDir?: string) {
    let file = ':memory:';
    if (dataDir !== undefined) {
      mkdirSync(dataDir, { recursive: true });
      file = join(dataDir, 'lists.sqlite');
    }
    this.db = new Database(file);
    this.db.function('sp_ci', { deterministic: true }, (v: unknown) => fold(v) as string | number | null);
    if (dataDir !== undefined) {
      this.db.pragma('journal_mode = WAL');
      this.db.pragma('synchronous = FULL');
    }
    this.db.pragma('cache_size = -65536');
    const version = this.db.pragma('user_version', { simple: true }) as number;
    const hasTables = this.db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'items'").get() !== undefined;
    if (hasTables && version !== SCHEMA_VERSION) {
      this.db.close();
      throw new Error(
        `${file} was written by another version of the local list service (schema ${version}, expected ${SCHEMA_VERSION}); move it away or use another --data directory.`,
      );
    }
    this.db.exec(SCHEMA);
    this.db.pragma(`user_version = ${SCHEMA_VERSION}`);
  }

  close(): void {
    this.db.close();
  }

  prepare(sql: string): Database.Statement {
    let s = this.statements.get(sql);
    if (!s) {
      s = this.db.prepare(sql);
      this.statements.set(sql, s);
    }
    return s;
  }

  /** Runs `fn` as one transaction; on any throw the caches are dropped with the rolled-back writes. */
  transaction<T>(fn: () => T): T {
    if (this.db.inTransaction) return fn();
    try {
      return this.db.transaction(fn).immediate();
    } catch (e) {
      this.fieldCache = new Map();
      this.listCache = null;
      this.userCache = null;
      throw e;
    }
  }

  // Lists

  lists(): ListInfo[] {
    if (!this.listCache) {
      const rows = this.prepare('SELECT * FROM lists ORDER BY key').all() as ListRowDb[];
      this.listCache = rows.map(toListInfo);
    }
    return this.listCache;
  }

  listByKey(key: number): ListInfo | undefined {
    return this.lists().find((l) => l.key === key);
  }

  listById(id: string): ListInfo | undefined {
    const wanted = id.toLowerCase();
    return this.lists().find((l) => l.id === wanted);
  }

  listByTitle(title: string): ListInfo | undefined {
    const wanted = title.toLowerCase();
    return this.lists().find((l) => l.title.toLowerCase() === wanted);
  }

  listByUrlName(urlName: string): ListInfo | undefined {
    const wanted = urlName.toLowerCase();
    return this.lists().find((l) => l.urlName.toLowerCase() === wanted);
  }

  createList(list: Omit<ListInfo, 'key' | 'itemCount' | 'version' | 'schemaRev' | 'lastItemModified'>, fields: readonly FieldDef[]): ListInfo {
    const extra: ListExtra = {
      description: list.description,
      baseTemplate: list.baseTemplate,
      entityTypeName: list.entityTypeName,
      created: list.created,
      enableVersioning: list.enableVersioning,
      hidden: list.hidden,
    };
    const r = this.prepare(
      'INSERT INTO lists (id, title, url_name, info, version, last_item_modified) VALUES (?, ?, ?, ?, 1, ?)',
    ).run(list.id, list.title, list.urlName, JSON.stringify(extra), list.created);
    const key = Number(r.lastInsertRowid);
    fields.forEach((f, position) => this.insertField(key, f, position));
    this.listCache = null;
    return this.listByKey(key)!;
  }

  updateList(key: number, patch: Partial<Pick<ListInfo, 'title' | 'description' | 'enableVersioning' | 'hidden'>>): ListInfo {
    const current = this.listByKey(key)!;
    const next = { ...current, ...patch };
    const extra: ListExtra = {
      description: next.description,
      baseTemplate: next.baseTemplate,
      entityTypeName: next.entityTypeName,
      created: next.created,
      enableVersioning: next.enableVersioning,
      hidden: next.hidden,
    };
    this.prepare('UPDATE lists SET title = ?, info = ?, version = version + 1 WHERE key = ?').run(next.title, JSON.stringify(extra), key);
    this.listCache = null;
    return this.listByKey(key)!;
  }

  deleteList(key: number): void {
    const { lo, hi } = ridRange(key);
    this.prepare('DELETE FROM items WHERE rid >= ? AND rid < ?').run(lo, hi);
    this.prepare('DELETE FROM fields WHERE list_key = ?').run(key);
    this.prepare('DELETE FROM lists WHERE key = ?').run(key);
    this.listCache = null;
    this.fieldCache.delete(key);
  }

  // Fields

  fields(listKey: number): FieldDef[] {
    let f = this.fieldCache.get(listKey);
    if (!f) {
      const rows = this.prepare('SELECT def FROM fields WHERE list_key = ? ORDER BY position').all(listKey) as { def: string }[];
      f = rows.map((r) => JSON.parse(r.def) as FieldDef);
      this.fieldCache.set(listKey, f);
    }
    return f;
  }

  private insertField(listKey: number, def: FieldDef, position: number): void {
    this.prepare('INSERT INTO fields (list_key, position, internal_name, def) VALUES (?, ?, ?, ?)').run(
      listKey,
      position,
      def.internalName,
      JSON.stringify(def),
    );
    if (def.indexed) this.ensureIndex(def);
  }

  addField(listKey: number, def: FieldDef): void {
    const row = this.prepare('SELECT COALESCE(MAX(position), -1) + 1 AS p FROM fields WHERE list_key = ?').get(listKey) as { p: number };
    this.insertField(listKey, def, row.p);
    this.touchList(listKey);
    this.fieldCache.delete(listKey);
  }

  updateField(listKey: number, def: FieldDef): void {
    this.prepare('UPDATE fields SET def = ? WHERE list_key = ? AND internal_name = ?').run(JSON.stringify(def), listKey, def.internalName);
    if (def.indexed) this.ensureIndex(def);
    this.touchList(listKey);
    this.fieldCache.delete(listKey);
  }

  deleteField(listKey: number, internalName: string): void {
    this.prepare('DELETE FROM fields WHERE list_key = ? AND internal_name = ?').run(listKey, internalName);
    this.touchList(listKey);
    this.fieldCache.delete(listKey);
  }

  private touchList(listKey: number): void {
    this.prepare('UPDATE lists SET version = version + 1, schema_rev = schema_rev + 1 WHERE key = ?').run(listKey);
    this.listCache = null;
  }

  /** One index per column name and value class, shared by every list that indexes that name. */
  private ensureIndex(def: FieldDef): void {
    if (def.internalName === 'ID') return;
    const expr = columnSql(def.internalName, def.kind);
    this.db.exec(`CREATE INDEX IF NOT EXISTS "${indexName(def.internalName, def.kind)}" ON items (${expr})`);
  }

  // Items

  getItem(listKey: number, id: number): StoredItem | undefined {
    const row = this.prepare('SELECT id, version, json(data) AS data FROM items WHERE rid = ?').get(ridOf(listKey, id)) as
      | { id: number; version: number; data: string }
      | undefined;
    return row && { id: row.id, version: row.version, data: JSON.parse(row.data) as Record<string, unknown> };
  }

  itemExists(listKey: number, id: number): boolean {
    return this.prepare('SELECT 1 FROM items WHERE rid = ?').get(ridOf(listKey, id)) !== undefined;
  }

  /** `body` renders the item's default properties (see ItemBodies); stored with the row. */
  insertItem(listKey: number, values: Record<string, unknown>, modified: string, body?: (id: number, version: number) => string): StoredItem {
    const row = this.prepare('SELECT next_item_id, schema_rev FROM lists WHERE key = ?').get(listKey) as { next_item_id: number; schema_rev: number };
    const id = row.next_item_id;
    this.prepare('INSERT INTO items (rid, list_key, id, version, data, body, body_rev) VALUES (?, ?, ?, 1, jsonb(?), ?, ?)').run(
      ridOf(listKey, id),
      listKey,
      id,
      JSON.stringify(values),
      body ? body(id, 1) : null,
      body ? row.schema_rev : 0,
    );
    this.prepare('UPDATE lists SET next_item_id = ?, item_count = item_count + 1, last_item_modified = ? WHERE key = ?').run(
      id + 1,
      modified,
      listKey,
    );
    this.listCache = null;
    return { id, version: 1, data: values };
  }

  updateItem(listKey: number, id: number, version: number, data: Record<string, unknown>, modified: string, body?: string): void {
    const rev = body === undefined ? 0 : this.listByKey(listKey)!.schemaRev;
    this.prepare('UPDATE items SET version = ?, data = jsonb(?), body = ?, body_rev = ? WHERE rid = ?').run(
      version,
      JSON.stringify(data),
      body ?? null,
      rev,
      ridOf(listKey, id),
    );
    this.prepare('UPDATE lists SET last_item_modified = ? WHERE key = ?').run(modified, listKey);
    this.listCache = null;
  }

  /** Every item of a list (read whole: better-sqlite3 cannot write while a read is open). */
  allItems(listKey: number): StoredItem[] {
    const { lo, hi } = ridRange(listKey);
    const rows = this.prepare('SELECT id, version, json(data) AS data FROM items WHERE rid > ? AND rid < ? ORDER BY rid').all(lo, hi) as {
      id: number;
      version: number;
      data: string;
    }[];
    return rows.map((row) => ({ id: row.id, version: row.version, data: JSON.parse(row.data) as Record<string, unknown> }));
  }

  setBody(listKey: number, id: number, body: string, rev: number): void {
    this.prepare('UPDATE items SET body = ?, body_rev = ? WHERE rid = ?').run(body, rev, ridOf(listKey, id));
  }

  deleteItem(listKey: number, id: number, modified: string): void {
    this.prepare('DELETE FROM items WHERE rid = ?').run(ridOf(listKey, id));
    this.prepare('UPDATE lists SET item_count = item_count - 1, last_item_modified = ? WHERE key = ?').run(modified, listKey);
    this.listCache = null;
  }

  // Users

  users(): SiteUser[] {
    if (this.userCache) return this.userCache;
    const rows = this.prepare('SELECT * FROM users ORDER BY id').all() as {
      id: number;
      login: string;
      title: string;
      email: string;
      is_site_admin: number;
      groups: string;
    }[];
    this.userCache = rows.map((r) => ({
      id: r.id,
      loginName: r.login,
      title: r.title,
      email: r.email,
      isSiteAdmin: r.is_site_admin === 1,
      groups: JSON.parse(r.groups) as string[],
    }));
    return this.userCache;
  }

  userById(id: number): SiteUser | undefined {
    return this.users().find((u) => u.id === id);
  }

  /** Keeps a user's id stable across restarts and persona edits (matched by login). */
  upsertUser(u: Omit<SiteUser, 'id'>): SiteUser {
    this.userCache = null;
    const existing = this.prepare('SELECT id FROM users WHERE login = ?').get(u.loginName) as { id: number } | undefined;
    if (existing) {
      this.prepare('UPDATE users SET title = ?, email = ?, is_site_admin = ?, groups = ? WHERE id = ?').run(
        u.title,
        u.email,
        u.isSiteAdmin ? 1 : 0,
        JSON.stringify(u.groups),
        existing.id,
      );
      return { ...u, id: existing.id };
    }
    const next = this.prepare('SELECT MAX(id) AS m FROM users').get() as { m: number | null };
    const id = Math.max(FIRST_USER_ID, (next.m ?? 0) + 1);
    this.prepare('INSERT INTO users (id, login, title, email, is_site_admin, groups) VALUES (?, ?, ?, ?, ?, ?)').run(
      id,
      u.loginName,
      u.title,
      u.email,
      u.isSiteAdmin ? 1 : 0,
      JSON.stringify(u.groups),
    );
    return { ...u, id };
  }
}

function toListInfo(r: ListRowDb): ListInfo {
  const extra = JSON.parse(r.info) as ListExtra;
  return {
    key: r.key,
    id: r.id,
    title: r.title,
    urlName: r.url_name,
    version: r.version,
    schemaRev: r.schema_rev,
    itemCount: r.item_count,
    lastItemModified: r.last_item_modified,
    ...extra,
  };
}
