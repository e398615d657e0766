import { nodeInflate, OutputLimitError, type RawInflate } from './inflate';
import { WorkbookReadError, readErrors } from './workbook-read-error';

export interface ZipLimits {
  /** Total bytes the archive may unpack to, summed over every entry read. */
  readonly maxTotalBytes: number;
  /** Highest output:input ratio the entries read so far may reach together once past `ratioFloorBytes`. */
  readonly maxRatio: number;
  readonly ratioFloorBytes: number;
  readonly maxEntries: number;
}

const MB = 1024 * 1024;
export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxTotalBytes: 256 * MB,
  // Real sheet XML packs 5–60:1; deflate tops out near 1032:1, which only a crafted file reaches.
  maxRatio: 250,
  ratioFloorBytes: 8 * MB,
  maxEntries: 20_000,
};

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_END = 0x06054b50;
const SIG_END64 = 0x06064b50;
const SIG_END64_LOCATOR = 0x07064b50;

interface Entry {
  readonly name: string;
  readonly flags: number;
  readonly method: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  readonly localOffset: number;
}

const utf8 = new TextDecoder('utf-8');

/**
 * A read-only view of a zip archive held in memory. Only the central directory is parsed up front;
 * entries are inflated on demand, each under the limits, so a bomb fails fast with a clear reason.
 */
export class ZipArchive {
  private readonly bytes: Uint8Array;
  private readonly view: DataView;
  private readonly entries = new Map<string, Entry>();
  private readonly limits: ZipLimits;
  private readonly inflateRaw: RawInflate;
  private unpacked = 0;
  /** Packed bytes of the entries read so far, for the ratio. */
  private packed = 0;

  constructor(bytes: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS, inflate: RawInflate = nodeInflate) {
    this.bytes = bytes;
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.limits = limits;
    this.inflateRaw = inflate;
    this.readDirectory();
  }

  has(name: string): boolean {
    return this.entries.has(normalise(name));
  }

  /** The entry's bytes, or undefined when the archive has no such entry. */
  read(name: string): Uint8Array | undefined {
    const entry = this.entries.get(normalise(name));
    if (!entry) return undefined;
    if (entry.flags & 1) throw readErrors.encrypted();
    const data = this.compressedData(entry);
    if (entry.method === 0) {
      this.packed += data.length;
      this.count(data.length);
      return data;
    }
    if (entry.method !== 8) {
      throw readErrors.corrupt(
        `okänd packningsmetod ${entry.method} i ${entry.name}`,
        `unknown compression method ${entry.method} in ${entry.name}`,
      );
    }
    const remaining = this.limits.maxTotalBytes - this.unpacked;
    if (entry.uncompressedSize > remaining) throw readErrors.unpacksTooLarge(this.limits.maxTotalBytes);
    // The directory's sizes can lie, so the inflater itself is capped: by what the total allows and
    // by the ratio, whichever is tighter. The ratio is of everything read so far, not per entry:
    // otherwise parts each under the floor (one 8 MB part named by 32 sheets) add up to 256 MB of
    // cells from a file of a few hundred KB, and take a minute and a gigabyte to refuse.
    const packedBefore = this.packed;
    this.packed += data.length;
    const ratioLimit = (used: number) => Math.max(this.limits.ratioFloorBytes, this.limits.maxRatio * (packedBefore + used)) - this.unpacked;
    const byRatio = ratioLimit(data.length);
    let out: Uint8Array;
    try {
      out = this.inflateRaw(data, Math.min(remaining, byRatio), ratioLimit, entry.uncompressedSize);
    } catch (error) {
      if (error instanceof OutputLimitError) {
        throw error.early || byRatio < remaining ? readErrors.compressionRatio(this.limits.maxRatio) : readErrors.unpacksTooLarge(this.limits.maxTotalBytes);
      }
      if (error instanceof WorkbookReadError) throw error;
      throw readErrors.corrupt(
        `${entry.name} går inte att packa upp`,
        `${entry.name} cannot be unpacked: ${error instanceof Error ? error.message : String(error)}`,
        error,
      );
    }
    this.count(out.length);
    return out;
  }

  private count(bytes: number): void {
    this.unpacked += bytes;
    if (this.unpacked > this.limits.maxTotalBytes) throw readErrors.unpacksTooLarge(this.limits.maxTotalBytes);
  }

