import { conjuncts, parseFilter } from '../../../teams-app/src/local-sharepoint/odata-filter';
import { SpError } from '../../../teams-app/src/local-sharepoint/sp-error';

const cmp = (path: string, op: string, kind: string, value: unknown): unknown => ({
  type: 'compare',
  op,
  path: path.split('/'),
  value: { kind, value },
});

test('and binds tighter than or; parentheses and not override', () => {
  expect(parseFilter("a eq 1 or b eq 2 and c eq 3")).toEqual({
    type: 'or',
    left: cmp('a', 'eq', 'number', 1),
    right: { type: 'and', left: cmp('b', 'eq', 'number', 2), right: cmp('c', 'eq', 'number', 3) },
  });
  expect(parseFilter('(a eq 1 or b eq 2) and not c eq 3')).toEqual({
    type: 'and',
    left: { type: 'or', left: cmp('a', 'eq', 'number', 1), right: cmp('b', 'eq', 'number', 2) },
    right: { type: 'not', operand: cmp('c', 'eq', 'number', 3) },
  });
});

test('literals: doubled quotes, datetime, guid, booleans, null, negative and decimal numbers', () => {
  expect(parseFilter("Title eq 'O''Brien ''x'''")).toEqual(cmp('Title', 'eq', 'string', "O'Brien 'x'"));
  expect(parseFilter("d ge datetime'2021-04-30T00:00:00Z'")).toEqual(cmp('d', 'ge', 'datetime', '2021-04-30T00:00:00Z'));
  expect(parseFilter("g eq guid'0f8fad5b-d9cb-469f-a165-70867728950e'")).toEqual(cmp('g', 'eq', 'guid', '0f8fad5b-d9cb-469f-a165-70867728950e'));
  expect(parseFilter('b eq true')).toEqual(cmp('b', 'eq', 'boolean', true));
  expect(parseFilter('x ne null')).toEqual(cmp('x', 'ne', 'null', null));
  expect(parseFilter('n lt -2.5')).toEqual(cmp('n', 'lt', 'number', -2.5));
  expect(parseFilter('plan/Title eq 1')).toEqual(cmp('plan/Title', 'eq', 'number', 1));
});

test('functions, written either way round and with eq true/false', () => {
  expect(parseFilter("startswith(Title,'Å')")).toEqual({ type: 'startswith', path: ['Title'], value: { kind: 'string', value: 'Å' } });
  expect(parseFilter("substringof('x', plan/Title) eq false")).toEqual({
    type: 'not',
    operand: { type: 'substringof', path: ['plan', 'Title'], value: { kind: 'string', value: 'x' } },
  });
  expect(parseFilter('5 lt Id')).toEqual(cmp('Id', 'gt', 'number', 5));
});

test('conjuncts flattens the top-level and chain in written order', () => {
  expect(conjuncts(parseFilter('a eq 1 and (b eq 2 and c eq 3) and (d eq 4 or e eq 5)')).map((n) => n.type)).toEqual(['compare', 'compare', 'compare', 'or']);
});

test.each([
  ["Title eq 'open", 'unterminated string literal'],
  ['Title eq', 'expected a value'],
  ['Title xx 1', 'expected eq, ne, lt, le, gt or ge'],
  ['(a eq 1', "expected ')'"],
  ['a eq 1 b', 'unexpected text after the end'],
  ["endswith(Title,'x')", 'endswith is not supported'],
  ['a/b/c eq 1', 'not a field or a field/property'],
  ["startswith(Title, 3)", 'takes a text value'],
  ['a eq 1 and', 'expression ends too early'],
  ['a eq #', "unexpected '#'"],
])('%s → 400 naming the problem', (src, message) => {
  let error: unknown;
  try {
    parseFilter(src);
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(SpError);
  expect((error as SpError).status).toBe(400);
  expect((error as SpError).message).toContain(message);
  expect((error as SpError).message).toContain(src);
});
