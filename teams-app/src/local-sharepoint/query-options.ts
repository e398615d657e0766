// OData system query options and the response format, read from the request as SharePoint reads
// them (option names are case-insensitive; unknown `$options` are refused).

import { badRequest, SpError, codes } from './sp-error';

export type Format = 'verbose' | 'minimal' | 'nometadata';

/** `application/json` means minimal metadata on SharePoint Online; `odata=verbose` the old shape. */
export function formatFromAccept(accept: string | undefined): Format {
  const a = (accept ?? '').toLowerCase();
  if (/odata\s*=\s*verbose/.test(a)) return 'verbose';
  if (/odata\s*=\s*nometadata/.test(a) || /odata\.metadata\s*=\s*none/.test(a)) return 'nometadata';
  if (a === '' || /application\/json|\*\/\*|application\/\*/.test(a)) return 'minimal';
  throw new SpError(406, codes.invalidQuery, `The Accept header '${accept}' asks for a format this service cannot produce; use application/json.`);
}

export function contentTypeFor(format: Format): string {
  switch (format) {
    case 'verbose':
      return 'application/json;odata=verbose;charset=utf-8';
    case 'nometadata':
      return 'application/json;odata=nometadata;streaming=true;charset=utf-8';
    case 'minimal':
      return 'application/json;odata=minimalmetadata;streaming=true;charset=utf-8';
  }
}

export interface OrderKey {
  readonly path: readonly string[];
  readonly desc: boolean;
}

export interface QueryOptions {
  readonly select?: readonly (readonly string[])[];
  readonly expand?: readonly string[];
  readonly filter?: string;
  readonly orderby?: readonly OrderKey[];
  readonly top?: number;
  /** Decoded `$skiptoken` parameters (`Paged`, `p_ID`, …). */
  readonly skiptoken?: URLSearchParams;
}

const KNOWN = new Set(['$select', '$expand', '$filter', '$orderby', '$top', '$skip', '$skiptoken', '$format', '$inlinecount', '$count']);

function splitList(v: string): string[] {
  return v
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

function pathOf(s: string, option: string): string[] {
  const parts = s.split('/');
  if (parts.length > 2 || parts.some((p) => !/^[A-Za-z_*][A-Za-z0-9_]*$/.test(p))) {
    throw badRequest(`The ${option} value '${s}' is not a field name or field/property.`);
  }
  return parts;
}

export function readQueryOptions(params: URLSearchParams): QueryOptions {
  const get = (name: string): string | undefined => {
    let found: string | undefined;
    for (const [k, v] of params) {
      if (k.toLowerCase() === name) {
        if (found !== undefined) throw badRequest(`The query option '${name}' is given more than once.`);
        found = v;
      }
    }
    return found;
  };
  for (const k of params.keys()) {
    if (k.startsWith('$') && !KNOWN.has(k.toLowerCase())) {
      throw badRequest(`The query parameter '${k}' is not supported.`);
    }
  }
  const options: {
    -readonly [K in keyof QueryOptions]: QueryOptions[K];
  } = {};
  const select = get('$select');
  if (select !== undefined) options.select = splitList(select).map((s) => pathOf(s, '$select'));
  const expand = get('$expand');
  if (expand !== undefined) {
    options.expand = splitList(expand).map((s) => {
      if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(s)) throw badRequest(`The $expand value '${s}' is not a field name.`);
      return s;
    });
  }
  const filter = get('$filter');
  if (filter !== undefined && filter.trim() !== '') options.filter = filter;
  const orderby = get('$orderby');
  if (orderby !== undefined) {
    options.orderby = splitList(orderby).map((clause) => {
      const m = /^(\S+)(?:\s+(asc|desc))?$/i.exec(clause);
      if (!m) throw badRequest(`The $orderby clause '${clause}' is not valid; write 'Field' or 'Field asc|desc'.`);
      return { path: pathOf(m[1]!, '$orderby'), desc: (m[2] ?? 'asc').toLowerCase() === 'desc' };
    });
  }
  const top = get('$top');
  if (top !== undefined) {
    if (!/^\d+$/.test(top.trim())) throw badRequest(`The $top value '${top}' is not a whole number.`);
    options.top = Number(top.trim());
  }
  const skiptoken = get('$skiptoken');
  if (skiptoken !== undefined) options.skiptoken = new URLSearchParams(skiptoken);
  return options;
}
