import { Inflate } from 'fflate';
import { inflateRawSync } from 'node:zlib';

/**
 * Inflates raw DEFLATE data, stopping with OutputLimitError as soon as output passes `maxOutput`,
 * or, for an inflater that sees its input in slices, `limitAt(input used so far)`. `expected` is
 * the size the zip directory states: a hint for the output buffer, which may be a lie.
 */
export type RawInflate = (data: Uint8Array, maxOutput: number, limitAt?: (inputUsed: number) => number, expected?: number) => Uint8Array;

export class OutputLimitError extends Error {
  /** True when `limitAt` stopped it, before `maxOutput` was reached. */
  readonly early: boolean;
  constructor(early = false) {
    super('inflated output passed its limit');
    this.name = 'OutputLimitError';
    this.early = early;
  }
}

/**
 * Node's zlib: native, ~4× faster than fflate on sheet XML (see `npm run bench`, suite xlsx-read), and
 * maxOutputLength makes it stop mid-stream, so memory stays bounded for a bomb.
 */
export const nodeInflate: RawInflate = (data, maxOutput, _limitAt, expected) => {
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(1, maxOutput), chunkSize: outputChunk(expected, maxOutput, data.length) });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw new OutputLimitError();
    throw error;
  }
};

/**
 * zlib writes into chunks of `chunkSize` and joins them at the end: 16 kB by default, so an 8 MB
 * sheet was made twice, in 512 chunks and then in one piece. Sized by the directory, it is made
 * once, one byte larger than stated, as a full chunk makes zlib start another. The directory may
 * lie: the hint never goes below the default, nor above the limit or what DEFLATE can make of the
 * input (1032:1), so a few bytes cannot ask for a large buffer.
 */
function outputChunk(expected: number | undefined, maxOutput: number, packed: number): number | undefined {
  if (expected === undefined) return undefined;
  return Math.max(DEFAULT_CHUNK, Math.min(expected, maxOutput, MAX_DEFLATE_RATIO * packed) + 1);
}

const DEFAULT_CHUNK = 16 * 1024;
const MAX_DEFLATE_RATIO = 1032;

/** node:zlib where it exists; browser bundles get an empty module in its place, and fflate. */
export const hostInflate: RawInflate = (data, maxOutput, limitAt, expected) =>
  typeof inflateRawSync === 'function' ? nodeInflate(data, maxOutput, limitAt, expected) : fflateInflate(data, maxOutput, limitAt);

// Input is fed in slices so one push yields at most ~1032 × this much before the limit is checked.
const FFLATE_STEP = 16 * 1024;

/**
 * fflate's streaming inflater, for hosts without node:zlib; checked against the limit per slice.
 * fflate unpacks long runs slowly (about 25 MB/s), so `limitAt` stops a bomb at its first slices
 * instead of after everything `maxOutput` allows.
 */
export const fflateInflate: RawInflate = (data, maxOutput, limitAt) => {
  const chunks: Uint8Array[] = [];
  let produced = 0;
  let limit = maxOutput;
  const inflater = new Inflate((chunk) => {
    produced += chunk.length;
    if (produced > limit) throw new OutputLimitError(limit < maxOutput);
    if (chunk.length) chunks.push(chunk);
  });
  if (data.length === 0) inflater.push(data, true);
  for (let offset = 0; offset < data.length; offset += FFLATE_STEP) {
    const end = Math.min(offset + FFLATE_STEP, data.length);
    limit = Math.min(maxOutput, limitAt?.(end) ?? maxOutput);
    inflater.push(data.subarray(offset, end), end === data.length);
  }
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(produced);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
};
