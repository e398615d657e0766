// Validation of item writes against the list's own field definitions. A write is checked whole
// before anything is stored, so a refused write changes nothing.
//
// Deliberately stricter than SharePoint Online in two places, so that bugs surface locally:
// SharePoint's REST endpoint accepts any text in a Choice column and does not enforce Required
// (only its forms and validateUpdateListItem do). Here both are refused with a 400.

import { randomUUID } from 'node:crypto';
import type { FieldDef } from './field-model';
import { collection, entityName, isLookupLike, isMulti, valueKey } from './field-model';
import { normalizeDate } from './item-query';
import { SpError, badRequest, codes } from './sp-error';
import type { ListInfo, ListStore, SiteUser } from './store';
import { columnSql, fold, ridRange } from './store';

/** Item data as stored: values keyed by internal name; lookups/people as ids. */
export type ItemData = Record<string, unknown>;

const fieldError = (message: string): SpError => badRequest(message, codes.fieldValue);

function isBlank(v: unknown): boolean {
  return v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0);
}

export interface WriteContext {
  readonly store: ListStore;
  readonly list: ListInfo;
  readonly fields: readonly FieldDef[];
  readonly user: SiteUser;
  readonly now: string;
}

/** Entity type name used in SharePoint's messages, e.g. `SP.Data.ActionsListItem`. */
export const itemTypeName = (list: ListInfo): string => `SP.Data.${list.entityTypeName}Item`;

function normalizeValue(ctx: WriteContext, f: FieldDef, value: unknown, key: string): unknown {
  const label = `'${f.title}' (${entityName(f.internalName)})`;
  if (value === null || value === undefined) return null;
  switch (f.kind) {
    case 'Text': {
      if (typeof value !== 'string') throw fieldError(`The column ${label} takes text, not ${typeof value}.`);
      const max = f.maxLength ?? 255;
      if (value.length > max) throw fieldError(`The column ${label} takes at most ${max} characters; the value has ${value.length}.`);
      return value === '' ? null : value;
    }
    case 'Note':
      if (typeof value !== 'string') throw fieldError(`The column ${label} takes text, not ${typeof value}.`);
      return value === '' ? null : value;
    case 'Number':
    case 'Currency': {
      if (typeof value !== 'number' || !Number.isFinite(value)) {
        throw fieldError(`The column ${label} takes a number, not ${JSON.stringify(value)}.`);
      }
      if (f.min !== undefined && value < f.min) throw fieldError(`The column ${label} takes values from ${f.min}; got ${value}.`);
      if (f.max !== undefined && value > f.max) throw fieldError(`The column ${label} takes values up to ${f.max}; got ${value}.`);
      return value;
    }
    case 'DateTime': {
      if (typeof value !== 'string') throw fieldError(`The column ${label} takes an ISO 8601 date or date-time, not ${typeof value}.`);
      if (value === '') return null;
      const d = normalizeDate(value);
      if (!d) throw fieldError(`The column ${label} takes an ISO 8601 date or date-time; '${value}' is not one.`);
      return d;
    }
    case 'Boolean':
      if (typeof value !== 'boolean') throw fieldError(`The column ${label} takes true or false, not ${JSON.stringify(value)}.`);
      return value;
    case 'Choice': {
      if (typeof value !== 'string') throw fieldError(`The column ${label} takes one of its choices as text.`);
      if (value === '') return null;
      if (!f.fillIn && !(f.choices ?? []).includes(value)) {
        throw fieldError(`'${value}' is not a choice of the column ${label}; the choices are: ${(f.choices ?? []).join(', ')}.`);
      }
      return value;
    }
    case 'MultiChoice': {
      const values = collection(value, key);
      for (const v of values) {
        if (typeof v !== 'string' || v === '') throw fieldError(`The column ${label} takes a list of its choices as text.`);
        if (!f.fillIn && !(f.choices ?? []).includes(v)) {
          throw fieldError(`'${v}' is not a choice of the column ${label}; the choices are: ${(f.choices ?? []).join(', ')}.`);
        }
      }
      return values.length === 0 ? null : [...new Set(values as string[])];
    }
    case 'Lookup':
    case 'LookupMulti':
    case 'User':
    case 'UserMulti': {
      const multi = isMulti(f.kind);
      const ids = multi ? collection(value, key) : [value];
      for (const id of ids) {
        if (typeof id !== 'number' || !Number.isSafeInteger(id) || id < 1) {
          throw fieldError(`The column ${label} takes ${multi ? 'a list of ids' : 'an id'} (whole numbers from 1); got ${JSON.stringify(value)}.`);
        }
        checkReference(ctx, f, id, label);
      }
      if (!multi) return ids[0];
      return ids.length === 0 ? [] : [...new Set(ids as number[])];
    }
    default:
      throw fieldError(`The column ${label} is read-only.`);
  }
}

function checkReference(ctx: WriteContext, f: FieldDef, id: number, label: string): void {
  if (f.kind === 'User' || f.kind === 'UserMulti') {
    if (!ctx.store.users().some((u) => u.id === id)) throw fieldError(`The column ${label} refers to user ${id}, who is not a user of this site.`);
    return;
  }
  const target = ctx.store.listById(f.lookupListId ?? '');
  if (!target) throw fieldError(`The lookup column ${label} points at a list that no longer exists.`);
  if (!ctx.store.itemExists(target.key, id)) {
    throw fieldError(`The column ${label} refers to item ${id} of the list '${target.title}', which does not exist.`);
  }
}

