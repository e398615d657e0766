// A list's columns as the service keeps them. Writes are validated and queries are typed from
// these definitions alone, so a list provisioned through PnPjs behaves like the tenant's.

import { randomUUID } from 'node:crypto';
import { badRequest } from './sp-error';

export type FieldKind =
  | 'Counter'
  | 'Text'
  | 'Note'
  | 'Number'
  | 'Currency'
  | 'DateTime'
  | 'Boolean'
  | 'Choice'
  | 'MultiChoice'
  | 'Lookup'
  | 'LookupMulti'
  | 'User'
  | 'UserMulti'
  | 'Guid'
  | 'Computed'
  | 'Attachments';

export interface FieldDef {
  readonly id: string;
  readonly internalName: string;
  readonly title: string;
  readonly kind: FieldKind;
  readonly required: boolean;
  readonly indexed: boolean;
  readonly enforceUnique: boolean;
  readonly hidden: boolean;
  readonly readOnly: boolean;
  readonly builtIn: boolean;
  readonly description: string;
  readonly group?: string;
  readonly defaultValue?: string | null;
  readonly maxLength?: number;
  readonly min?: number;
  readonly max?: number;
  readonly decimals?: number;
  readonly currencyLcid?: number;
  readonly choices?: readonly string[];
  readonly fillIn?: boolean;
  readonly dateOnly?: boolean;
  readonly richText?: boolean;
  readonly numberOfLines?: number;
  /** Lookup target list id (a GUID without braces). */
  readonly lookupListId?: string;
  readonly lookupField?: string;
  readonly selectionMode?: number;
  readonly schemaXml?: string;
}

export const KIND_INFO: Readonly<Record<FieldKind, { typeKind: number; odataType: string }>> = {
  Counter: { typeKind: 5, odataType: 'SP.Field' },
  Text: { typeKind: 2, odataType: 'SP.FieldText' },
  Note: { typeKind: 3, odataType: 'SP.FieldMultiLineText' },
  Number: { typeKind: 9, odataType: 'SP.FieldNumber' },
  Currency: { typeKind: 10, odataType: 'SP.FieldCurrency' },
  DateTime: { typeKind: 4, odataType: 'SP.FieldDateTime' },
  Boolean: { typeKind: 8, odataType: 'SP.Field' },
  Choice: { typeKind: 6, odataType: 'SP.FieldChoice' },
  MultiChoice: { typeKind: 15, odataType: 'SP.FieldMultiChoice' },
  Lookup: { typeKind: 7, odataType: 'SP.FieldLookup' },
  LookupMulti: { typeKind: 7, odataType: 'SP.FieldLookup' },
  User: { typeKind: 20, odataType: 'SP.FieldUser' },
  UserMulti: { typeKind: 20, odataType: 'SP.FieldUser' },
  Guid: { typeKind: 14, odataType: 'SP.FieldGuid' },
  Computed: { typeKind: 12, odataType: 'SP.FieldComputed' },
  Attachments: { typeKind: 19, odataType: 'SP.Field' },
};

/** Kinds a client may create; the rest exist only as built-in columns. */
const CREATABLE_BY_TYPE_KIND: Readonly<Record<number, FieldKind>> = {
  2: 'Text',
  3: 'Note',
  4: 'DateTime',
  6: 'Choice',
  7: 'Lookup',
  8: 'Boolean',
  9: 'Number',
  10: 'Currency',
  15: 'MultiChoice',
  20: 'User',
};

export const isMulti = (k: FieldKind): boolean => k === 'MultiChoice' || k === 'LookupMulti' || k === 'UserMulti';
export const isLookupLike = (k: FieldKind): boolean => k === 'Lookup' || k === 'LookupMulti' || k === 'User' || k === 'UserMulti';
export const isUserKind = (k: FieldKind): boolean => k === 'User' || k === 'UserMulti';
/** Text-like values compare case-insensitively, as SharePoint's SQL collation does. */
export const isTextLike = (k: FieldKind): boolean => k === 'Text' || k === 'Note' || k === 'Choice' || k === 'MultiChoice';

/** `_UIVersionString` → `OData__UIVersionString`: SharePoint's rule for the JSON property name. */
export function entityName(internalName: string): string {
  return internalName.startsWith('_') ? `OData_${internalName}` : internalName;
}

/** The JSON key a value is written and read under: lookups and people go by `<name>Id`. */
export function valueKey(field: FieldDef): string {
  const base = entityName(field.internalName);
  return isLookupLike(field.kind) ? `${base}Id` : base;
}

/**
 * SharePoint derives an internal name from a display name by escaping every character outside
 * [A-Za-z0-9_] as `_xHHHH_` and cutting at 32 characters ("Klart senast" → `Klart_x0020_senast`).
 */
export function encodeInternalName(title: string): string {
  let out = '';
  for (const ch of title) {
    const cp = ch.codePointAt(0)!;
    const plain = /[A-Za-z0-9_]/.test(ch) && !(out.length === 0 && /[0-9]/.test(ch));
    out += plain ? ch : `_x${cp.toString(16).padStart(4, '0')}_`;
  }
  return out.slice(0, 32);
}