  private compressedData(entry: Entry): Uint8Array {
    const at = entry.localOffset;
    if (at + 30 > this.bytes.length || this.view.getUint32(at, true) !== SIG_LOCAL) {
      throw readErrors.corrupt(`lokalt huvud saknas för ${entry.name}`, `local header missing for ${entry.name}`);
    }
    const start = at + 30 + this.view.getUint16(at + 26, true) + this.view.getUint16(at + 28, true);
    const end = start + entry.compressedSize;
    if (end > this.bytes.length) throw readErrors.corrupt(`${entry.name} är avkortad`, `${entry.name} is truncated`);
    return this.bytes.subarray(start, end);
  }

  private readDirectory(): void {
    const end = this.findEnd();
    let count = this.view.getUint16(end + 10, true);
    let size = this.view.getUint32(end + 12, true);
    let offset = this.view.getUint32(end + 16, true);
    if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
      const locator = end - 20;
      if (locator >= 0 && this.view.getUint32(locator, true) === SIG_END64_LOCATOR) {
        const at = this.u64(locator + 8);
        if (at + 56 > this.bytes.length || this.view.getUint32(at, true) !== SIG_END64) {
          throw readErrors.corrupt('zip64-katalogen saknas', 'zip64 directory missing');
        }
        count = this.u64(at + 32);
        size = this.u64(at + 40);
        offset = this.u64(at + 48);
      }
    }
    if (count > this.limits.maxEntries) throw readErrors.corrupt(`orimligt många delar (${count})`, `implausibly many entries (${count})`);
    if (offset + size > this.bytes.length) throw readErrors.corrupt('zip-katalogen pekar utanför filen', 'zip directory points outside the file');
    let at = offset;
    for (let i = 0; i < count; i++) {
      if (at + 46 > this.bytes.length || this.view.getUint32(at, true) !== SIG_CENTRAL) {
        throw readErrors.corrupt('zip-katalogen är trasig', 'zip directory is broken');
      }
      const nameLength = this.view.getUint16(at + 28, true);
      const extraLength = this.view.getUint16(at + 30, true);
      const commentLength = this.view.getUint16(at + 32, true);
      const nameStart = at + 46;
      const name = utf8.decode(this.bytes.subarray(nameStart, nameStart + nameLength));
      let compressedSize = this.view.getUint32(at + 20, true);
      let uncompressedSize = this.view.getUint32(at + 24, true);
      let localOffset = this.view.getUint32(at + 42, true);
      if (compressedSize === 0xffffffff || uncompressedSize === 0xffffffff || localOffset === 0xffffffff) {
        const zip64 = this.zip64Extra(nameStart + nameLength, extraLength);
        if (zip64) {
          let p = zip64;
          if (uncompressedSize === 0xffffffff) (uncompressedSize = this.u64(p)), (p += 8);
          if (compressedSize === 0xffffffff) (compressedSize = this.u64(p)), (p += 8);
          if (localOffset === 0xffffffff) localOffset = this.u64(p);
        }
      }
      this.entries.set(normalise(name), {
        name,
        flags: this.view.getUint16(at + 8, true),
        method: this.view.getUint16(at + 10, true),
        compressedSize,
        uncompressedSize,
        localOffset,
      });
      at = nameStart + nameLength + extraLength + commentLength;
    }
  }

  private zip64Extra(start: number, length: number): number | undefined {
    // The extra field's length is the directory's word; the file may end before it does.
    const end = Math.min(start + length, this.bytes.length);
    for (let p = start; p + 4 <= end; ) {
      const id = this.view.getUint16(p, true);
      const size = this.view.getUint16(p + 2, true);
      if (id === 0x0001) return p + 4;
      p += 4 + size;
    }
    return undefined;
  }

  private findEnd(): number {
    const min = Math.max(0, this.bytes.length - 22 - 0xffff);
    for (let at = this.bytes.length - 22; at >= min; at--) {
      if (this.view.getUint32(at, true) === SIG_END) return at;
    }
    throw readErrors.corrupt('zip-filens slut saknas, filen är troligen avkortad', 'end of zip missing, the file is probably truncated');
  }

  private u64(at: number): number {
    if (at + 8 > this.bytes.length) throw readErrors.corrupt('zip64-uppgifter ligger utanför filen', 'zip64 fields lie outside the file');
    return this.view.getUint32(at, true) + this.view.getUint32(at + 4, true) * 0x1_0000_0000;
  }
}

function normalise(name: string): string {
  return name.replace(/\\/g, '/').replace(/^\/+/, '').toLowerCase();
}
