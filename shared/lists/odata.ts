// The only way this product builds a $filter. Field names come from the list schema (an unknown
// name throws), values are rendered as typed OData literals, and a `Filter` can only be made here,
// so text from a user or a chat card can never become part of the expression's syntax.

import { isIsoDate, toSpDate, toSpDateTime } from './date-only';
import type { FieldSchema, ListSchema } from './schema';

const brand: unique symbol = Symbol('odata-filter');

export interface Filter {
  readonly [brand]: true;
  readonly odata: string;
  /** True for a plain comparison, so `and`/`or` know when parentheses are needed. */
  readonly atomic: boolean;
}

function make(odata: string, atomic: boolean): Filter {
  return Object.freeze({ [brand]: true as const, odata, atomic });
}

export function isFilter(value: unknown): value is Filter {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[brand] === true;
}

/** Columns every list has besides its schema fields. */
const SYSTEM_FIELDS = {
  Id: 'Number',
  Created: 'DateTime',
  Modified: 'DateTime',
  AuthorId: 'User',
  EditorId: 'User',
} as const;

type Comparable = 'Number' | 'Currency' | 'DateTime';

interface Resolved {
  readonly key: string;
  readonly kind: FieldSchema['kind'];
  readonly dateOnly: boolean;
}

export class ODataFieldError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ODataFieldError';
  }
}

/** Schema names of the fields a filter may name (lookups by their schema name, e.g. `plan`). */
export type FilterableName<S extends ListSchema> =
  | Exclude<S['fields'][number], { kind: 'Note' }>['name']
  | keyof typeof SYSTEM_FIELDS;

export type FieldValue = string | number | boolean | Date | null;

function resolve(schema: ListSchema, name: string): Resolved {
  if (Object.prototype.hasOwnProperty.call(SYSTEM_FIELDS, name)) {
    return { key: name, kind: SYSTEM_FIELDS[name as keyof typeof SYSTEM_FIELDS], dateOnly: false };
  }
  const field = schema.fields.find((f) => f.name === name);
  if (!field) throw new ODataFieldError(`List ${schema.name} has no field '${name}'`);
  // SharePoint refuses multi-line text in $filter; failing here names the field instead.
  if (field.kind === 'Note') throw new ODataFieldError(`Field '${name}' in ${schema.name} is multi-line text and cannot be filtered`);
  const key = field.kind === 'Lookup' || field.kind === 'User' || field.kind === 'UserMulti' ? `${name}Id` : name;
  return { key, kind: field.kind, dateOnly: field.kind === 'DateTime' && field.dateOnly };
}

/** `'` doubled: the whole escaping rule for OData string literals. */
export function quoteString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

function literal(field: Resolved, value: FieldValue, name: string): string {
  if (value === null) return 'null';
  switch (field.kind) {
    case 'Text':
    case 'Choice':
    case 'MultiChoice':
      if (typeof value !== 'string') throw new ODataFieldError(`Field '${name}' takes text, got ${typeof value}`);
      return quoteString(value);
    case 'Number':
    case 'Currency':
      if (typeof value !== 'number' || !Number.isFinite(value)) {
        throw new ODataFieldError(`Field '${name}' takes a finite number, got ${String(value)}`);
      }
      return numberLiteral(value);
    case 'Boolean':
      if (typeof value !== 'boolean') throw new ODataFieldError(`Field '${name}' takes true/false, got ${typeof value}`);
      return value ? '1' : '0';
    case 'DateTime':
      return `datetime'${dateLiteral(field, value, name)}'`;
    case 'Lookup':
    case 'User':
    case 'UserMulti':
      if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
        throw new ODataFieldError(`Field '${name}' takes an item id (a whole number), got ${String(value)}`);
      }
      return String(value);
    case 'Note':
      throw new ODataFieldError(`Field '${name}' cannot be filtered`);
  }
}

function numberLiteral(value: number): string {
  const s = String(value);
  // Exponent notation is valid OData, but a plain decimal keeps the wire format predictable.
  if (!/e/i.test(s)) return s;
  if (Number.isInteger(value)) return BigInt(value).toString();
  // Below 1e-6: move the point of the shortest exact form ('1.5e-7' → '0.00000015'). toFixed(20)
  // would cut 1e-25 to 0 and so compare against another value than the one asked for.
  const [mantissa, exponent] = s.split('e') as [string, string];
  const digits = mantissa.replace(/^-/, '').replace('.', '');
  return `${value < 0 ? '-' : ''}0.${'0'.repeat(-Number(exponent) - 1)}${digits}`;
}