/** The value a column gets on create when the client leaves it out (SharePoint applies defaults on REST adds). */
function defaultOf(f: FieldDef, now: string): unknown {
  const d = f.defaultValue;
  if (d === undefined || d === null || d === '') return undefined;
  switch (f.kind) {
    case 'Text':
    case 'Note':
    case 'Choice':
      return d;
    case 'MultiChoice':
      return d
        .split(';#')
        .filter((s) => s !== '');
    case 'Number':
    case 'Currency':
      return Number.isFinite(Number(d)) ? Number(d) : undefined;
    case 'Boolean':
      return d === '1' || d.toLowerCase() === 'true';
    case 'DateTime':
      return d.toLowerCase() === '[today]' ? `${now.slice(0, 10)}T00:00:00Z` : normalizeDate(d);
    default:
      return undefined;
  }
}

/** Reads a request body into column updates, refusing unknown and read-only properties by name. */
function readBody(ctx: WriteContext, body: Record<string, unknown>): Map<FieldDef, unknown> {
  const byKey = new Map<string, FieldDef>();
  for (const f of ctx.fields) {
    byKey.set(valueKey(f), f);
    if (f.kind === 'User' || f.kind === 'UserMulti') byKey.set(`${entityName(f.internalName)}StringId`, f);
  }
  const updates = new Map<FieldDef, unknown>();
  for (const [key, raw] of Object.entries(body)) {
    if (key === '__metadata' || key.startsWith('odata.') || key.startsWith('@odata.')) continue;
    const f = byKey.get(key);
    if (!f) {
      const lookup = ctx.fields.find((x) => isLookupLike(x.kind) && entityName(x.internalName) === key);
      const hint = lookup ? ` Lookup and person columns are written as '${valueKey(lookup)}' with the id(s).` : '';
      throw badRequest(
        `The property '${key}' does not exist on type '${itemTypeName(ctx.list)}'. Make sure to only use property names that are defined by the type.${hint}`,
      );
    }
    if (f.readOnly || f.kind === 'Counter') throw badRequest(`The property '${key}' is read-only and cannot be set.`);
    let value = raw;
    if (key.endsWith('StringId') && key !== valueKey(f)) {
      const toInt = (s: unknown): unknown => (typeof s === 'string' && /^\d+$/.test(s) ? Number(s) : s);
      value = Array.isArray(value) ? value.map(toInt) : toInt(value);
    }
    updates.set(f, normalizeValue(ctx, f, value, key));
  }
  return updates;
}

function checkUnique(ctx: WriteContext, f: FieldDef, value: unknown, selfId: number): void {
  if (isBlank(value)) return;
  const { lo, hi } = ridRange(ctx.list.key);
  const hit = ctx.store
    .prepare(`SELECT id FROM items WHERE ${columnSql(f.internalName, f.kind)} = ? AND rid > ? AND rid < ? AND id != ? LIMIT 1`)
    .get(fold(value), lo, hi, selfId) as { id: number } | undefined;
  if (hit) {
    throw new SpError(
      409,
      codes.duplicate,
      `The list item could not be added or updated because duplicate values were found in one or more fields in the list: '${String(value)}' is already used by item ${hit.id} in the unique column '${f.title}' (${entityName(f.internalName)}).`,
    );
  }
}

/** New item data for a create, validated; system columns filled in (the store assigns the id). */
export function dataForCreate(ctx: WriteContext, body: Record<string, unknown>): ItemData {
  const updates = readBody(ctx, body);
  const data: ItemData = {};
  for (const f of ctx.fields) {
    if (f.builtIn && f.readOnly) continue;
    const v = updates.has(f) ? updates.get(f) : defaultOf(f, ctx.now);
    if (v !== undefined && v !== null) data[f.internalName] = v;
    if (f.required && isBlank(v)) throw fieldError(`The column '${f.title}' (${entityName(f.internalName)}) is required.`);
  }
  for (const f of ctx.fields) if (f.enforceUnique) checkUnique(ctx, f, data[f.internalName], 0);
  return { ...data, Created: ctx.now, Modified: ctx.now, Author: ctx.user.id, Editor: ctx.user.id, GUID: randomUUID() };
}

/** Item data after a MERGE of `body` over `current`, validated. */
export function dataForUpdate(ctx: WriteContext, id: number, current: ItemData, body: Record<string, unknown>): ItemData {
  const updates = readBody(ctx, body);
  const data: ItemData = { ...current };
  for (const [f, v] of updates) {
    if (f.required && isBlank(v)) throw fieldError(`The column '${f.title}' (${entityName(f.internalName)}) is required and cannot be emptied.`);
    if (isBlank(v) && !isMulti(f.kind)) delete data[f.internalName];
    else data[f.internalName] = v;
    if (f.enforceUnique) checkUnique(ctx, f, v, id);
  }
  data.Modified = ctx.now;
  data.Editor = ctx.user.id;
  return data;
}
