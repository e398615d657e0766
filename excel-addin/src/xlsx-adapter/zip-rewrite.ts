import { crc32 as zlibCrc32 } from 'node:zlib';
import { hostDeflate, type RawDeflate } from './deflate';
import { hostInflate, type RawInflate } from './inflate';
import { DEFAULT_ZIP_LIMITS } from './zip-archive';

/**
 * Rewrites a zip archive, replacing some entries and dropping others, while copying every other
 * entry byte for byte (local header, compressed data, data descriptor). Used to write a filled
 * workbook: parts the product did not touch — charts, pivots, VBA, custom XML — stay exactly as
 * the city's file had them, which no load-and-save library guarantees.
 */

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_END = 0x06054b50;
const SIG_DESCRIPTOR = 0x08074b50;

interface CentralEntry {
  readonly name: string;
  readonly header: Uint8Array;
  readonly method: number;
  readonly flags: number;
  readonly compressedSize: number;
  /** As the directory states it: a hint for the inflater's buffer (see RawInflate), never trusted. */
  readonly uncompressedSize: number;
  readonly localOffset: number;
}

export class ZipRewriteError extends Error {}

const utf8 = new TextDecoder('utf-8');
const utf8Encode = new TextEncoder();

export function listEntries(bytes: Uint8Array): CentralEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65_535); i--) {
    if (view.getUint32(i, true) === SIG_END) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new ZipRewriteError('no end of central directory');
  const count = view.getUint16(end + 10, true);
  let p = view.getUint32(end + 16, true);
  if (count === 0xffff || p === 0xffffffff) throw new ZipRewriteError('zip64 archives are not rewritten');
  const out: CentralEntry[] = [];
  for (let n = 0; n < count; n++) {
    if (view.getUint32(p, true) !== SIG_CENTRAL) throw new ZipRewriteError('broken central directory');
    const nameLen = view.getUint16(p + 28, true);
    const extraLen = view.getUint16(p + 30, true);
    const commentLen = view.getUint16(p + 32, true);
    const size = 46 + nameLen + extraLen + commentLen;
    out.push({
      name: utf8.decode(bytes.subarray(p + 46, p + 46 + nameLen)),
      header: bytes.subarray(p, p + size),
      flags: view.getUint16(p + 8, true),
      method: view.getUint16(p + 10, true),
      compressedSize: view.getUint32(p + 20, true),
      uncompressedSize: view.getUint32(p + 24, true),
      localOffset: view.getUint32(p + 42, true),
    });
    p += size;
  }
  return out;
}

/**
 * The uncompressed bytes of one entry. Meant for archives the reader has accepted, so the cap is
 * only the reader's own total, not its finer limits.
 */
export function readEntry(bytes: Uint8Array, entry: CentralEntry, inflate: RawInflate = hostInflate): Uint8Array {
  const data = localRecord(bytes, entry).data;
  if (entry.method === 0) return data;
  if (entry.method === 8) return inflate(data, DEFAULT_ZIP_LIMITS.maxTotalBytes, undefined, entry.uncompressedSize);
  throw new ZipRewriteError(`unsupported compression method ${entry.method} in ${entry.name}`);
}

function localRecord(bytes: Uint8Array, e: CentralEntry): { record: Uint8Array; data: Uint8Array } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const p = e.localOffset;
  if (view.getUint32(p, true) !== SIG_LOCAL) throw new ZipRewriteError(`broken local header for ${e.name}`);
  const dataStart = p + 30 + view.getUint16(p + 26, true) + view.getUint16(p + 28, true);
  const dataEnd = dataStart + e.compressedSize;
  let recordEnd = dataEnd;
  if (e.flags & 8) recordEnd += view.getUint32(dataEnd, true) === SIG_DESCRIPTOR ? 16 : 12;
  return { record: bytes.subarray(p, recordEnd), data: bytes.subarray(dataStart, dataEnd) };
}

/**
 * A new archive: `replace` maps entry names to new contents (deflated afresh), `drop` names
 * entries to leave out. Everything else is copied verbatim, in the original order.
 */
export function rewriteZip(
  bytes: Uint8Array,
  replace: ReadonlyMap<string, Uint8Array>,
  drop: ReadonlySet<string> = new Set(),
  deflate: RawDeflate = hostDeflate,
): Uint8Array {
  const entries = listEntries(bytes);
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    if (drop.has(e.name)) continue;
    const next = replace.get(e.name);
    if (next === undefined) {
      const { record } = localRecord(bytes, e);
      const header = e.header.slice();
      new DataView(header.buffer).setUint32(42, offset, true);
      chunks.push(record);
      central.push(header);
      offset += record.length;
      continue;
    }
    const name = utf8Encode.encode(e.name);
    const data = deflate(next);
    const crc = hostCrc32(next);
    const local = new Uint8Array(30 + name.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, SIG_LOCAL, true);
    lv.setUint16(4, 20, true);
    lv.setUint16(6, 0x0800, true); // UTF-8 names, no data descriptor
    lv.setUint16(8, 8, true);
    lv.setUint16(10, 0, true);
    lv.setUint16(12, 0x21, true); // 1980-01-01, the zip epoch: no clock reading, reproducible output
    lv.setUint32(14, crc, true);
    lv.setUint32(18, data.length, true);
    lv.setUint32(22, next.length, true);
    lv.setUint16(26, name.length, true);
    local.set(name, 30);
    const header = new Uint8Array(46 + name.length);
    const cv = new DataView(header.buffer);
    cv.setUint32(0, SIG_CENTRAL, true);
    cv.setUint16(4, 20, true);
    cv.setUint16(6, 20, true);
    cv.setUint16(8, 0x0800, true);
    cv.setUint16(10, 8, true);
    cv.setUint16(14, 0x21, true);
    cv.setUint32(16, crc, true);
    cv.setUint32(20, data.length, true);
    cv.setUint32(24, next.length, true);
    cv.setUint16(28, name.length, true);
    cv.setUint32(42, offset, true);
    header.set(name, 46);
    chunks.push(local, data);
    central.push(header);
    offset += local.length + data.length;
  }
  const cdSize = central.reduce((s, c) => s + c.length, 0);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, SIG_END, true);
  ev.setUint16(8, central.length, true);
  ev.setUint16(10, central.length, true);
  ev.setUint32(12, cdSize, true);
  ev.setUint32(16, offset, true);
  const out = new Uint8Array(offset + cdSize + 22);
  let p = 0;
  for (const c of [...chunks, ...central, end]) {
    out.set(c, p);
    p += c.length;
  }
  return out;
}

let table: Uint32Array | undefined;

// node:zlib's is native (Node ≥ 20.15); browser bundles get an empty module in its place.
const hostCrc32: (data: Uint8Array) => number = typeof zlibCrc32 === 'function' ? (data) => zlibCrc32(data) >>> 0 : (data) => crc32(data);

export function crc32(data: Uint8Array): number {
  if (!table) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (let i = 0; i < data.length; i++) crc = table[(crc ^ data[i]!) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
