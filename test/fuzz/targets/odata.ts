// The OData filter builder and the list service's $filter parser, fuzzed against each other: a
// filter built from any value parses back to exactly the comparison intended (the value never
// leaks into the syntax), and the parser answers any text with a tree or its own 400, never
// another error and never slowly.
import fc from 'fast-check';
import { filterFor, lists, toSpDate, toSpDateTime, type FieldSchema, type Filter, type FilterBuilder, type ListSchema } from '../../../shared/lists';
import { parseFilter, type FilterNode, type Literal } from '../../../teams-app/src/local-sharepoint/odata-filter';
import { SpError } from '../../../teams-app/src/local-sharepoint/sp-error';
import { check, same, syncProperty, type FuzzTarget } from '../support/fuzz-target';

/** Text meant to break out of a literal: quotes, parentheses, operators, commas, any Unicode. */
const hostileText = fc.oneof(
  fc.string({
    unit: fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom("'", "''", '(', ')', ',', ' ', ' eq ', ' or ', ' and ', 'not ', "') or (Id gt 0", "datetime'", '%27', '\\', '/', '$') },
      { weight: 4, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 3 }) },
    ),
    maxLength: 12,
  }),
  fc.string({ unit: 'binary', maxLength: 20 }),
);

interface Built {
  readonly filter: Filter;
  readonly ast: FilterNode;
}

type Leaf = (f: FilterBuilder<ListSchema>) => Built;

/** A leaf that prints as the builder call it makes, so a counterexample reads as code. */
function leafOf(call: string, make: Leaf): Leaf {
  return Object.assign(make, { [fc.toStringMethod]: () => call });
}

const fieldsOf = (kinds: readonly FieldSchema['kind'][]) =>
  lists.flatMap((list) => list.fields.filter((field) => kinds.includes(field.kind)).map((field) => ({ list: list as ListSchema, field })));
const TEXT = fieldsOf(['Text', 'Choice']);
const NUMBER = fieldsOf(['Number', 'Currency']);
const DATE = fieldsOf(['DateTime']);
const BOOLEAN = fieldsOf(['Boolean']);
const LOOKUP = fieldsOf(['Lookup', 'User', 'UserMulti']);

const compareOp = fc.constantFrom('eq', 'ne', 'lt', 'le', 'gt', 'ge') as fc.Arbitrary<'eq' | 'ne' | 'lt' | 'le' | 'gt' | 'ge'>;
const cmp = (op: string, key: string, value: Literal): FilterNode => ({ type: 'compare', op: op as 'eq', path: [key], value });

const textLeaf: fc.Arbitrary<Leaf> = fc
  .tuple(fc.constantFrom(...TEXT), fc.constantFrom('eq', 'ne', 'startsWith', 'substringOf'), hostileText)
  .map(([{ field }, how, value]) => leafOf(`${how}(${field.name}, ${JSON.stringify(value)})`, (f) => {
    const lit: Literal = { kind: 'string', value };
    if (how === 'startsWith') return { filter: f.startsWith(field.name, value), ast: { type: 'startswith', path: [field.name], value: lit } };
    if (how === 'substringOf') return { filter: f.substringOf(field.name, value), ast: { type: 'substringof', path: [field.name], value: lit } };
    return { filter: f[how as 'eq'](field.name, value), ast: cmp(how, field.name, lit) };
  }));

const numberLeaf: fc.Arbitrary<Leaf> = fc
  .tuple(fc.constantFrom(...NUMBER), compareOp, fc.double({ noNaN: true, noDefaultInfinity: true }))
  .map(([{ field }, op, value]) => leafOf(`${op}(${field.name}, ${value})`, (f) => ({ filter: f[op](field.name, value), ast: cmp(op, field.name, { kind: 'number', value }) })));

const day = fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2199-12-31T00:00:00Z'), noInvalidDate: true });
const dateLeaf: fc.Arbitrary<Leaf> = fc
  .tuple(fc.constantFrom(...DATE), compareOp, day, fc.constantFrom('iso-day', 'instant', 'date'))
  .map(([{ field }, op, d, form]) => leafOf(`${op}(${field.name}, ${form} ${d.toISOString()})`, (f) => {
    const isoDay = d.toISOString().slice(0, 10);
    const value = form === 'iso-day' ? isoDay : form === 'instant' ? d.toISOString() : d;
    const dateOnly = field.kind === 'DateTime' && field.dateOnly;
    const expected = form === 'iso-day' ? (dateOnly ? toSpDate(isoDay) : toSpDateTime(`${isoDay}T00:00:00Z`)) : toSpDateTime(d);
    return { filter: f[op](field.name, value), ast: cmp(op, field.name, { kind: 'datetime', value: expected }) };
  }));

const booleanLeaf: fc.Arbitrary<Leaf> = fc
  .tuple(fc.constantFrom(...BOOLEAN), fc.constantFrom('eq', 'ne') as fc.Arbitrary<'eq' | 'ne'>, fc.boolean())
  .map(([{ field }, op, value]) => leafOf(`${op}(${field.name}, ${value})`, (f) => ({ filter: f[op](field.name, value), ast: cmp(op, field.name, { kind: 'number', value: value ? 1 : 0 }) })));

const lookupLeaf: fc.Arbitrary<Leaf> = fc
  .tuple(fc.constantFrom(...LOOKUP), fc.maxSafeNat())
  .map(([{ field }, id]) => leafOf(`lookupId(${field.name}, ${id})`, (f) => ({ filter: f.lookupId(field.name, id), ast: cmp('eq', `${field.name}Id`, { kind: 'number', value: id }) })));

