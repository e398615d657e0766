// Imports seed-items.json into provisioned lists, idempotently by externalId: an item that exists
// and matches is not touched, one that differs gets only the differing columns (with its ETag),
// a missing one is added. Running it twice writes nothing the second time.
//
// Lookups are resolved by the target's externalId, people by display name against the site's
// users. Back-references (Projekt → senaste version, version → föregående) are set in a second
// pass, once every target exists.

import type { SPFI } from '@pnp/sp';
import '@pnp/sp/site-users/web';
import { fieldKey, isDeferredLookup, lists as allLists, type FieldSchema, type ListItem, type ListSchema } from '../../../shared/lists';
import { runBatched, type BulkOptions } from '../data/bulk';
import { decodeItem, encodeValues, sameTypedValue } from '../data/item-codec';
import { listRef } from '../data/list-ref';
import { createRepository } from '../data/repository';
import { mapSeed, type ImportedListName, type SeedData, type SeedRow } from './seed-mapping';

export interface ListImportCounts {
  created: number;
  updated: number;
  unchanged: number;
}

export interface ImportReport {
  readonly lists: Record<ImportedListName, ListImportCounts>;
  /** Names in the seed that match no user of the site (their person columns stay empty). */
  readonly unresolvedPeople: string[];
}

export interface ImportOptions extends BulkOptions {
  /** Display name → site user id. Defaults to the site's user list. */
  readonly resolvePeople?: (names: readonly string[]) => Promise<ReadonlyMap<string, number>>;
  readonly log?: (message: string) => void;
}

export class ImportError extends Error {
  constructor(
    message: string,
    readonly failures: readonly string[],
  ) {
    super(message);
    this.name = 'ImportError';
  }
}

type AnyItem = ListItem<ListSchema> & Record<string, unknown>;

const norm = (name: string): string => name.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();

/** Matches names to the site's users by display name (case and spacing ignored). */
export async function siteUserResolver(sp: SPFI): Promise<(names: readonly string[]) => Promise<ReadonlyMap<string, number>>> {
  const users = (await sp.web.siteUsers.select('Id', 'Title')()) as { Id: number; Title: string }[];
  const byTitle = new Map<string, number>();
  for (const u of users) if (typeof u.Title === 'string') byTitle.set(norm(u.Title), u.Id);
  return async (names) => {
    const found = new Map<string, number>();
    for (const n of names) {
      const id = byTitle.get(norm(n));
      if (id !== undefined) found.set(n, id);
    }
    return found;
  };
}

