// `_api/web/lists/getByTitle('O''Brien')/items(3)` → segments with typed arguments. Quotes are
// honoured while splitting, so titles may contain `/`, `(` and doubled `'`.

import { badRequest } from './sp-error';

export type Arg =
  | { readonly kind: 'string'; readonly value: string }
  | { readonly kind: 'guid'; readonly value: string }
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'alias'; readonly value: string };

export interface Segment {
  /** Lower-cased: SharePoint's resource names are case-insensitive. */
  readonly name: string;
  readonly args?: readonly Arg[];
}

const GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

function parseArgs(src: string, params: URLSearchParams, whole: string): Arg[] {
  const args: Arg[] = [];
  let i = 0;
  const bad = (): never => {
    throw badRequest(`The resource path '${whole}' is not valid: cannot read the arguments '(${src})'.`);
  };
  while (i < src.length) {
    while (src[i] === ' ') i++;
    const named = /^[A-Za-z_]\w*\s*=\s*/.exec(src.slice(i));
    if (named) i += named[0].length; // `itemid=3`: position is what matters here
    let arg: Arg;
    const rest = src.slice(i);
    const quoted = /^(guid)?'((?:[^']|'')*)'/i.exec(rest);
    if (quoted) {
      const value = quoted[2]!.replace(/''/g, "'");
      if (quoted[1]) {
        if (!GUID.test(value)) bad();
        arg = { kind: 'guid', value: value.toLowerCase() };
      } else {
        arg = GUID.test(value) ? { kind: 'guid', value: value.toLowerCase() } : { kind: 'string', value };
      }
      i += quoted[0].length;
    } else if (/^-?\d+/.test(rest)) {
      const m = /^-?\d+/.exec(rest)!;
      arg = { kind: 'number', value: Number(m[0]) };
      i += m[0].length;
    } else if (/^@\w+/.test(rest)) {
      const m = /^@\w+/.exec(rest)!;
      const aliased = params.get(m[0]);
      if (aliased === null) throw badRequest(`The parameter alias '${m[0]}' has no value in the query string.`);
      const q = /^'((?:[^']|'')*)'$/.exec(aliased.trim());
      arg = q ? { kind: 'string', value: q[1]!.replace(/''/g, "'") } : /^-?\d+$/.test(aliased.trim()) ? { kind: 'number', value: Number(aliased) } : bad();
      i += m[0].length;
    } else if (rest.length === 0) {
      break;
    } else {
      return bad();
    }
    args.push(arg);
    while (src[i] === ' ') i++;
    if (i < src.length) {
      if (src[i] !== ',') bad();
      i++;
    }
  }
  return args;
}

/** `pathAfterApi` is already percent-decoded. */
export function parseResourcePath(pathAfterApi: string, params: URLSearchParams): Segment[] {
  const segments: Segment[] = [];
  let i = 0;
  const src = pathAfterApi;
  while (i < src.length) {
    if (src[i] === '/') {
      i++;
      continue;
    }
    const m = /^[A-Za-z_$][\w.$]*/.exec(src.slice(i));
    if (!m) throw badRequest(`The resource path '${src}' is not valid near '${src.slice(i, i + 20)}'.`);
    const name = m[0].toLowerCase();
    i += m[0].length;
    if (src[i] === '(') {
      // find the matching ')' outside quotes
      let j = i + 1;
      let inQuote = false;
      for (; j < src.length; j++) {
        const c = src[j];
        if (c === "'") {
          if (inQuote && src[j + 1] === "'") {
            j++;
            continue;
          }
          inQuote = !inQuote;
        } else if (c === ')' && !inQuote) break;
      }
      if (j >= src.length) throw badRequest(`The resource path '${src}' has an unclosed '('.`);
      segments.push({ name, args: parseArgs(src.slice(i + 1, j), params, src) });
      i = j + 1;
    } else {
      segments.push({ name });
    }
    if (i < src.length && src[i] !== '/') throw badRequest(`The resource path '${src}' is not valid near '${src.slice(i, i + 20)}'.`);
  }
  return segments;
}
