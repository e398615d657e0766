/**
 * Just enough XML for the parts of an .xlsx: the parts are machine-written, flat and well known, so
 * a scanner over the string with indexOf beats a general parser by a wide margin. Namespace
 * prefixes are honoured by taking the prefix the root element uses (`<x:worksheet>` → `x:`).
 */

export interface XmlElement {
  readonly attrs: Readonly<Record<string, string>>;
  /** Index of the element's '<'. */
  readonly start: number;
  readonly contentStart: number;
  readonly contentEnd: number;
  /** Index just past the element. */
  readonly end: number;
}

const ENTITY = /&(?:#x([0-9a-fA-F]+)|#([0-9]+)|(amp|lt|gt|quot|apos));/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * A copy of s that does not keep the string it was cut from alive. V8 makes a slice of 13 or more
 * characters a view on its parent, so one formula kept from a sheet's XML kept all of that XML
 * (8 MB for 200 000 cells) for as long as the workbook lived. Concatenating makes a new string,
 * and slicing it flattens that into one that owns its characters.
 */
export function detached(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}

export function decodeEntities(s: string): string {
  if (s.indexOf('&') === -1) return s;
  return s.replace(ENTITY, (_m, hex: string | undefined, dec: string | undefined, name: string | undefined) => {
    if (name) return NAMED[name]!;
    const code = hex ? parseInt(hex, 16) : Number(dec);
    return code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd';
  });
}

const XSTRING_ESCAPE = /_x([0-9a-fA-F]{4})_/g;

/** Cell text in OOXML escapes characters XML cannot hold as `_xHHHH_` (a CR is `_x000D_`). */
export function decodeXString(s: string): string {
  const t = decodeEntities(s);
  if (t.indexOf('_x') === -1) return t;
  return t.replace(XSTRING_ESCAPE, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** The namespace prefix of the document's root element, with its colon ('' when none). */
export function rootPrefix(xml: string): string {
  let i = 0;
  for (;;) {
    i = xml.indexOf('<', i);
    if (i === -1) return '';
    const next = xml.charCodeAt(i + 1);
    if (next !== 63 /* ? */ && next !== 33 /* ! */) break;
    i++;
  }
  let j = i + 1;
  while (j < xml.length && !isNameEnd(xml.charCodeAt(j))) j++;
  const name = xml.slice(i + 1, j);
  const colon = name.indexOf(':');
  return colon === -1 ? '' : name.slice(0, colon + 1);
}

export function isNameEnd(code: number): boolean {
  return code === 32 || code === 62 /* > */ || code === 47 /* / */ || code === 9 || code === 10 || code === 13;
}

/** Index of `<qname` (as a whole name) at or after `from`, before `to`; -1 when absent. */
export function findTag(xml: string, qname: string, from: number, to = xml.length): number {
  const needle = '<' + qname;
  let i = from;
  for (;;) {
    i = xml.indexOf(needle, i);
    if (i === -1 || i >= to) return -1;
    if (isNameEnd(xml.charCodeAt(i + needle.length))) return i;
    i += needle.length;
  }
}

/**
 * Parses the attributes of the start tag whose name ends at `at`; returns them with the index just
 * past '>' and whether the tag closed itself. Quote-aware, so '>' inside a value is safe.
 */
export function readStartTag(
  xml: string,
  at: number,
): { attrs: Record<string, string>; after: number; selfClosing: boolean } {
  const attrs: Record<string, string> = {};
  const tag = new StartTag(at);
  while (tag.next(xml)) attrs[tag.name(xml)] = tag.value(xml);
  return { attrs, after: tag.after, selfClosing: tag.selfClosing };
}

/**
 * A walk over the attributes of a start tag, one `next` at a time: where the current attribute's
 * name starts and its '=' stands, where its value lies inside the quotes; at the end, the index just
 * past '>' and whether the tag closed itself. Positions, not strings, so a reader after one
 * attribute slices only that one: a sheet's every <row> tag is read for its r alone, and a record
 * of all its attributes (spans, x14ac:dyDescent …) was 1,5 MB of a 200 000-cell read's 2 MB of
 * short-lived objects (0,7 MB now). readStartTag walks with it too, so both check alike.
 */
export class StartTag {
  nameFrom = 0;
  eq = 0;
  valueFrom = 0;
  valueTo = 0;
  after = 0;
  selfClosing = false;

  /** at: where the tag's name ends. */
  constructor(private at: number) {}

  /** Moves to the next attribute; false at the tag's end. */
  next(xml: string): boolean {
    let i = this.at;
    const n = xml.length;
    while (i < n && xml.charCodeAt(i) <= 32) i++;
    if (i >= n) throw new SyntaxError('unterminated start tag');
    const c = xml.charCodeAt(i);
    if (c === 62 || c === 47) {
      const gt = c === 62 ? i : xml.indexOf('>', i);
      if (gt === -1) throw new SyntaxError('unterminated start tag');
      this.after = gt + 1;
      this.selfClosing = c === 47;
      return false;
    }
    const eq = xml.indexOf('=', i);
    if (eq === -1) throw new SyntaxError('attribute without value');
    let q = eq + 1;
    while (q < n && xml.charCodeAt(q) <= 32) q++;
    const quote = xml[q];
    if (quote !== '"' && quote !== "'") throw new SyntaxError('unquoted attribute');
    const close = xml.indexOf(quote, q + 1);
    if (close === -1) throw new SyntaxError('unterminated attribute');
    this.nameFrom = i;
    this.eq = eq;
    this.valueFrom = q + 1;
    this.valueTo = close;
    this.at = close + 1;
    return true;
  }

  /** The current attribute's name, white space around it trimmed. */
  name(xml: string): string {
    return xml.slice(this.nameFrom, this.eq).trim();
  }

  /** Whether name(xml) would be `name`, told without slicing in the common case. */
  isNamed(xml: string, name: string): boolean {
    return isAttrName(xml, this.nameFrom, this.eq, name);
  }

  /** The current attribute's value, entities decoded. */
  value(xml: string): string {
    return decodeEntities(xml.slice(this.valueFrom, this.valueTo));
  }
}

/** Whether xml[from, to), trimmed as StartTag.name trims it, is `name`. */
function isAttrName(xml: string, from: number, to: number, name: string): boolean {
  if (to - from === name.length) return xml.startsWith(name, from);
  // Longer: only white space at either end (trim's, Unicode's too) could make it the name.
  const first = xml.charCodeAt(from);
  const last = xml.charCodeAt(to - 1);
  if (first < 128 && last > 32 && last < 128) return false;
  return xml.slice(from, to).trim() === name;
}

/** Every `<qname …>` element between from and to, in document order (not nested in each other). */
export function findElements(xml: string, qname: string, from = 0, to = xml.length): XmlElement[] {
  const out: XmlElement[] = [];
  const closing = '</' + qname + '>';
  let i = from;
  for (;;) {
    const start = findTag(xml, qname, i, to);
    if (start === -1) return out;
    const tag = readStartTag(xml, start + 1 + qname.length);
    if (tag.selfClosing) {
      out.push({ attrs: tag.attrs, start, contentStart: tag.after, contentEnd: tag.after, end: tag.after });
      i = tag.after;
      continue;
    }
    const close = xml.indexOf(closing, tag.after);
    if (close === -1) throw new SyntaxError(`unterminated <${qname}>`);
    out.push({ attrs: tag.attrs, start, contentStart: tag.after, contentEnd: close, end: close + closing.length });
    i = close + closing.length;
  }
}

export function findElement(xml: string, qname: string, from = 0, to = xml.length): XmlElement | undefined {
  const start = findTag(xml, qname, from, to);
  if (start === -1) return undefined;
  return findElements(xml, qname, start, to)[0];
}

/** An attribute by local name whatever its prefix ('r:id' and 'ns1:id' both answer 'id'). */
export function attrByLocalName(attrs: Readonly<Record<string, string>>, local: string): string | undefined {
  if (attrs[local] !== undefined) return attrs[local];
  for (const key of Object.keys(attrs)) if (key.endsWith(':' + local)) return attrs[key];
  return undefined;
}

export function isTrue(value: string | undefined): boolean {
  return value === '1' || value === 'true';
}

/**
 * The text of a string item (`<si>` or `<is>`): its `<t>` and the `<t>` of its runs, without the
 * phonetic runs (`<rPh>`), which hold reading aids rather than cell text. `phonetic` says whether
 * the part holds any `<rPh>` at all, so the common case never searches for one.
 */
export function richText(xml: string, from: number, to: number, prefix: string, phonetic: boolean): string {
  const t = prefix + 't';
  const tClose = '</' + t + '>';
  const rPhClose = '</' + prefix + 'rPh>';
  let out = '';
  let i = from;
  for (;;) {
    const open = findTag(xml, t, i, to);
    if (open === -1) break;
    if (phonetic) {
      const ph = findTag(xml, prefix + 'rPh', i, open);
      if (ph !== -1) {
        const e = xml.indexOf(rPhClose, ph);
        i = e === -1 ? to : e + rPhClose.length;
        continue;
      }
    }
    const gt = xml.indexOf('>', open);
    if (gt === -1 || gt >= to) throw new SyntaxError('unterminated <t>');
    if (xml.charCodeAt(gt - 1) === 47) {
      i = gt + 1;
      continue;
    }
    const close = xml.indexOf(tClose, gt);
    if (close === -1 || close > to) throw new SyntaxError('unterminated <t>');
    out += xml.slice(gt + 1, close);
    i = close + tClose.length;
  }
  return decodeXString(out);
}
