// A typed repository over one list. Filters come only from the schema-checked OData builder,
// reads page through PnPjs' async iterator, and every update carries the ETag that was read.

import type { SPFI } from '@pnp/sp';
import '@pnp/sp/items';
import {
  filterFor,
  orderByKey,
  selectKeys,
  type FieldValues,
  type Filter,
  type FilterableName,
  type FilterBuilder,
  type ListItem,
  type ListSchema,
} from '../../../shared/lists';
import { httpStatusOf } from './errors';
import { decodeItem, encodeValues } from './item-codec';
import { listRef } from './list-ref';

/** SharePoint refuses $top above 5 000 (the list view threshold). */
export const MAX_PAGE_SIZE = 5000;
export const DEFAULT_PAGE_SIZE = 500;

export type FieldName<S extends ListSchema> = S['fields'][number]['name'];

export interface ListQuery<S extends ListSchema> {
  readonly where?: (f: FilterBuilder<S>) => Filter | undefined;
  readonly orderBy?: readonly (readonly [FilterableName<S>, 'asc' | 'desc'])[];
  /** Schema field names; all fields when omitted. */
  readonly select?: readonly FieldName<S>[];
  readonly pageSize?: number;
  /** Stop after this many items. */
  readonly limit?: number;
}

export interface Repository<S extends ListSchema> {
  readonly schema: S;
  /** One array per page, as SharePoint pages them. */
  pages(query?: ListQuery<S>): AsyncIterable<ListItem<S>[]>;
  list(query?: ListQuery<S>): Promise<ListItem<S>[]>;
  /** Undefined when the item does not exist. */
  get(id: number): Promise<ListItem<S> | undefined>;
  getByExternalId(externalId: string): Promise<ListItem<S> | undefined>;
  add(values: Partial<FieldValues<S>>): Promise<ListItem<S>>;
  /** Conditional on `etag`; a stale one fails with HTTP 412. `"*"` is refused: no blind overwrites. */
  update(id: number, values: Partial<FieldValues<S>>, etag: string): Promise<{ etag: string }>;
}

export class ConcurrencyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConcurrencyError';
  }
}

export function createRepository<S extends ListSchema>(sp: SPFI, schema: S): Repository<S> {
  const f = filterFor(schema);
  const hasExternalId = schema.fields.some((x) => x.name === 'externalId');

  function itemsQuery(query: ListQuery<S> = {}) {
    const pageSize = Math.min(query.pageSize ?? DEFAULT_PAGE_SIZE, query.limit ?? MAX_PAGE_SIZE, MAX_PAGE_SIZE);
    if (!Number.isSafeInteger(pageSize) || pageSize < 1) throw new Error(`Page size must be 1–${MAX_PAGE_SIZE}`);
    let items = listRef(sp, schema).items.select(...selectKeys(schema, query.select)).top(pageSize);
    const filter = query.where?.(f);
    if (filter) items = items.filter(filter.odata);
    for (const [name, dir] of query.orderBy ?? []) items = items.orderBy(orderByKey(schema, name), dir === 'asc');
    return items;
  }

  async function* pages(query: ListQuery<S> = {}): AsyncGenerator<ListItem<S>[]> {
    let remaining = query.limit ?? Number.POSITIVE_INFINITY;
    for await (const page of itemsQuery(query)) {
      const items = (page as Record<string, unknown>[]).map((raw) => decodeItem(schema, raw));
      const taken = items.slice(0, remaining);
      remaining -= taken.length;
      yield taken;
      if (remaining <= 0) return;
    }
  }

  return {
    schema,
    pages,
    async list(query) {
      const all: ListItem<S>[] = [];
      for await (const page of pages(query)) all.push(...page);
      return all;
    },
    async get(id) {
      if (!Number.isSafeInteger(id) || id < 1) return undefined;
      try {
        const raw = await listRef(sp, schema).items.getById(id).select(...selectKeys(schema))();
        return decodeItem(schema, raw as Record<string, unknown>);
      } catch (error) {
        if (httpStatusOf(error) === 404) return undefined;
        throw error;
      }
    },
    async getByExternalId(externalId) {
      if (!hasExternalId) throw new Error(`List ${schema.name} has no externalId column`);
      const [item] = await this.list({ where: (b) => b.eq('externalId' as FilterableName<S>, externalId), limit: 1 });
      return item;
    },
    async add(values) {
      const raw = await listRef(sp, schema).items.add(encodeValues(schema, values));
      return decodeItem(schema, raw as Record<string, unknown>);
    },
    async update(id, values, etag) {
      if (!etag || etag.trim() === '*') throw new ConcurrencyError('An update needs the ETag that was read; "*" would overwrite blindly');
      const result = (await listRef(sp, schema).items.getById(id).update(encodeValues(schema, values), etag)) as { etag?: string };
      return { etag: result.etag ?? '' };
    },
  };
}
