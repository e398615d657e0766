import { constants, crc32, createDeflateRaw, deflateRawSync } from 'node:zlib';

/**
 * Hand-built .xlsx packages for the reader's tests: a small zip writer (so a test can store an
 * entry pre-compressed, or let the directory lie about a size) and a package of given XML parts.
 */

export interface ZipEntryInput {
  readonly name: string;
  readonly data?: Uint8Array | string;
  /** Already-deflated bytes to store as they are (method 8). */
  readonly deflated?: Uint8Array;
  /** The uncompressed size the directory claims; defaults to the true size. */
  readonly declaredSize?: number;
}

export function writeZip(entries: readonly ZipEntryInput[]): Uint8Array {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const raw = typeof e.data === 'string' ? Buffer.from(e.data, 'utf8') : Buffer.from(e.data ?? new Uint8Array());
    const body = e.deflated ? Buffer.from(e.deflated) : deflateRawSync(raw);
    const size = e.declaredSize ?? raw.length;
    const crc = e.deflated ? 0 : crc32(raw);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    chunks.push(local, name, body);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    dir.writeUInt16LE(0x0800, 8);
    dir.writeUInt16LE(8, 10);
    dir.writeUInt32LE(crc >>> 0, 16);
    dir.writeUInt32LE(body.length, 20);
    dir.writeUInt32LE(size, 24);
    dir.writeUInt16LE(name.length, 28);
    dir.writeUInt32LE(offset, 42);
    central.push(dir, name);
    offset += local.length + name.length + body.length;
  }
  const dirBytes = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dirBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...chunks, dirBytes, end]));
}

/** `megabytes` MB of zeros, deflated as a stream (a ~1000:1 bomb without holding the output). */
export async function deflatedZeros(megabytes: number): Promise<Uint8Array> {
  const deflate = createDeflateRaw({ level: constants.Z_BEST_COMPRESSION });
  const out: Buffer[] = [];
  deflate.on('data', (b: Buffer) => out.push(b));
  const done = new Promise((resolve, reject) => deflate.on('end', resolve).on('error', reject));
  const mb = Buffer.alloc(1024 * 1024);
  for (let i = 0; i < megabytes; i++) {
    if (!deflate.write(mb)) await new Promise((r) => deflate.once('drain', r));
  }
  deflate.end();
  await done;
  return new Uint8Array(Buffer.concat(out));
}

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export interface RawSheet {
  readonly name: string;
  /** The `<sheetData>` content (rows), written with the package's prefix. */
  readonly xml: string;
  readonly state?: 'hidden' | 'veryHidden';
  /** The part's path relative to xl/ (default worksheets/sheet<n>.xml). */
  readonly part?: string;
  /** Anything after `</sheetData>` (mergeCells, sheetProtection). */
  readonly after?: string;
}

export interface RawPackage {
  readonly sheets: readonly RawSheet[];
  readonly sharedStrings?: readonly string[];
  /** The `<cellXfs>` numFmtIds, in order, and custom formats (id → code). */
  readonly styles?: { readonly xfs: readonly number[]; readonly numFmts?: Readonly<Record<number, string>> };
  readonly date1904?: boolean;
  /** A namespace prefix for the SpreadsheetML elements, e.g. 'x' (as the Open XML SDK writes). */
  readonly prefix?: string;
  readonly extraEntries?: readonly ZipEntryInput[];
  readonly omit?: readonly string[];
}

/** A complete, minimal SpreadsheetML package of the given parts. */
export function rawXlsx(pkg: RawPackage): Uint8Array {
  const p = pkg.prefix ? `${pkg.prefix}:` : '';
  const ns = pkg.prefix ? `xmlns:${pkg.prefix}="${NS}"` : `xmlns="${NS}"`;
  const decl = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
  const entries: ZipEntryInput[] = [
    {
      name: '[Content_Types].xml',
      data: `${decl}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>`,
    },
    {
      name: '_rels/.rels',
      data: `${decl}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    },
  ];
  const partOf = (s: RawSheet, i: number) => s.part ?? `worksheets/sheet${i + 1}.xml`;
  const rels = pkg.sheets.map((s, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="${partOf(s, i)}"/>`);
  if (pkg.sharedStrings) rels.push(`<Relationship Id="rIdS" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`);
  if (pkg.styles) rels.push(`<Relationship Id="rIdT" Type="${REL}/styles" Target="/xl/styles.xml"/>`);
  entries.push({
    name: 'xl/_rels/workbook.xml.rels',
    data: `${decl}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`,
  });
  const sheetList = pkg.sheets
    .map((s, i) => `<${p}sheet name="${escapeXml(s.name)}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="rId${i + 1}"/>`)
    .join('');
  entries.push({
    name: 'xl/workbook.xml',
    data: `${decl}<${p}workbook ${ns} xmlns:r="${REL_NS}"><${p}workbookPr${pkg.date1904 ? ' date1904="1"' : ''}/><${p}sheets>${sheetList}</${p}sheets></${p}workbook>`,
  });
  pkg.sheets.forEach((s, i) => {
    entries.push({
      name: `xl/${partOf(s, i).replace(/^\.\//, '')}`,
      data: `${decl}<${p}worksheet ${ns} xmlns:r="${REL_NS}"><${p}sheetData>${s.xml}</${p}sheetData>${s.after ?? ''}</${p}worksheet>`,
    });
  });
  if (pkg.sharedStrings) {
    entries.push({
      name: 'xl/sharedStrings.xml',
      data: `${decl}<${p}sst ${ns} count="${pkg.sharedStrings.length}">${pkg.sharedStrings.join('')}</${p}sst>`,
    });
  }
  if (pkg.styles) {
    const fmts = Object.entries(pkg.styles.numFmts ?? {})
      .map(([id, code]) => `<${p}numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`)
      .join('');
    const xfs = pkg.styles.xfs.map((id) => `<${p}xf numFmtId="${id}" fontId="0" fillId="0" borderId="0" xfId="0"/>`).join('');
    entries.push({
      name: 'xl/styles.xml',
      data: `${decl}<${p}styleSheet ${ns}>${fmts ? `<${p}numFmts>${fmts}</${p}numFmts>` : ''}<${p}cellStyleXfs count="1"><${p}xf numFmtId="14"/></${p}cellStyleXfs><${p}cellXfs count="${pkg.styles.xfs.length}">${xfs}</${p}cellXfs></${p}styleSheet>`,
    });
  }
  const omit = new Set(pkg.omit ?? []);
  return writeZip([...entries.filter((e) => !omit.has(e.name)), ...(pkg.extraEntries ?? [])]);
}

export function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
