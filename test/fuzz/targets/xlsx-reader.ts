// The .xlsx reader on files that are not what they claim: real fixture workbooks with bytes
// overwritten, cut or copied about, headers that lie about sizes and offsets, random XML in their
// parts, zips of random entries, and zip bombs (hard-packed parts, one part read by many sheets,
// tens of thousands of entries). Each file is read, or refused with a WorkbookReadError, quickly
// and without unbounded memory, by both inflaters (node:zlib for the CLI, fflate in the browser).
import fc from 'fast-check';
import { unzipSync } from 'fflate';
import { constants, createDeflateRaw, deflateRawSync } from 'node:zlib';
import { fflateInflate, nodeInflate } from '../../../excel-addin/src/xlsx-adapter/inflate';
import { DEFAULT_READ_LIMITS, WorkbookReadError, parseWorkbook } from '../../../excel-addin/src/xlsx-adapter/read-workbook';
import { rawXlsx, writeZip, type ZipEntryInput } from '../../excel-addin/xlsx-adapter/zip-fixtures';
import { fixtures, type Fixture } from '../support/fixtures';
import { check, syncProperty, withFullRuns, type FuzzProperty, type FuzzTarget } from '../support/fuzz-target';

const MB = 1024 * 1024;
/**
 * RSS may grow this much over the run. The reader may legitimately unpack 256 MB (its total
 * cap) and hold the sheets; what must not happen is growth without bound across cases.
 */
export const RSS_GROWTH_LIMIT_MB = 1024;

interface Material {
  fixtures: Fixture[];
  /** Each fixture's parts, unpacked. */
  parts: Map<string, Uint8Array>[];
  /** The same parts deflated once, so a case re-packs only the part it changed. */
  packed: Map<string, ZipEntryInput>[];
  /** ~40 MB of sheet rows deflated as one stream (~1000:1). */
  rowBomb: Uint8Array;
  rowBombSize: number;
  /** 300 MB of zeros deflated (~1030:1): past the 256 MB total cap as well as the ratio. */
  zeroBomb: Uint8Array;
  zeroBombSize: number;
  /** Just under 8 MB of rows: below the ratio floor, so one read of it is allowed on its own. */
  floorPart: Uint8Array;
  floorPartSize: number;
}

let material: Material | undefined;
const ready = (): Material => {
  if (!material) throw new Error('xlsx fuzz material is not set up');
  return material;
};

async function deflateRepeated(unit: string, bytes: number): Promise<{ data: Uint8Array; size: number }> {
  const deflate = createDeflateRaw({ level: constants.Z_BEST_COMPRESSION });
  const out: Buffer[] = [];
  deflate.on('data', (b: Buffer) => out.push(b));
  const done = new Promise((resolve, reject) => deflate.on('end', resolve).on('error', reject));
  const chunk = Buffer.from(unit.repeat(Math.max(1, Math.floor(MB / unit.length))));
  let size = 0;
  while (size + chunk.length <= bytes) {
    if (!deflate.write(chunk)) await new Promise((r) => deflate.once('drain', r));
    size += chunk.length;
  }
  deflate.end();
  await done;
  return { data: new Uint8Array(Buffer.concat(out)), size };
}

/** Rows of cells with implicit positions: every cell is a new one, and the XML packs ~1000:1. */
const IMPLICIT_ROW = `<row>${'<c><v>1</v></c>'.repeat(200)}</row>`;

async function setUp(stride: number): Promise<void> {
  if (material) return;
  const fx = await fixtures(stride);
  const rows = await deflateRepeated(IMPLICIT_ROW, 40 * MB);
  const zeros = await deflateRepeated('\0', 300 * MB);
  const floor = await deflateRepeated(IMPLICIT_ROW, 8 * MB - 4096);
  const parts = fx.map((f) => new Map(Object.entries(unzipSync(f.bytes))));
  material = {
    fixtures: fx,
    parts,
    packed: parts.map((p) => new Map([...p].map(([name, data]) => [name, { name, deflated: deflateRawSync(data), declaredSize: data.length }]))),
    rowBomb: rows.data,
    rowBombSize: rows.size,
    zeroBomb: zeros.data,
    zeroBombSize: zeros.size,
    floorPart: floor.data,
    floorPartSize: floor.size,
  };
}

const INFLATERS = { zlib: nodeInflate, fflate: fflateInflate } as const;
const inflater = fc.constantFrom('zlib' as const, 'fflate' as const);

let baselineRss = 0;
let peakGrowth = 0;
/** The largest RSS growth seen over a run, in MB (reported by `npm run fuzz`). */
export const peakRssGrowthMb = (): number => Math.round(peakGrowth / MB);

