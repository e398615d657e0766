import { deflateSync } from 'fflate';
import { deflateRawSync } from 'node:zlib';

/** Raw DEFLATE (no zlib header or checksum), as a zip entry stores it. */
export type RawDeflate = (data: Uint8Array) => Uint8Array;

// zlib's default level, in both, so output size does not depend on the host.
const LEVEL = 6;

/** Node's zlib: native, several times faster than fflate on sheet XML (see `npm run bench`, suite fill). */
export const nodeDeflate: RawDeflate = (data) => deflateRawSync(data, { level: LEVEL });

/** fflate, for hosts without node:zlib (the browser harness). */
export const fflateDeflate: RawDeflate = (data) => deflateSync(data, { level: LEVEL });

/** node:zlib where it exists; browser bundles get an empty module in its place, and fflate. */
export const hostDeflate: RawDeflate = typeof deflateRawSync === 'function' ? nodeDeflate : fflateDeflate;