export const VALID_INTERNAL_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,31}$/;

export function uniqueInternalName(wanted: string, taken: (name: string) => boolean): string {
  if (!taken(wanted)) return wanted;
  for (let n = 0; ; n++) {
    const candidate = `${wanted.slice(0, 31 - String(n).length)}${n}`;
    if (!taken(candidate)) return candidate;
  }
}

type Base = Omit<FieldDef, 'id'>;
const base = (internalName: string, title: string, kind: FieldKind, extra: Partial<Base> = {}): FieldDef => ({
  id: randomUUID(),
  internalName,
  title,
  kind,
  required: false,
  indexed: false,
  enforceUnique: false,
  hidden: false,
  readOnly: true,
  builtIn: true,
  description: '',
  ...extra,
});

/** The columns every generic list (BaseTemplate 100) starts with. */
export function builtInFields(): FieldDef[] {
  return [
    base('ID', 'ID', 'Counter', { indexed: true }),
    base('Title', 'Title', 'Text', { required: true, readOnly: false, maxLength: 255 }),
    base('Modified', 'Modified', 'DateTime'),
    base('Created', 'Created', 'DateTime'),
    base('Author', 'Created By', 'User', { lookupField: 'Title' }),
    base('Editor', 'Modified By', 'User', { lookupField: 'Title' }),
    base('_UIVersionString', 'Version', 'Computed'),
    base('Attachments', 'Attachments', 'Attachments'),
    base('GUID', 'GUID', 'Guid', { hidden: true }),
  ];
}

function asBool(v: unknown, name: string): boolean {
  if (typeof v === 'boolean') return v;
  if (v === 'TRUE' || v === 'true') return true;
  if (v === 'FALSE' || v === 'false') return false;
  throw badRequest(`The property '${name}' takes true or false.`);
}

function asNumber(v: unknown, name: string): number {
  const n = typeof v === 'string' && v.trim() !== '' ? Number(v) : v;
  if (typeof n !== 'number' || !Number.isFinite(n)) throw badRequest(`The property '${name}' takes a number.`);
  return n;
}

/** `["a","b"]`, `{results:[…]}` (verbose) or `{__metadata, results}` all mean the same collection. */
export function collection(v: unknown, name: string): unknown[] {
  if (Array.isArray(v)) return v;
  if (typeof v === 'object' && v !== null && Array.isArray((v as { results?: unknown }).results)) {
    return (v as { results: unknown[] }).results;
  }
  throw badRequest(`The property '${name}' takes a collection (an array or {"results":[…]}).`);
}

function asStrings(v: unknown, name: string): string[] {
  return collection(v, name).map((s) => {
    if (typeof s !== 'string' || s.trim() === '') throw badRequest(`Every value of '${name}' must be non-empty text.`);
    return s;
  });
}

function asGuid(v: unknown, name: string): string {
  const m = typeof v === 'string' ? /^\{?([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})\}?$/.exec(v) : null;
  if (!m) throw badRequest(`The property '${name}' takes a GUID.`);
  return m[1]!.toLowerCase();
}

/**
 * Properties a client may set on a field (at creation or with MERGE), by SharePoint's REST names.
 * Anything else is refused by name rather than silently ignored.
 */