function dateLiteral(field: Resolved, value: FieldValue, name: string): string {
  if (value instanceof Date) return toSpDateTime(value);
  if (typeof value !== 'string') throw new ODataFieldError(`Field '${name}' takes a date, got ${typeof value}`);
  if (isIsoDate(value)) return field.dateOnly ? toSpDate(value) : toSpDateTime(`${value}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value)) {
    throw new ODataFieldError(`Field '${name}' takes YYYY-MM-DD or an ISO date-time, got '${value}'`);
  }
  return toSpDateTime(value);
}

function requireComparable(field: Resolved, name: string): void {
  const ok: readonly string[] = ['Number', 'Currency', 'DateTime'] satisfies Comparable[];
  if (!ok.includes(field.kind) && field.key !== 'Id') {
    throw new ODataFieldError(`Field '${name}' (${field.kind}) cannot be compared with lt/le/gt/ge`);
  }
}

function requireText(field: Resolved, name: string): void {
  if (field.kind !== 'Text' && field.kind !== 'Choice') {
    throw new ODataFieldError(`Field '${name}' (${field.kind}) does not support startswith/substringof`);
  }
}

function group(filter: Filter): string {
  return filter.atomic ? filter.odata : `(${filter.odata})`;
}

function combine(op: 'and' | 'or', parts: readonly (Filter | undefined | false)[]): Filter | undefined {
  const present = parts.filter((p): p is Filter => {
    if (p === undefined || p === false) return false;
    if (!isFilter(p)) throw new ODataFieldError('Only filters built by the filter builder can be combined');
    return true;
  });
  if (present.length === 0) return undefined;
  if (present.length === 1) return present[0];
  return make(present.map(group).join(` ${op} `), false);
}

export interface FilterBuilder<S extends ListSchema> {
  readonly schema: S;
  eq(field: FilterableName<S>, value: FieldValue): Filter;
  ne(field: FilterableName<S>, value: FieldValue): Filter;
  lt(field: FilterableName<S>, value: FieldValue): Filter;
  le(field: FilterableName<S>, value: FieldValue): Filter;
  gt(field: FilterableName<S>, value: FieldValue): Filter;
  ge(field: FilterableName<S>, value: FieldValue): Filter;
  /** A lookup or person column pointing at the item/user with this id. */
  lookupId(field: FilterableName<S>, id: number): Filter;
  isNull(field: FilterableName<S>): Filter;
  startsWith(field: FilterableName<S>, prefix: string): Filter;
  substringOf(field: FilterableName<S>, part: string): Filter;
  /** Any of the values (`or` of `eq`); an empty list matches nothing and is refused. */
  oneOf(field: FilterableName<S>, values: readonly FieldValue[]): Filter;
  /** Both ends inclusive; either may be omitted. */
  between(field: FilterableName<S>, from: FieldValue | undefined, to: FieldValue | undefined): Filter | undefined;
  and(...parts: (Filter | undefined | false)[]): Filter | undefined;
  or(...parts: (Filter | undefined | false)[]): Filter | undefined;
  not(filter: Filter): Filter;
}

export function filterFor<S extends ListSchema>(schema: S): FilterBuilder<S> {
  const compare = (op: string, name: string, value: FieldValue, ordered: boolean): Filter => {
    const field = resolve(schema, name);
    if (ordered) requireComparable(field, name);
    if (value === null && op !== 'eq' && op !== 'ne') throw new ODataFieldError(`'${op} null' is not a valid filter`);
    const lit = field.key === 'Id' ? idLiteral(value, name) : literal(field, value, name);
    return make(`${field.key} ${op} ${lit}`, true);
  };
  const builder: FilterBuilder<S> = {
    schema,
    eq: (f, v) => compare('eq', f, v, false),
    ne: (f, v) => compare('ne', f, v, false),
    lt: (f, v) => compare('lt', f, v, true),
    le: (f, v) => compare('le', f, v, true),
    gt: (f, v) => compare('gt', f, v, true),
    ge: (f, v) => compare('ge', f, v, true),
    lookupId(name, id) {
      const field = resolve(schema, name);
      if (field.kind !== 'Lookup' && field.kind !== 'User' && field.kind !== 'UserMulti') {
        throw new ODataFieldError(`Field '${name}' is not a lookup or person column`);
      }
      return make(`${field.key} eq ${literal(field, id, name)}`, true);
    },
    isNull: (name) => compare('eq', name, null, false),
    startsWith(name, prefix) {
      const field = resolve(schema, name);
      requireText(field, name);
      if (typeof prefix !== 'string') throw new ODataFieldError(`startswith on '${name}' takes text`);
      return make(`startswith(${field.key},${quoteString(prefix)})`, true);
    },
    substringOf(name, part) {
      const field = resolve(schema, name);
      requireText(field, name);
      if (typeof part !== 'string') throw new ODataFieldError(`substringof on '${name}' takes text`);
      return make(`substringof(${quoteString(part)},${field.key})`, true);
    },
    oneOf(name, values) {
      if (values.length === 0) throw new ODataFieldError(`oneOf on '${name}' needs at least one value`);
      return combine(
        'or',
        values.map((v) => compare('eq', name, v, false)),
      )!;
    },
    between(name, from, to) {
      return combine('and', [
        from === undefined ? undefined : compare('ge', name, from, true),
        to === undefined ? undefined : compare('le', name, to, true),
      ]);
    },
    and: (...parts) => combine('and', parts),
    or: (...parts) => combine('or', parts),
    not(filter) {
      if (!isFilter(filter)) throw new ODataFieldError('Only filters built by the filter builder can be negated');
      return make(`not(${filter.odata})`, true);
    },
  };
  return builder;
}

function idLiteral(value: FieldValue, name: string): string {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw new ODataFieldError(`Field '${name}' takes an item id (a whole number), got ${String(value)}`);
  }
  return String(value);
}

/** Item JSON keys for `$select`, checked against the schema (lookups and people as `<name>Id`). */
export function selectKeys(schema: ListSchema, names?: readonly string[]): string[] {
  const wanted = names ?? schema.fields.map((f) => f.name);
  const keys = wanted.map((n) => {
    if (Object.prototype.hasOwnProperty.call(SYSTEM_FIELDS, n)) return n;
    const field = schema.fields.find((f) => f.name === n);
    if (!field) throw new ODataFieldError(`List ${schema.name} has no field '${n}'`);
    return field.kind === 'Lookup' || field.kind === 'User' || field.kind === 'UserMulti' ? `${n}Id` : n;
  });
  return ['Id', ...keys.filter((k) => k !== 'Id'), 'Created', 'Modified'].filter((k, i, all) => all.indexOf(k) === i);
}

/** A checked `$orderby` clause. */
export function orderByKey(schema: ListSchema, name: string): string {
  return resolve(schema, name).key;
}
