// List schemas as data: provisioning, the import, the OData builder and the repositories all read
// the same definitions, so a column exists in exactly one place.

export type FieldKind =
  | 'Text'
  | 'Note'
  | 'Number'
  | 'Currency'
  | 'DateTime'
  | 'Boolean'
  | 'Choice'
  | 'MultiChoice'
  | 'Lookup'
  | 'User'
  | 'UserMulti';

interface FieldCommon<N extends string, K extends FieldKind, R extends boolean> {
  readonly name: N;
  readonly kind: K;
  readonly displayName: string;
  readonly required: R;
  readonly indexed: boolean;
  readonly description?: string;
}

export interface TextField<N extends string = string, R extends boolean = boolean> extends FieldCommon<N, 'Text', R> {
  readonly maxLength: number;
  readonly unique: boolean;
  /** The built-in Title column: it exists on every list and is only renamed. */
  readonly builtIn?: boolean;
}
export interface NoteField<N extends string = string, R extends boolean = boolean> extends FieldCommon<N, 'Note', R> {
  readonly richText: false;
}
export interface NumberField<N extends string = string, R extends boolean = boolean> extends FieldCommon<N, 'Number', R> {
  readonly min?: number;
  readonly max?: number;
  readonly decimals?: number;
}
export interface CurrencyField<N extends string = string, R extends boolean = boolean>
  extends FieldCommon<N, 'Currency', R> {
  /** sv-SE; amounts are whole kronor. */
  readonly localeId: 1053;
  readonly decimals: 0;
}
export interface DateTimeField<N extends string = string, R extends boolean = boolean>
  extends FieldCommon<N, 'DateTime', R> {
  readonly dateOnly: boolean;
}
export interface BooleanField<N extends string = string, R extends boolean = boolean> extends FieldCommon<N, 'Boolean', R> {}
export interface ChoiceField<
  N extends string = string,
  R extends boolean = boolean,
  C extends readonly string[] = readonly string[],
  F extends boolean = boolean,
> extends FieldCommon<N, 'Choice', R> {
  readonly choices: C;
  readonly fillIn: F;
  readonly defaultValue?: C[number];
}
export interface MultiChoiceField<
  N extends string = string,
  R extends boolean = boolean,
  C extends readonly string[] = readonly string[],
  F extends boolean = boolean,
> extends FieldCommon<N, 'MultiChoice', R> {
  readonly choices: C;
  readonly fillIn: F;
}
export interface LookupField<N extends string = string, R extends boolean = boolean, T extends string = string>
  extends FieldCommon<N, 'Lookup', R> {
  readonly target: T;
  readonly showField: 'Title';
}
export interface UserField<N extends string = string, R extends boolean = boolean> extends FieldCommon<N, 'User', R> {}
export interface UserMultiField<N extends string = string, R extends boolean = boolean>
  extends FieldCommon<N, 'UserMulti', R> {}

export type FieldSchema =
  | TextField
  | NoteField
  | NumberField
  | CurrencyField
  | DateTimeField
  | BooleanField
  | ChoiceField
  | MultiChoiceField
  | LookupField
  | UserField
  | UserMultiField;

export interface ListSchema<N extends string = string, F extends readonly FieldSchema[] = readonly FieldSchema[]> {
  /** Internal name: the list's URL segment (`Lists/<name>`), fixed at creation. */
  readonly name: N;
  /** Swedish title shown in SharePoint; may be renamed by users, so never used to address the list. */
  readonly displayName: string;
  readonly description: string;
  readonly versioning: boolean;
  readonly fields: F;
}

/** Key of a field in SharePoint's item JSON: lookups and people are written and read as `<name>Id`. */
export function fieldKey(field: FieldSchema): string {
  return field.kind === 'Lookup' || field.kind === 'User' || field.kind === 'UserMulti' ? `${field.name}Id` : field.name;
}

// Type-level view of an item, derived from a schema.

type ValueOf<F> = F extends ChoiceField<string, boolean, infer C, infer Fill>
  ? Fill extends true
    ? string
    : C[number]
  : F extends MultiChoiceField<string, boolean, infer C, infer Fill>
    ? Fill extends true
      ? string[]
      : C[number][]
    : F extends { kind: 'Text' | 'Note' | 'DateTime' }
      ? string
      : F extends { kind: 'Number' | 'Currency' | 'Lookup' | 'User' }
        ? number
        : F extends { kind: 'Boolean' }
          ? boolean
          : F extends { kind: 'UserMulti' }
            ? number[]
            : never;

type KeyOf<F> = F extends { kind: 'Lookup' | 'User' | 'UserMulti'; name: infer N extends string } ? `${N}Id` : F extends { name: infer N extends string } ? N : never;

type Nullability<F, V> = F extends { kind: 'MultiChoice' | 'UserMulti' } ? V : F extends { required: true } ? V : V | null;

/** Field values of one item, keyed as SharePoint's item JSON keys them. Dates are `YYYY-MM-DD` for date-only columns. */
export type FieldValues<S extends ListSchema> = {
  -readonly [F in S['fields'][number] as KeyOf<F>]: Nullability<F, ValueOf<F>>;
};

/** An item as read: its values plus identity and the ETag used for optimistic concurrency. */
export type ListItem<S extends ListSchema> = FieldValues<S> & {
  readonly Id: number;
  readonly etag: string;
  readonly Created?: string;
  readonly Modified?: string;
};

// Builders keep literal names and required-ness so the item types above stay precise.

interface CommonOptions {
  readonly required?: boolean;
  readonly indexed?: boolean;
  readonly description?: string;
}
type Req<O> = O extends { required: true } ? true : false;