function readsOrRefuses(bytes: Uint8Array, inflate: keyof typeof INFLATERS, what: () => string): void {
  try {
    const workbook = parseWorkbook(bytes, DEFAULT_READ_LIMITS, INFLATERS[inflate]);
    for (const sheet of workbook.sheets) check(typeof sheet.name === 'string', 'a sheet without a name');
  } catch (e) {
    check(e instanceof WorkbookReadError, () => `${what()} (${inflate}): threw ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`);
    check(e.sv.trim() !== '' && e.en.trim() !== '' && !/\n/.test(e.sv + e.en), () => `${what()}: reason not one line: ${e.sv} / ${e.en}`);
  }
  const growth = process.memoryUsage.rss() - baselineRss;
  if (growth > peakGrowth) peakGrowth = growth;
  check(growth < RSS_GROWTH_LIMIT_MB * MB, () => `${what()} (${inflate}): RSS grew by ${Math.round(growth / MB)} MB`);
}

function startMemory(): void {
  if (baselineRss === 0) baselineRss = process.memoryUsage.rss();
}

// 1. Bytes of real workbooks damaged anywhere.

type Damage =
  | { readonly op: 'set'; readonly at: number; readonly byte: number }
  | { readonly op: 'truncate'; readonly at: number }
  | { readonly op: 'splice'; readonly at: number; readonly cut: number; readonly insert: Uint8Array }
  | { readonly op: 'copy'; readonly from: number; readonly at: number; readonly length: number };

const damage: fc.Arbitrary<Damage> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ op: fc.constant('set' as const), at: fc.nat(), byte: fc.nat(255) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('splice' as const), at: fc.nat(), cut: fc.nat(64), insert: fc.uint8Array({ maxLength: 64 }) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('copy' as const), from: fc.nat(), at: fc.nat(), length: fc.nat(4096) }) },
);

function applyDamage(bytes: Uint8Array, d: Damage): Uint8Array {
  const n = bytes.length;
  if (n === 0) return bytes;
  switch (d.op) {
    case 'set': {
      const out = bytes.slice();
      out[d.at % n] = d.byte;
      return out;
    }
    case 'truncate':
      return bytes.slice(0, d.at % n);
    case 'splice': {
      const at = d.at % n;
      const out = new Uint8Array(n - Math.min(d.cut, n - at) + d.insert.length);
      out.set(bytes.subarray(0, at));
      out.set(d.insert, at);
      out.set(bytes.subarray(at + Math.min(d.cut, n - at)), at + d.insert.length);
      return out;
    }
    case 'copy': {
      const out = bytes.slice();
      const from = d.from % n;
      out.set(bytes.subarray(from, Math.min(n, from + d.length)).subarray(0, n - (d.at % n)), d.at % n);
      return out;
    }
  }
}

const damagedBytes = syncProperty('real workbooks with bytes overwritten, cut, spliced or copied', 500, [fc.nat(), fc.array(damage, { minLength: 1, maxLength: 6 }), inflater], (pick, damages, inflate) => {
  startMemory();
  const f = ready().fixtures[pick % ready().fixtures.length]!;
  const bytes = damages.reduce(applyDamage, f.bytes);
  readsOrRefuses(bytes, inflate, () => `fixture ${f.index} with ${JSON.stringify(damages)}`);
});

// 2. Zip headers that lie: sizes, offsets, counts, methods, flags, name and extra lengths.

interface HeaderField {
  readonly at: number;
  readonly width: 2 | 4;
}

