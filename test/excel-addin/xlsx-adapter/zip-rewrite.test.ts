// The archive writer with each deflate port: node:zlib (what Node hosts use) and fflate (what the
// browser harness uses). A rewritten workbook must open in our reader and in ExcelJS, carry right
// CRCs and sizes, and keep every entry it did not touch byte for byte.

import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { inflateSync } from 'fflate';
import { crc32 as zlibCrc32, inflateRawSync } from 'node:zlib';
import { fflateDeflate, hostDeflate, nodeDeflate, type RawDeflate } from '../../../excel-addin/src/xlsx-adapter/deflate';
import { fflateInflate, nodeInflate } from '../../../excel-addin/src/xlsx-adapter/inflate';
import { parseWorkbook } from '../../../excel-addin/src/xlsx-adapter/read-workbook';
import { crc32, listEntries, readEntry, rewriteZip } from '../../../excel-addin/src/xlsx-adapter/zip-rewrite';

async function workbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Projekt');
  ws.getCell('A1').value = 'Projekt';
  ws.getCell('B1').value = 'Prognos';
  for (let r = 2; r <= 400; r++) {
    ws.getCell(`A${r}`).value = `Projekt ${r - 1} – Skärholmen`;
    ws.getCell(`B${r}`).value = r * 12.5;
    ws.getCell(`B${r}`).numFmt = '#,##0.0';
  }
  wb.addWorksheet('Instruktioner').getCell('A1').value = 'Fyll i kolumn B.';
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const utf8 = new TextDecoder();
const encode = (s: string) => new TextEncoder().encode(s);
const SHEET = 'xl/worksheets/sheet1.xml';

/** The central directory's CRC and sizes of an entry, checked against its bytes by node:zlib. */
function headerFacts(bytes: Uint8Array, name: string): { crc: number; uncompressed: number; actualCrc: number; actualSize: number } {
  const e = listEntries(bytes).find((x) => x.name === name)!;
  const v = new DataView(e.header.buffer, e.header.byteOffset, e.header.byteLength);
  const data = readEntry(bytes, e, nodeInflate);
  return { crc: v.getUint32(16, true), uncompressed: e.uncompressedSize, actualCrc: zlibCrc32(data) >>> 0, actualSize: data.length };
}

describe.each<[string, RawDeflate]>([
  ['node:zlib', nodeDeflate],
  ['fflate', fflateDeflate],
])('rewriteZip with %s', (_name, deflate) => {
  let before: Uint8Array;
  let after: Uint8Array;
  beforeAll(async () => {
    before = await workbook();
    const sheet = utf8.decode(readEntry(before, listEntries(before).find((e) => e.name === SHEET)!));
    // B2 holds 25: the rewritten part says 1163.6 instead, and A3 gets a longer name.
    const changed = sheet.replace(/(<c r="B2"[^>]*>)<v>25<\/v>/, '$1<v>1163.6</v>').replace('Projekt 2 – Skärholmen', 'Projekt 2 – Skärholmen och Vårby');
    expect(changed).not.toBe(sheet);
    const strings = utf8.decode(readEntry(before, listEntries(before).find((e) => e.name === 'xl/sharedStrings.xml')!));
    const changedStrings = strings.replace('Projekt 2 – Skärholmen', 'Projekt 2 – Skärholmen och Vårby');
    after = rewriteZip(before, new Map([[SHEET, encode(changed)], ['xl/sharedStrings.xml', encode(changedStrings)]]), new Set(), deflate);
  });

  it('our reader reads the new values, with either inflater', () => {
    for (const inflate of [nodeInflate, fflateInflate]) {
      const sheet = parseWorkbook(after, undefined, inflate).sheets.find((s) => s.name === 'Projekt')!;
      expect(sheet.cell(1, 1)?.value).toEqual({ kind: 'number', value: 1163.6 });
      expect(sheet.cell(2, 0)?.value).toEqual({ kind: 'text', value: 'Projekt 2 – Skärholmen och Vårby' });
      expect(sheet.cell(399, 1)?.value).toEqual({ kind: 'number', value: 5000 });
    }
  });

  it('ExcelJS opens it and reads the same', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(after) as never);
    const ws = wb.getWorksheet('Projekt')!;
    expect(ws.getCell('B2').value).toBe(1163.6);
    expect(ws.getCell('A3').value).toBe('Projekt 2 – Skärholmen och Vårby');
    expect(ws.getCell('B400').value).toBe(5000);
    expect(wb.getWorksheet('Instruktioner')!.getCell('A1').value).toBe('Fyll i kolumn B.');
  });

  it('writes the right CRC and sizes for the new parts', () => {
    for (const name of [SHEET, 'xl/sharedStrings.xml']) {
      const f = headerFacts(after, name);
      expect(f.crc).toBe(f.actualCrc);
      expect(f.uncompressed).toBe(f.actualSize);
    }
  });

  it('copies every other entry byte for byte, in the same order', () => {
    const old = listEntries(before);
    const now = listEntries(after);
    expect(now.map((e) => e.name)).toEqual(old.map((e) => e.name));
    for (const e of now.filter((x) => x.name !== SHEET && x.name !== 'xl/sharedStrings.xml')) {
      const o = old.find((x) => x.name === e.name)!;
      expect({ name: e.name, same: Buffer.compare(Buffer.from(readEntry(after, e)), Buffer.from(readEntry(before, o))) === 0 }).toEqual({ name: e.name, same: true });
    }
  });
});

describe('readEntry', () => {
  it('inflates a part into one buffer of the size the directory states, as the reader does', async () => {
    const bytes = await workbook();
    const e = listEntries(bytes).find((x) => x.name === SHEET)!;
    expect(e.uncompressedSize).toBeGreaterThan(16 * 1024);
    const data = readEntry(bytes, e, nodeInflate);
    expect(data.length).toBe(e.uncompressedSize);
    expect(data.buffer.byteLength).toBe(e.uncompressedSize + 1);
  });
});

describe('deflate ports', () => {
  it('on Node the writer uses node:zlib', () => {
    expect(hostDeflate).toBe(nodeDeflate);
  });

  it('both give raw DEFLATE that both inflaters restore exactly (property, seeded)', () => {
    const xmlish = fc.string({ unit: fc.constantFrom(...'<c r="A1" s="3"><v>1163,6</v></c>åäö \n'.split('')), maxLength: 3_000 });
    fc.assert(
      fc.property(fc.oneof(xmlish.map(encode), fc.uint8Array({ maxLength: 3_000 })), (data) => {
        for (const deflate of [nodeDeflate, fflateDeflate]) {
          const packed = deflate(data);
          if (Buffer.compare(Buffer.from(inflateRawSync(packed)), Buffer.from(data)) !== 0) return false;
          if (Buffer.compare(Buffer.from(inflateSync(packed)), Buffer.from(data)) !== 0) return false;
        }
        return true;
      }),
      { seed: 20260430, numRuns: 300 },
    );
  });

  it('the checksum the writer stores is the standard CRC-32', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2_000 }), (data) => crc32(data) === zlibCrc32(data) >>> 0),
      { seed: 20260430, numRuns: 300 },
    );
  });
});