function common<O extends CommonOptions>(o: O | undefined): { required: Req<O>; indexed: boolean; description?: string } {
  return {
    required: (o?.required === true) as Req<O>,
    indexed: o?.indexed === true,
    ...(o?.description === undefined ? {} : { description: o.description }),
  };
}

export function text<const N extends string, const O extends CommonOptions & { maxLength?: number; unique?: boolean }>(
  name: N,
  displayName: string,
  options?: O,
): TextField<N, Req<O>> {
  return { name, kind: 'Text', displayName, ...common(options), maxLength: options?.maxLength ?? 255, unique: options?.unique === true };
}

export function note<const N extends string, const O extends CommonOptions>(name: N, displayName: string, options?: O): NoteField<N, Req<O>> {
  return { name, kind: 'Note', displayName, ...common(options), richText: false };
}

export function number<const N extends string, const O extends CommonOptions & { min?: number; max?: number; decimals?: number }>(
  name: N,
  displayName: string,
  options?: O,
): NumberField<N, Req<O>> {
  const { min, max, decimals } = options ?? {};
  return {
    name,
    kind: 'Number',
    displayName,
    ...common(options),
    ...(min === undefined ? {} : { min }),
    ...(max === undefined ? {} : { max }),
    ...(decimals === undefined ? {} : { decimals }),
  };
}

export function currency<const N extends string, const O extends CommonOptions>(
  name: N,
  displayName: string,
  options?: O,
): CurrencyField<N, Req<O>> {
  return { name, kind: 'Currency', displayName, ...common(options), localeId: 1053, decimals: 0 };
}

export function date<const N extends string, const O extends CommonOptions>(name: N, displayName: string, options?: O): DateTimeField<N, Req<O>> {
  return { name, kind: 'DateTime', displayName, ...common(options), dateOnly: true };
}

export function dateTime<const N extends string, const O extends CommonOptions>(
  name: N,
  displayName: string,
  options?: O,
): DateTimeField<N, Req<O>> {
  return { name, kind: 'DateTime', displayName, ...common(options), dateOnly: false };
}

export function boolean<const N extends string, const O extends CommonOptions>(name: N, displayName: string, options?: O): BooleanField<N, Req<O>> {
  return { name, kind: 'Boolean', displayName, ...common(options) };
}

export function choice<
  const N extends string,
  const C extends readonly string[],
  const O extends CommonOptions & { fillIn?: boolean; defaultValue?: C[number] },
>(name: N, displayName: string, choices: C, options?: O): ChoiceField<N, Req<O>, C, O extends { fillIn: true } ? true : false> {
  return {
    name,
    kind: 'Choice',
    displayName,
    ...common(options),
    choices,
    fillIn: (options?.fillIn === true) as O extends { fillIn: true } ? true : false,
    ...(options?.defaultValue === undefined ? {} : { defaultValue: options.defaultValue }),
  };
}

export function multiChoice<const N extends string, const C extends readonly string[], const O extends CommonOptions & { fillIn?: boolean }>(
  name: N,
  displayName: string,
  choices: C,
  options?: O,
): MultiChoiceField<N, Req<O>, C, O extends { fillIn: true } ? true : false> {
  return {
    name,
    kind: 'MultiChoice',
    displayName,
    ...common(options),
    choices,
    fillIn: (options?.fillIn === true) as O extends { fillIn: true } ? true : false,
  };
}

export function lookup<const N extends string, const T extends string, const O extends CommonOptions>(
  name: N,
  displayName: string,
  target: T,
  options?: O,
): LookupField<N, Req<O>, T> {
  return { name, kind: 'Lookup', displayName, ...common(options), target, showField: 'Title' };
}

export function user<const N extends string, const O extends CommonOptions>(name: N, displayName: string, options?: O): UserField<N, Req<O>> {
  return { name, kind: 'User', displayName, ...common(options) };
}

export function userMulti<const N extends string, const O extends CommonOptions>(
  name: N,
  displayName: string,
  options?: O,
): UserMultiField<N, Req<O>> {
  return { name, kind: 'UserMulti', displayName, ...common(options) };
}

export function title(displayName: string): TextField<'Title', true> {
  return {
    name: 'Title',
    kind: 'Text',
    displayName,
    required: true,
    indexed: false,
    maxLength: 255,
    unique: false,
    builtIn: true,
  };
}

export function externalId(displayName = 'Externt id'): TextField<'externalId', true> {
  return { name: 'externalId', kind: 'Text', displayName, required: true, indexed: true, unique: true, maxLength: 255 };
}

/** Columns that make imported rows auditable (lists-schema.md §1). */
export function provenance<const O extends { sourceRequired?: boolean }>(options?: O) {
  return [
    lookup('sourceDocument', 'Källdokument', 'SourceDocuments', {
      indexed: true,
      required: (options?.sourceRequired === true) as O extends { sourceRequired: true } ? true : false,
    }),
    text('seedFile', 'Källfil'),
    number('sourceLine', 'Källrad', { decimals: 0 }),
    note('sourceRaw', 'Källtext'),
    note('dataQualityNote', 'Datakvalitet'),
  ] as const;
}

export function defineList<const N extends string, const F extends readonly FieldSchema[]>(list: ListSchema<N, F>): ListSchema<N, F> {
  const seen = new Set<string>();
  for (const f of list.fields) {
    if (seen.has(f.name)) throw new Error(`List ${list.name}: duplicate field '${f.name}'`);
    seen.add(f.name);
  }
  return list;
}