/** Offsets of the end record's and each central entry's numeric fields. */
function headerFields(bytes: Uint8Array): HeaderField[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = bytes.length - 22;
  while (end >= 0 && view.getUint32(end, true) !== 0x06054b50) end--;
  if (end < 0) return [];
  const fields: HeaderField[] = [8, 10].map((o) => ({ at: end + o, width: 2 as const }));
  fields.push(...[12, 16].map((o) => ({ at: end + o, width: 4 as const })));
  let at = view.getUint32(end + 16, true);
  for (let i = 0; i < view.getUint16(end + 10, true) && at + 46 <= bytes.length; i++) {
    fields.push(...[8, 10, 28, 30, 32].map((o) => ({ at: at + o, width: 2 as const })));
    fields.push(...[20, 24, 42].map((o) => ({ at: at + o, width: 4 as const })));
    const local = view.getUint32(at + 42, true);
    if (local + 30 <= bytes.length) fields.push(...[26, 28].map((o) => ({ at: local + o, width: 2 as const })));
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return fields;
}

const lie = fc.oneof(
  fc.constantFrom(0, 1, 0xffff, 0xfffe, 0x7fffffff, 0xffffffff, 0xfffffffe, 8 * MB, 256 * MB + 1),
  fc.nat(),
  fc.integer({ min: -64, max: 64 }),
);

const lyingHeaders = syncProperty('directory and local headers that lie about sizes, offsets and counts', 500, [fc.nat(), fc.array(fc.tuple(fc.nat(), lie), { minLength: 1, maxLength: 4 }), fc.boolean(), inflater], (pick, lies, zip64, inflate) => {
  startMemory();
  const f = ready().fixtures[pick % ready().fixtures.length]!;
  const bytes = f.bytes.slice();
  const view = new DataView(bytes.buffer);
  const fields = headerFields(bytes);
  for (const [which, value] of lies) {
    const field = fields[which % fields.length]!;
    const old = field.width === 2 ? view.getUint16(field.at, true) : view.getUint32(field.at, true);
    // Small values nudge the true one (off by a few); large ones replace it.
    const v = Math.abs(value) <= 64 ? old + value : value;
    if (field.width === 2) view.setUint16(field.at, v & 0xffff, true);
    else view.setUint32(field.at, v >>> 0, true);
  }
  let input = bytes;
  if (zip64) {
    // A zip64 locator in front of the end record, pointing anywhere.
    const end = bytes.length - 22;
    const locator = new Uint8Array(20);
    const lv = new DataView(locator.buffer);
    lv.setUint32(0, 0x07064b50, true);
    lv.setUint32(8, (lies[0]![1] >>> 0) % (bytes.length + 64), true);
    input = new Uint8Array(bytes.length + 20);
    input.set(bytes.subarray(0, end));
    input.set(locator, end);
    input.set(bytes.subarray(end), end + 20);
  }
  readsOrRefuses(input, inflate, () => `fixture ${f.index} with header lies ${JSON.stringify(lies)}${zip64 ? ' and a zip64 locator' : ''}`);
});

// 3. Random XML in the parts the reader parses.

const A1 = fc.oneof(
  fc.tuple(fc.constantFrom('A', 'B', 'Z', 'AA', 'XFD', 'XFE', 'ZZZZ', '', '$A$', 'a'), fc.constantFrom('1', '2', '0', '1048576', '1048577', '99999999999', '', '-1', '1.5')).map(([c, r]) => c + r),
  fc.string({ maxLength: 6 }),
);
const attrValue = fc.oneof(A1, fc.constantFrom('s', 'n', 'b', 'e', 'str', 'inlineStr', 'd', 'shared', 'array', '0', '1', '-1', '999999', 'true', 'rId1', 'worksheets/sheet1.xml', '../../etc/passwd', '/xl/styles.xml', 'A1:XFD1048576', '14', 'yyyy-mm-dd', '[$-41D]d mmm yyyy', '0.0%'), fc.string({ maxLength: 8 }));
const attrName = fc.constantFrom('r', 's', 't', 'ref', 'si', 'Target', 'Id', 'Type', 'r:id', 'name', 'state', 'numFmtId', 'formatCode', 'applyNumberFormat', 'date1904', 'xml:space', 'count', 'spans');
const tagName = fc.constantFrom('c', 'row', 'v', 'f', 'is', 't', 'r', 'rPh', 'si', 'sst', 'sheet', 'sheets', 'sheetData', 'xf', 'cellXfs', 'numFmt', 'numFmts', 'mergeCell', 'mergeCells', 'Relationship', 'workbookPr', 'sheetProtection', 'x:c', 'x:row');
const textContent = fc.oneof(
  fc.constantFrom('1', '-0', '1e308', '1e309', 'NaN', '44316', '2958466', '#N/A', '&amp;', '&lt;', '&#x1F600;', '&#0;', '&#xD800;', '&bogus;', '&#99999999;', '_x000D_', '_x0000_', 'SUM(A1:A2)', '<![CDATA[x]]>', ''),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
);

const xmlFragment = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small' },
    textContent,
    fc
      .tuple(tagName, fc.array(fc.tuple(attrName, attrValue, fc.constantFrom('"', "'")), { maxLength: 3 }), fc.array(tie('node'), { maxLength: 3 }), fc.constantFrom('full', 'self', 'open', 'close'))
      .map(([tag, attrs, children, form]) => {
        const a = attrs.map(([n, v, q]) => ` ${n}=${q}${v}${q}`).join('');
        if (form === 'self') return `<${tag}${a}/>`;
        if (form === 'open') return `<${tag}${a}>${children.join('')}`;
        if (form === 'close') return `${children.join('')}</${tag}>`;
        return `<${tag}${a}>${children.join('')}</${tag}>`;
      }),
  ),
})).node;

