// `fields/createfieldasxml`: the CAML <Field> element, read into the same REST property names that
// `fields.add` uses so one code path applies both.

import { badRequest } from './sp-error';

interface XmlElement {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: XmlElement[];
  text: string;
}

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (_, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[e]!;
  });
}

/** Enough XML for field schemas: elements, attributes, text, comments; no DTDs or namespaces. */
export function parseXmlElement(src: string): XmlElement {
  let i = 0;
  const fail = (msg: string): never => {
    throw badRequest(`The SchemaXml is not valid XML: ${msg} (at character ${i + 1}).`);
  };
  const skipMisc = (): void => {
    for (;;) {
      while (i < src.length && /\s/.test(src[i]!)) i++;
      if (src.startsWith('<?', i)) {
        const end = src.indexOf('?>', i);
        if (end < 0) fail('unterminated declaration');
        i = end + 2;
      } else if (src.startsWith('<!--', i)) {
        const end = src.indexOf('-->', i);
        if (end < 0) fail('unterminated comment');
        i = end + 3;
      } else return;
    }
  };
  const element = (): XmlElement => {
    if (src[i] !== '<') fail("expected '<'");
    i++;
    const nameMatch = /^[A-Za-z_][\w.:-]*/.exec(src.slice(i));
    if (!nameMatch) return fail('expected an element name');
    const name = nameMatch[0];
    i += name.length;
    const attrs: Record<string, string> = {};
    for (;;) {
      while (/\s/.test(src[i] ?? '')) i++;
      if (src.startsWith('/>', i)) {
        i += 2;
        return { name, attrs, children: [], text: '' };
      }
      if (src[i] === '>') {
        i++;
        break;
      }
      const attr = /^([A-Za-z_][\w.:-]*)\s*=\s*("([^"]*)"|'([^']*)')/.exec(src.slice(i));
      if (!attr) return fail(`bad attribute in <${name}>`);
      attrs[attr[1]!] = decodeEntities(attr[3] ?? attr[4] ?? '');
      i += attr[0].length;
    }
    const el: XmlElement = { name, attrs, children: [], text: '' };
    for (;;) {
      if (i >= src.length) fail(`<${name}> is not closed`);
      if (src.startsWith('<!--', i)) {
        const end = src.indexOf('-->', i);
        if (end < 0) fail('unterminated comment');
        i = end + 3;
      } else if (src.startsWith('<![CDATA[', i)) {
        const end = src.indexOf(']]>', i);
        if (end < 0) fail('unterminated CDATA');
        el.text += src.slice(i + 9, end);
        i = end + 3;
      } else if (src.startsWith('</', i)) {
        const close = /^<\/([A-Za-z_][\w.:-]*)\s*>/.exec(src.slice(i));
        if (!close || close[1] !== name) fail(`expected </${name}>`);
        i += close![0].length;
        return el;
      } else if (src[i] === '<') {
        el.children.push(element());
      } else {
        const next = src.indexOf('<', i);
        const end = next < 0 ? src.length : next;
        el.text += decodeEntities(src.slice(i, end));
        i = end;
      }
    }
  };
  skipMisc();
  const root = element();
  skipMisc();
  if (i < src.length) fail('text after the root element');
  return root;
}

const TYPE_KINDS: Readonly<Record<string, { typeKind: number; multi?: boolean }>> = {
  Text: { typeKind: 2 },
  Note: { typeKind: 3 },
  DateTime: { typeKind: 4 },
  Choice: { typeKind: 6 },
  Lookup: { typeKind: 7 },
  LookupMulti: { typeKind: 7, multi: true },
  Boolean: { typeKind: 8 },
  Number: { typeKind: 9 },
  Currency: { typeKind: 10 },
  MultiChoice: { typeKind: 15 },
  User: { typeKind: 20 },
  UserMulti: { typeKind: 20, multi: true },
};

export interface XmlFieldSpec {
  readonly typeKind: number;
  readonly typeName: string;
  readonly name?: string;
  readonly staticName?: string;
  readonly displayName?: string;
  readonly id?: string;
  /** The List attribute verbatim: a list GUID or a web-relative list URL (`Lists/Plans`). */
  readonly list?: string;
  readonly props: Record<string, unknown>;
}

const bool = (v: string): boolean => v.toUpperCase() === 'TRUE';

export function fieldSpecFromXml(xml: string): XmlFieldSpec {
  const el = parseXmlElement(xml);
  if (el.name !== 'Field') throw badRequest(`The SchemaXml root must be <Field>, not <${el.name}>.`);
  const a = el.attrs;
  const typeName = a.Type;
  if (!typeName) throw badRequest('The SchemaXml <Field> has no Type attribute.');
  const type = TYPE_KINDS[typeName];
  if (!type) {
    throw badRequest(`Field type '${typeName}' is not supported by the local list service.`, '-1, System.NotSupportedException');
  }
  const props: Record<string, unknown> = {};
  const map: Readonly<Record<string, (v: string) => void>> = {
    Required: (v) => (props.Required = bool(v)),
    Indexed: (v) => (props.Indexed = bool(v)),
    EnforceUniqueValues: (v) => (props.EnforceUniqueValues = bool(v)),
    Hidden: (v) => (props.Hidden = bool(v)),
    MaxLength: (v) => (props.MaxLength = Number(v)),
    Min: (v) => (props.MinimumValue = Number(v)),
    Max: (v) => (props.MaximumValue = Number(v)),
    Decimals: (v) => (props.Decimals = Number(v)),
    LCID: (v) => (props.CurrencyLocaleId = Number(v)),
    FillInChoice: (v) => (props.FillInChoice = bool(v)),
    Format: (v) => {
      if (typeName === 'DateTime') props.DisplayFormat = v === 'DateOnly' ? 0 : 1;
    },
    RichText: (v) => (props.RichText = bool(v)),
    NumLines: (v) => (props.NumberOfLines = Number(v)),
    ShowField: (v) => (props.LookupFieldName = v),
    UserSelectionMode: (v) => (props.SelectionMode = v === 'PeopleOnly' || v === '0' ? 0 : 1),
    Mult: (v) => {
      if (bool(v)) props.AllowMultipleValues = true;
    },
    Description: (v) => (props.Description = v),
    Group: (v) => (props.Group = v),
  };
  for (const [key, value] of Object.entries(a)) map[key]?.(value);
  if (type.multi) props.AllowMultipleValues = true;
  for (const child of el.children) {
    if (child.name === 'CHOICES') {
      props.Choices = child.children.filter((c) => c.name === 'CHOICE').map((c) => c.text);
    } else if (child.name === 'Default') {
      props.DefaultValue = child.text;
    }
  }
  const id = a.ID ? /^\{?([0-9a-fA-F-]{36})\}?$/.exec(a.ID)?.[1]?.toLowerCase() : undefined;
  if (a.ID && !id) throw badRequest(`The SchemaXml ID '${a.ID}' is not a GUID.`);
  return {
    typeKind: type.typeKind,
    typeName,
    ...(a.Name !== undefined ? { name: a.Name } : {}),
    ...(a.StaticName !== undefined ? { staticName: a.StaticName } : {}),
    ...(a.DisplayName !== undefined ? { displayName: a.DisplayName } : {}),
    ...(id !== undefined ? { id } : {}),
    ...(a.List !== undefined ? { list: a.List } : {}),
    props,
  };
}
