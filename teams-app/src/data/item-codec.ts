// Between SharePoint's item JSON and the typed items of shared/lists: dates become calendar dates,
// collections plain arrays (whatever the metadata level), absent values null.

import { fieldKey, fromSpDate, toSpDate, toSpDateTime, type FieldSchema, type FieldValues, type ListItem, type ListSchema } from '../../../shared/lists';

type Raw = Readonly<Record<string, unknown>>;

function collection(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  if (typeof value === 'object' && value !== null && Array.isArray((value as { results?: unknown }).results)) {
    return (value as { results: unknown[] }).results;
  }
  return [];
}

export function decodeValue(field: FieldSchema, value: unknown): unknown {
  if (field.kind === 'MultiChoice' || field.kind === 'UserMulti') return collection(value);
  if (value === undefined || value === null || value === '') return null;
  switch (field.kind) {
    case 'DateTime':
      return field.dateOnly ? fromSpDate(String(value)) : toSpDateTime(String(value));
    case 'Number':
    case 'Currency':
    case 'Lookup':
    case 'User': {
      const n = typeof value === 'number' ? value : Number(value);
      return Number.isFinite(n) ? n : null;
    }
    case 'Boolean':
      return value === true || value === 1 || value === '1' || value === 'true';
    default:
      return value;
  }
}

export function encodeValue(field: FieldSchema, value: unknown): unknown {
  if (field.kind === 'MultiChoice' || field.kind === 'UserMulti') {
    if (value === null || value === undefined) return [];
    if (!Array.isArray(value)) throw new Error(`Field '${field.name}' takes a list of values`);
    return value;
  }
  if (value === undefined || value === null) return null;
  if (field.kind === 'DateTime') return field.dateOnly ? toSpDate(String(value)) : toSpDateTime(value instanceof Date ? value : String(value));
  return value;
}

export function etagOf(raw: Raw): string {
  const meta = raw['__metadata'] as { etag?: unknown } | undefined;
  const etag = raw['odata.etag'] ?? raw['@odata.etag'] ?? meta?.etag;
  if (typeof etag !== 'string' || etag === '') throw new Error('SharePoint returned an item without an ETag');
  return etag;
}

export function decodeItem<S extends ListSchema>(schema: S, raw: Raw): ListItem<S> {
  const item: Record<string, unknown> = {
    Id: Number(raw['Id'] ?? raw['ID']),
    etag: etagOf(raw),
  };
  if (typeof raw['Created'] === 'string') item['Created'] = raw['Created'];
  if (typeof raw['Modified'] === 'string') item['Modified'] = raw['Modified'];
  for (const field of schema.fields) {
    const key = fieldKey(field);
    if (key in raw) item[key] = decodeValue(field, raw[key]);
  }
  return item as ListItem<S>;
}

/** Typed values → the JSON body SharePoint takes. Unknown keys are a programming error, not data. */
export function encodeValues<S extends ListSchema>(schema: S, values: Partial<FieldValues<S>> | Readonly<Record<string, unknown>>): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values)) {
    const field = schema.fields.find((f) => fieldKey(f) === key);
    if (!field) throw new Error(`List ${schema.name} has no column '${key}'`);
    body[key] = encodeValue(field, value);
  }
  return body;
}

/** Whether two typed values are the same for SharePoint (lists compare as sets, '' as null, unset Yes/No as No). */
export function sameTypedValue(field: FieldSchema, a: unknown, b: unknown): boolean {
  const norm = (v: unknown): unknown => {
    if (field.kind === 'MultiChoice' || field.kind === 'UserMulti') return JSON.stringify([...collection(v ?? [])].map(String).sort());
    if (v === undefined || v === '') return null;
    if (field.kind === 'Boolean') return v === true;
    if (field.kind === 'DateTime' && typeof v === 'string' && !field.dateOnly) return toSpDateTime(v);
    return v;
  };
  return norm(a) === norm(b);
}