const systemLeaf: fc.Arbitrary<Leaf> = fc.oneof(
  fc.tuple(compareOp, fc.maxSafeNat()).map(([op, id]) => leafOf(`${op}(Id, ${id})`, (f) => ({ filter: f[op]('Id', id), ast: cmp(op, 'Id', { kind: 'number', value: id }) }))),
  fc.constantFrom(...TEXT, ...NUMBER, ...DATE).map(({ field }) => leafOf(`isNull(${field.name})`, (f) => ({ filter: f.isNull(field.name), ast: cmp('eq', field.name, { kind: 'null', value: null }) }))),
);

const leaf = fc.oneof(textLeaf, numberLeaf, dateLeaf, booleanLeaf, lookupLeaf, systemLeaf);

type Tree = { readonly kind: 'leaf'; readonly leaf: Leaf } | { readonly kind: 'and' | 'or'; readonly parts: readonly Tree[] } | { readonly kind: 'not'; readonly operand: Tree };

const tree = fc.letrec<{ tree: Tree }>((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf.map((l): Tree => ({ kind: 'leaf', leaf: l })),
    fc.record({ kind: fc.constantFrom('and', 'or') as fc.Arbitrary<'and' | 'or'>, parts: fc.array(tie('tree'), { minLength: 1, maxLength: 4 }) }),
    fc.record({ kind: fc.constant('not' as const), operand: tie('tree') }),
  ),
})).tree;

/** The builder's filter and, worked out independently, the tree the parser must give for it. */
function build(t: Tree, f: FilterBuilder<ListSchema>): Built {
  switch (t.kind) {
    case 'leaf':
      return t.leaf(f);
    case 'not': {
      const inner = build(t.operand, f);
      return { filter: f.not(inner.filter), ast: { type: 'not', operand: inner.ast } };
    }
    default: {
      const parts = t.parts.map((p) => build(p, f));
      const filter = f[t.kind](...parts.map((p) => p.filter))!;
      // `a and b and c` reads left to right; a nested group keeps its own parentheses.
      const ast = parts.slice(1).reduce<FilterNode>((left, p) => ({ type: t.kind as 'and', left, right: p.ast }), parts[0]!.ast);
      return { filter, ast };
    }
  }
}

/** One builder over every list's fields, so a tree can mix fields of all the schemas. */
const allFields: FilterBuilder<ListSchema> = filterFor({
  ...(lists[0] as ListSchema),
  fields: lists.flatMap((l): readonly FieldSchema[] => l.fields).filter((field, i, all) => all.findIndex((o) => o.name === field.name) === i),
} as ListSchema);

const valuesStayLiterals = syncProperty('a built filter parses back to exactly the intended comparisons', 2000, [tree], (t) => {
  const { filter, ast } = build(t, allFields);
  let parsed: FilterNode;
  try {
    parsed = parseFilter(filter.odata);
  } catch (e) {
    throw new Error(`the service refused the built filter ${filter.odata}: ${(e as Error).message}`);
  }
  same(parsed, ast, `parse of ${filter.odata}`);
});

const TOKENS = ['(', ')', ',', "'", "''", 'eq', 'ne', 'lt', 'gt', 'and', 'or', 'not', 'startswith', 'substringof', 'endswith', 'true', 'false', 'null', "datetime'", "guid'", 'Title', 'plan/Title', 'a/b/c', '-', '1', '-2.5e3', '1e999', '3m', '0x1', ' ', '\t', '\u00a0', 'Å', '$', '@p', '/'];
const big = <T>(arbitrary: fc.Arbitrary<T>) => ({ weight: 1, arbitrary });
/** Text shaped like a $filter: tokens of the grammar, any Unicode, and nesting as deep as a URL allows. */
export const filterish = fc.oneof(
  { weight: 4, arbitrary: fc.array(fc.constantFrom(...TOKENS), { maxLength: 30 }).map((t) => t.join('')) },
  { weight: 4, arbitrary: fc.array(fc.constantFrom(...TOKENS), { maxLength: 30 }).map((t) => t.join(' ')) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 60 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 60 }) },
  // Nesting and length as far as a URL allows (the service takes 16 KB of headers).
  big(fc.tuple(fc.integer({ min: 1, max: 8000 }), fc.constantFrom('(', 'not ', 'not(', '((')).map(([n, open]) => `${open.repeat(n)}Title eq 'x'${open.includes('(') ? ')'.repeat(n * (open.length - open.replace(/\(/g, '').length)) : ''}`)),
  big(fc.tuple(fc.integer({ min: 1, max: 3000 }), fc.constantFrom('Id eq 1 and ', 'Id eq 1 or ', "'x' eq Title or ")).map(([n, part]) => `${part.repeat(n)}Id eq 2`)),
  big(fc.integer({ min: 1, max: 16_000 }).map((n) => `Title eq '${"'".repeat(n)}`)),
);

const parserRefusesCleanly = syncProperty('the $filter parser answers any text with a tree or its own 400', 1000, [filterish], (src) => {
  try {
    parseFilter(src);
  } catch (e) {
    check(e instanceof SpError && e.status === 400, () => `parseFilter threw ${e instanceof Error ? `${e.name}: ${e.message.slice(0, 200)}` : String(e)} for ${JSON.stringify(src.slice(0, 80))}… (${src.length} chars)`);
  }
});

export const odataTarget: FuzzTarget = {
  name: 'OData $filter',
  properties: [valuesStayLiterals, parserRefusesCleanly],
};