const MARKUP = ['<', '>', '/', '"', "'", '=', ' ', 'c', 'r', 'v', 'f', 't', 's', '1', 'A', '&', ';', '#', 'x', '_', '<c r="A1">', '</c>', '<row>', '</row>', '<v>', '</v>', '<si>', '</si>', ']]>', '<?xml', '<!--'];
type XmlEdit = { readonly at: number; readonly cut: number; readonly insert: string };
const xmlEdit: fc.Arbitrary<XmlEdit> = fc.record({
  at: fc.nat(),
  cut: fc.oneof(fc.nat(20), fc.nat(2000)),
  insert: fc.oneof(xmlFragment, fc.array(fc.constantFrom(...MARKUP), { maxLength: 8 }).map((m) => m.join(''))),
});

const PARSED_PARTS = /^(xl\/workbook\.xml|xl\/_rels\/workbook\.xml\.rels|_rels\/\.rels|xl\/sharedStrings\.xml|xl\/styles\.xml|xl\/worksheets\/sheet\d+\.xml)$/;
const utf8 = new TextDecoder();

const randomXml = syncProperty('random XML spliced into the workbook, rels, strings, styles and sheet parts', 400, [fc.nat(), fc.nat(), fc.array(xmlEdit, { minLength: 1, maxLength: 5 }), inflater], (pick, partPick, edits, inflate) => {
  startMemory();
  const m = ready();
  const i = pick % m.fixtures.length;
  const names = [...m.parts[i]!.keys()].filter((n) => PARSED_PARTS.test(n));
  const name = names[partPick % names.length]!;
  let xml = utf8.decode(m.parts[i]!.get(name)!);
  for (const e of edits) {
    const at = e.at % (xml.length + 1);
    xml = xml.slice(0, at) + e.insert + xml.slice(at + e.cut);
  }
  const entries = [...m.packed[i]!.values()].map((e) => (e.name === name ? { name, data: xml } : e));
  readsOrRefuses(writeZip(entries), inflate, () => `fixture ${m.fixtures[i]!.index}, ${name} edited ${JSON.stringify(edits)}`);
});

// 4. Zips of random entries: the fixture's parts under each other's names, random names, random content.

const entryName = fc.oneof(
  fc.constantFrom('[Content_Types].xml', '_rels/.rels', 'xl/workbook.xml', 'xl/workbook.bin', 'xl/_rels/workbook.xml.rels', 'xl/sharedStrings.xml', 'xl/styles.xml', 'xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml', '/xl/workbook.xml', 'XL\\WORKBOOK.XML', 'xl/../xl/workbook.xml', ''),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
);

const randomEntries = syncProperty('zips of random entries: real parts renamed, random names and content', 400, [fc.nat(), fc.array(fc.tuple(entryName, fc.oneof(fc.nat(), xmlFragment, fc.uint8Array({ maxLength: 200 }))), { maxLength: 8 }), fc.boolean(), inflater], (pick, entries, keepRest, inflate) => {
  startMemory();
  const m = ready();
  const i = pick % m.fixtures.length;
  const real = [...m.parts[i]!.values()];
  const chosen = entries.map(([name, content]): ZipEntryInput => ({
    name,
    data: typeof content === 'number' ? real[content % real.length]! : content,
  }));
  const rest = keepRest ? [...m.parts[i]!].filter(([n]) => !chosen.some((c) => c.name === n)).map(([name, data]) => ({ name, data })) : [];
  readsOrRefuses(writeZip([...chosen, ...rest]), inflate, () => `entries ${JSON.stringify(entries.map(([n, c]) => [n, typeof c === 'number' ? `part ${c}` : typeof c === 'string' ? c : `${c.length} bytes`]))}`);
});

// 5. Zip bombs.

type Bomb =
  | { readonly kind: 'hard-packed'; readonly which: 'rows' | 'zeros'; readonly declared: 'true' | 'small' | 'zero' | 'huge'; readonly as: 'sheet' | 'strings' | 'styles' | 'workbook' }
  | { readonly kind: 'one-part-many-sheets'; readonly sheets: number }
  | { readonly kind: 'many-entries'; readonly entries: number; readonly countLie: boolean };

