// `$filter`/`$select`/`$orderby`/`$top` over small in-memory collections (lists, fields, site
// users), where SharePoint has no threshold and values are plain properties.

import type { FilterNode, Literal } from './odata-filter';
import { parseFilter } from './odata-filter';
import type { QueryOptions } from './query-options';
import { badRequest } from './sp-error';

type Props = Readonly<Record<string, unknown>>;

function prop(obj: Props, path: readonly string[]): unknown {
  if (path.length !== 1) throw badRequest(`'${path.join('/')}' cannot be used here; only plain properties can be filtered.`);
  const name = path[0]!;
  if (name in obj) return obj[name];
  const key = Object.keys(obj).find((k) => k.toLowerCase() === name.toLowerCase());
  if (key === undefined) throw badRequest(`The field or property '${name}' does not exist.`);
  return obj[key];
}

function literalFor(actual: unknown, lit: Literal): unknown {
  if (lit.kind === 'null') return null;
  if (typeof actual === 'boolean' && lit.kind === 'number') return lit.value === 1;
  return lit.value;
}

function cmp(a: unknown, b: unknown): number {
  const x = typeof a === 'string' ? a.toLowerCase() : a;
  const y = typeof b === 'string' ? b.toLowerCase() : b;
  if (x === y) return 0;
  if (x === null || x === undefined) return -1;
  if (y === null || y === undefined) return 1;
  return (x as number) < (y as number) ? -1 : 1;
}

function test(node: FilterNode, obj: Props): boolean {
  switch (node.type) {
    case 'and':
      return test(node.left, obj) && test(node.right, obj);
    case 'or':
      return test(node.left, obj) || test(node.right, obj);
    case 'not':
      return !test(node.operand, obj);
    case 'startswith':
    case 'substringof': {
      const v = prop(obj, node.path);
      if (typeof v !== 'string') return false;
      const needle = String(node.value.value).toLowerCase();
      return node.type === 'startswith' ? v.toLowerCase().startsWith(needle) : v.toLowerCase().includes(needle);
    }
    case 'compare': {
      const v = prop(obj, node.path);
      const l = literalFor(v, node.value);
      if (l === null) return node.op === 'eq' ? v == null : node.op === 'ne' ? v != null : false;
      const c = cmp(v, l);
      switch (node.op) {
        case 'eq':
          return c === 0;
        case 'ne':
          return c !== 0;
        case 'lt':
          return v != null && c < 0;
        case 'le':
          return v != null && c <= 0;
        case 'gt':
          return v != null && c > 0;
        case 'ge':
          return v != null && c >= 0;
      }
    }
  }
}

export function queryCollection<T extends Props>(all: readonly T[], options: QueryOptions): Props[] {
  let rows: T[] = [...all];
  if (options.filter !== undefined) {
    const node = parseFilter(options.filter);
    rows = rows.filter((r) => test(node, r));
  }
  for (const o of [...(options.orderby ?? [])].reverse()) {
    rows.sort((a, b) => cmp(prop(a, o.path), prop(b, o.path)) * (o.desc ? -1 : 1));
  }
  if (options.top !== undefined) rows = rows.slice(0, options.top);
  return rows.map((r) => selectProps(r, options));
}

export function selectProps(obj: Props, options: Pick<QueryOptions, 'select'>): Props {
  const select = options.select;
  if (!select || select.some((p) => p[0] === '*')) return obj;
  const out: Record<string, unknown> = {};
  for (const path of select) {
    if (path.length !== 1) throw badRequest(`'${path.join('/')}' cannot be selected here.`);
    const name = path[0]!;
    const key = Object.keys(obj).find((k) => k.toLowerCase() === name.toLowerCase());
    if (key === undefined) throw badRequest(`The field or property '${name}' does not exist.`);
    out[key] = obj[key];
  }
  return out;
}
