import { Inflate } from 'fflate';
import { inflateRawSync } from 'node:zlib';

/** Inflates raw DEFLATE data, stopping with OutputLimitError as soon as output passes `maxOutput`. */
export type RawInflate = (data: Uint8Array, maxOutput: number) => Uint8Array;

export class OutputLimitError extends Error {
  constructor() {
    super('inflated output passed its limit');
    this.name = 'OutputLimitError';
  }
}

/**
 * Node's zlib: native, ~4× faster than fflate on sheet XML (see `npm run bench`, suite xlsx-read), and
 * maxOutputLength makes it stop mid-stream, so memory stays bounded for a bomb.
 */
export const nodeInflate: RawInflate = (data, maxOutput) => {
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(1, maxOutput) });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw new OutputLimitError();
    throw error;
  }
};

// Input is fed in slices so one push yields at most ~1032 × this much before the limit is checked.
const FFLATE_STEP = 16 * 1024;

/** fflate's streaming inflater, for hosts without node:zlib; checked against the limit per slice. */
export const fflateInflate: RawInflate = (data, maxOutput) => {
  const chunks: Uint8Array[] = [];
  let produced = 0;
  const inflater = new Inflate((chunk) => {
    produced += chunk.length;
    if (produced > maxOutput) throw new OutputLimitError();
    if (chunk.length) chunks.push(chunk);
  });
  if (data.length === 0) inflater.push(data, true);
  for (let offset = 0; offset < data.length; offset += FFLATE_STEP) {
    const end = Math.min(offset + FFLATE_STEP, data.length);
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