const bomb: fc.Arbitrary<Bomb> = fc.oneof(
  fc.record({
    kind: fc.constant('hard-packed' as const),
    which: fc.constantFrom('rows' as const, 'zeros' as const),
    declared: fc.constantFrom('true' as const, 'small' as const, 'zero' as const, 'huge' as const),
    as: fc.constantFrom('sheet' as const, 'strings' as const, 'styles' as const, 'workbook' as const),
  }),
  fc.record({ kind: fc.constant('one-part-many-sheets' as const), sheets: fc.integer({ min: 1, max: 64 }) }),
  fc.record({ kind: fc.constant('many-entries' as const), entries: fc.constantFrom(1, 1000, 10_000, 19_990, 20_001, 25_000), countLie: fc.boolean() }),
);

/** Bombs are few and costly to build (25 000 entries take half a second), so each is built once. */
const bombCache = new Map<string, Uint8Array>();
function cachedBomb(b: Bomb): Uint8Array {
  const key = JSON.stringify(b);
  let bytes = bombCache.get(key);
  if (!bytes) {
    bytes = bombFile(b);
    bombCache.set(key, bytes);
  }
  return bytes;
}

const EMPTY_DEFLATE = new Uint8Array([0x03, 0x00]);

function bombFile(b: Bomb): Uint8Array {
  const m = ready();
  switch (b.kind) {
    case 'hard-packed': {
      const [data, size] = b.which === 'rows' ? [m.rowBomb, m.rowBombSize] : [m.zeroBomb, m.zeroBombSize];
      const declaredSize = { true: size, small: 1000, zero: 0, huge: 0xffffffff }[b.declared];
      const target = { sheet: 'xl/worksheets/sheet1.xml', strings: 'xl/sharedStrings.xml', styles: 'xl/styles.xml', workbook: 'xl/workbook.xml' }[b.as];
      return rawXlsx({
        sheets: [{ name: 'Blad1', xml: '<row r="1"><c r="A1"><v>1</v></c></row>' }],
        sharedStrings: ['<si><t>x</t></si>'],
        styles: { xfs: [0] },
        omit: [target],
        extraEntries: [{ name: target, deflated: data, declaredSize }],
      });
    }
    case 'one-part-many-sheets': {
      // Every sheet's relationship names the same part: each read of it is small on its own.
      const sheets = Array.from({ length: b.sheets }, (_, i) => ({ name: `Blad${i + 1}`, xml: '', part: 'worksheets/bomb.xml' }));
      return rawXlsx({
        sheets,
        omit: ['xl/worksheets/bomb.xml'],
        extraEntries: [{ name: 'xl/worksheets/bomb.xml', deflated: m.floorPart, declaredSize: m.floorPartSize }],
      });
    }
    case 'many-entries': {
      // An empty deflate stream is two bytes; passing it ready-made keeps building the file cheap.
      const extra = Array.from({ length: b.entries }, (_, i) => ({ name: `xl/media/x${i}.bin`, deflated: EMPTY_DEFLATE, declaredSize: 0 }));
      const bytes = rawXlsx({ sheets: [{ name: 'Blad1', xml: '<row r="1"><c r="A1"><v>1</v></c></row>' }], extraEntries: extra });
      if (b.countLie) {
        const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
        view.setUint16(bytes.length - 22 + 10, 0xffff, true);
        view.setUint16(bytes.length - 22 + 8, 0xffff, true);
      }
      return bytes;
    }
  }
}

/** The file is built while the case is generated, so only reading it counts against the case's time. */
const builtBomb = bomb.map((b) => ({ b, bytes: cachedBomb(b), [fc.toStringMethod]: () => JSON.stringify(b) }));

const bombs = syncProperty('zip bombs: hard-packed parts, lying sizes, one part read by many sheets, many entries', 25, [builtBomb, inflater], ({ b, bytes }, inflate) => {
  startMemory();
  readsOrRefuses(bytes, inflate, () => `bomb ${JSON.stringify(b)}`);
});

/** `stride` picks every n-th fixture: the CI run uses a few, `npm run fuzz` all of them. */
export function xlsxReaderTarget(stride: number): FuzzTarget & { readonly properties: readonly FuzzProperty[] } {
  return {
    name: '.xlsx reader on damaged and hostile files',
    // Bombs cost ~70 ms each (each unpacks megabytes before it is refused): fewer of them.
    properties: [withFullRuns(damagedBytes, 30_000), withFullRuns(lyingHeaders, 25_000), withFullRuns(randomXml, 25_000), withFullRuns(randomEntries, 19_000), withFullRuns(bombs, 1_000)],
    setUp: () => setUp(stride),
    async tearDown() {
      material = undefined;
      bombCache.clear();
    },
  };
}