export function applyFieldProps(field: FieldDef, props: Record<string, unknown>, typeName: string): FieldDef {
  let f: FieldDef = field;
  const set = (patch: Partial<FieldDef>): void => {
    f = { ...f, ...patch };
  };
  for (const [key, value] of Object.entries(props)) {
    if (key === '__metadata' || key.startsWith('odata.') || key.startsWith('@odata.')) continue;
    switch (key) {
      case 'Title':
        if (typeof value !== 'string' || value.trim() === '') throw badRequest("The property 'Title' takes non-empty text.");
        set({ title: value });
        break;
      case 'Description':
        set({ description: typeof value === 'string' ? value : '' });
        break;
      case 'Group':
        set({ group: typeof value === 'string' ? value : undefined });
        break;
      case 'Required':
        set({ required: asBool(value, key) });
        break;
      case 'Indexed':
        set({ indexed: asBool(value, key) });
        break;
      case 'EnforceUniqueValues':
        set({ enforceUnique: asBool(value, key) });
        break;
      case 'Hidden':
        set({ hidden: asBool(value, key) });
        break;
      case 'DefaultValue':
        set({ defaultValue: value === null || value === undefined ? null : String(value) });
        break;
      case 'MaxLength': {
        const n = asNumber(value, key);
        if (!Number.isInteger(n) || n < 1 || n > 255) throw badRequest('MaxLength must be a whole number from 1 to 255.');
        set({ maxLength: n });
        break;
      }
      case 'MinimumValue':
        set({ min: asNumber(value, key) });
        break;
      case 'MaximumValue':
        set({ max: asNumber(value, key) });
        break;
      case 'Decimals':
        set({ decimals: asNumber(value, key) });
        break;
      case 'CurrencyLocaleId':
        set({ currencyLcid: asNumber(value, key) });
        break;
      case 'Choices':
        set({ choices: asStrings(value, key) });
        break;
      case 'FillInChoice':
        set({ fillIn: asBool(value, key) });
        break;
      case 'DisplayFormat':
        if (f.kind === 'DateTime') set({ dateOnly: asNumber(value, key) === 0 });
        break;
      case 'RichText':
        set({ richText: asBool(value, key) });
        break;
      case 'NumberOfLines':
        set({ numberOfLines: asNumber(value, key) });
        break;
      case 'SelectionMode':
        set({ selectionMode: asNumber(value, key) });
        break;
      case 'LookupListId':
      case 'LookupList':
        set({ lookupListId: asGuid(value, key) });
        break;
      case 'LookupFieldName':
      case 'LookupField':
        if (typeof value !== 'string') throw badRequest(`The property '${key}' takes a field name.`);
        set({ lookupField: value });
        break;
      case 'AllowMultipleValues': {
        const multi = asBool(value, key);
        if (f.kind === 'Lookup' || f.kind === 'LookupMulti') set({ kind: multi ? 'LookupMulti' : 'Lookup' });
        else if (f.kind === 'User' || f.kind === 'UserMulti') set({ kind: multi ? 'UserMulti' : 'User' });
        else if (multi) throw badRequest(`AllowMultipleValues only applies to lookup and person columns.`);
        break;
      }
      // Accepted for compatibility with what PnPjs' helpers send; they do not change behaviour here.
      case 'FieldTypeKind':
      case 'StaticName':
      case 'InternalName':
      case 'DateTimeCalendarType':
      case 'FriendlyDisplayFormat':
      case 'AllowHyperlink':
      case 'AppendOnly':
      case 'RestrictedMode':
      case 'UnlimitedLengthInDocumentLibrary':
      case 'ShowAsPercentage':
      case 'EditFormat':
      case 'ValidationFormula':
      case 'ValidationMessage':
      case 'LookupWebId':
      case 'Presence':
      case 'SelectionGroup':
      case 'ShowInDisplayForm':
      case 'ShowInEditForm':
      case 'ShowInNewForm':
      case 'IsRelationship':
      case 'RelationshipDeleteBehavior':
      case 'Type':
      case 'IsCompactName':
      case 'DefaultFormula':
        break;
      default:
        throw badRequest(
          `The property '${key}' does not exist on type '${typeName}'. Make sure to only use property names that are defined by the type.`,
        );
    }
  }
  return f;
}

export function checkFieldDef(f: FieldDef): void {
  if ((f.kind === 'Choice' || f.kind === 'MultiChoice') && (f.choices ?? []).length === 0 && !f.fillIn) {
    throw badRequest(`The choice column '${f.title}' needs at least one choice.`);
  }
  if ((f.kind === 'Lookup' || f.kind === 'LookupMulti') && !f.lookupListId) {
    throw badRequest(`The lookup column '${f.title}' needs LookupListId (the target list's id).`);
  }
  if (f.enforceUnique && !f.indexed) {
    throw badRequest(`The column '${f.title}' must be indexed to enforce unique values.`, '-2130575213, Microsoft.SharePoint.SPException');
  }
  if (f.enforceUnique && isMulti(f.kind)) {
    throw badRequest(`Unique values cannot be enforced on the multi-value column '${f.title}'.`);
  }
  if (f.indexed && (f.kind === 'Note' || isMulti(f.kind))) {
    throw badRequest(`The column '${f.title}' (${f.kind}) cannot be indexed.`);
  }
  if (f.min !== undefined && f.max !== undefined && f.min > f.max) {
    throw badRequest(`The column '${f.title}' has a minimum above its maximum.`);
  }
}

/** A new client-created field of the given FieldTypeKind, before its properties are applied. */
export function newField(typeKind: number, internalName: string, title: string, typeName: string): FieldDef {
  const kind = CREATABLE_BY_TYPE_KIND[typeKind];
  if (!kind) {
    throw badRequest(
      `FieldTypeKind ${typeKind} (${typeName}) is not supported by the local list service; use Text, Note, Number, Currency, DateTime, Boolean, Choice, MultiChoice, Lookup or User.`,
      '-1, System.NotSupportedException',
    );
  }
  const defaults: Partial<FieldDef> =
    kind === 'Text'
      ? { maxLength: 255 }
      : kind === 'Choice' || kind === 'MultiChoice'
        ? { choices: [], fillIn: false }
        : kind === 'Lookup'
          ? { lookupField: 'Title' }
          : kind === 'User'
            ? { lookupField: 'Title', selectionMode: 1 }
            : kind === 'DateTime'
              ? { dateOnly: false }
              : {};
  return {
    id: randomUUID(),
    internalName,
    title,
    kind,
    required: false,
    indexed: false,
    enforceUnique: false,
    hidden: false,
    readOnly: false,
    builtIn: false,
    description: '',
    ...defaults,
  };
}