export async function importSeed(sp: SPFI, seed: SeedData, options: ImportOptions = {}): Promise<ImportReport> {
  const log = options.log ?? (() => undefined);
  const rows = mapSeed(seed);
  const schemas = allLists.filter((l): l is Extract<(typeof allLists)[number], { name: ImportedListName }> => l.name in rows);

  const names = [...new Set(Object.values(rows).flatMap((rs) => rs.flatMap((r) => Object.values(r.people).flat())))];
  const resolve = options.resolvePeople ?? (await siteUserResolver(sp));
  const people = await resolve(names);
  const unresolvedPeople = names.filter((n) => !people.has(n)).sort();

  const ids = new Map<string, Map<string, number>>();
  const created = new Map<string, Set<string>>();
  const updated = new Map<string, Set<string>>();
  const touched = (m: Map<string, Set<string>>, list: string): Set<string> => {
    if (!m.has(list)) m.set(list, new Set());
    return m.get(list)!;
  };
  const failures: string[] = [];

  const lookupId = (schema: ListSchema, key: string, externalId: string | null): number | null => {
    if (externalId === null) return null;
    const field = schema.fields.find((f) => fieldKey(f) === key) as Extract<FieldSchema, { kind: 'Lookup' }> | undefined;
    if (!field || field.kind !== 'Lookup') throw new Error(`${schema.name}: '${key}' is not a lookup column`);
    const id = ids.get(field.target)?.get(externalId);
    if (id === undefined) throw new Error(`${schema.name}: '${externalId}' (${field.target}) does not exist`);
    return id;
  };

  const desiredFor = (schema: ListSchema, row: SeedRow, deferred: boolean): Record<string, unknown> => {
    const out: Record<string, unknown> = {};
    if (!deferred) {
      Object.assign(out, row.values);
      for (const [key, list] of Object.entries(row.people)) {
        const resolved = list.map((n) => people.get(n)).filter((x): x is number => x !== undefined);
        const field = schema.fields.find((f) => fieldKey(f) === key);
        if (resolved.length > 0) out[key] = field?.kind === 'UserMulti' ? resolved : resolved[0];
      }
    }
    for (const [key, target] of Object.entries(row.lookups)) {
      const field = schema.fields.find((f) => fieldKey(f) === key)!;
      if (isDeferredLookup(schema, field) === deferred) out[key] = lookupId(schema, key, target);
    }
    return out;
  };

  const changes = (schema: ListSchema, desired: Record<string, unknown>, existing: AnyItem | undefined): Record<string, unknown> => {
    const patch: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(desired)) {
      const field = schema.fields.find((f) => fieldKey(f) === key);
      if (!field) throw new Error(`${schema.name} has no column '${key}'`);
      // People are assigned in the product (the tab); the seed only fills a column nobody has set.
      const isPerson = field.kind === 'User' || field.kind === 'UserMulti';
      if (existing && isPerson && !isEmpty(existing[key])) continue;
      if (!existing || !sameTypedValue(field, value, existing[key])) patch[key] = value;
    }
    return patch;
  };

  for (const pass of ['values', 'back-references'] as const) {
    const deferred = pass === 'back-references';
    for (const schema of schemas) {
      const listRows = rows[schema.name];
      if (deferred && !schema.fields.some((f) => isDeferredLookup(schema, f))) continue;
      const existing = await readAll(sp, schema);
      const byExternalId = new Map(existing.map((item) => [String(item['externalId']), item]));
      ids.set(schema.name, new Map(existing.map((item) => [String(item['externalId']), item.Id])));

      const adds: { row: SeedRow; body: Record<string, unknown> }[] = [];
      const updates: { row: SeedRow; item: AnyItem; patch: Record<string, unknown> }[] = [];
      for (const row of listRows) {
        const item = byExternalId.get(row.externalId);
        let desired: Record<string, unknown>;
        try {
          desired = desiredFor(schema, row, deferred);
        } catch (error) {
          failures.push(`${schema.name} ${row.externalId}: ${(error as Error).message}`);
          continue;
        }
        if (!item) {
          // In the second pass a missing item is one whose add failed; that is already reported.
          if (!deferred) adds.push({ row, body: { ...row.createOnly, ...desired } });
          continue;
        }
        const patch = changes(schema, desired, item);
        if (Object.keys(patch).length > 0) updates.push({ row, item, patch });
      }

      const results = await runBatched(
        sp,
        [
          ...adds.map(({ body }) => (b: SPFI) => listRef(b, schema).items.add(encodeValues(schema, body)) as Promise<unknown>),
          ...updates.map(
            ({ item, patch }) =>
              (b: SPFI) =>
                listRef(b, schema).items.getById(item.Id).update(encodeValues(schema, patch), item.etag) as Promise<unknown>,
          ),
        ],
        options,
      );
      results.forEach((result, i) => {
        const isAdd = i < adds.length;
        const row = isAdd ? adds[i]!.row : updates[i - adds.length]!.row;
        if (result.status === 'rejected') {
          failures.push(`${schema.name} ${row.externalId}: ${(result.reason as Error)?.message ?? String(result.reason)}`);
          return;
        }
        if (isAdd) {
          ids.get(schema.name)!.set(row.externalId, decodeItem(schema, result.value as Record<string, unknown>).Id);
          touched(created, schema.name).add(row.externalId);
        } else if (!touched(created, schema.name).has(row.externalId)) {
          touched(updated, schema.name).add(row.externalId);
        }
      });
      if (adds.length + updates.length > 0) log(`${schema.name}: ${adds.length} added, ${updates.length} updated (${pass})`);
    }
  }

  if (failures.length > 0) {
    throw new ImportError(`The import stopped short on ${failures.length} item(s); run it again after fixing:\n${failures.join('\n')}`, failures);
  }
  const counts = Object.fromEntries(
    schemas.map((schema) => {
      const c = touched(created, schema.name).size;
      const u = touched(updated, schema.name).size;
      return [schema.name, { created: c, updated: u, unchanged: rows[schema.name].length - c - u }];
    }),
  ) as Record<ImportedListName, ListImportCounts>;
  return { lists: counts, unresolvedPeople };
}

function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || (Array.isArray(value) && value.length === 0);
}

async function readAll(sp: SPFI, schema: ListSchema): Promise<AnyItem[]> {
  return (await createRepository(sp, schema).list({ pageSize: 2000 })) as AnyItem[];
}
