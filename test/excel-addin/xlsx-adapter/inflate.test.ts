import { deflateRawSync } from 'node:zlib';
import { fflateInflate, nodeInflate } from '../../../excel-addin/src/xlsx-adapter/inflate';

/** Sheet-like XML of about `kb` kB, so its output spans many of zlib's default 16 kB chunks. */
function xml(kb: number): Uint8Array {
  const row = (r: number) => `<row r="${r}"><c r="A${r}" t="s"><v>${r % 97}</v></c><c r="B${r}"><v>${r * 1.5}</v></c></row>`;
  const rows: string[] = [];
  for (let r = 1, size = 0; size < kb * 1024; r++) size += rows[rows.push(row(r)) - 1]!.length;
  return new TextEncoder().encode(rows.join(''));
}

describe('nodeInflate with the size the zip directory states', () => {
  const raw = xml(300);
  const packed = deflateRawSync(raw);
  const MAX = 8 * 1024 * 1024;

  it('makes the output in one buffer of the stated size, not in chunks joined afterwards', () => {
    const out = nodeInflate(packed, MAX, undefined, raw.length);
    expect(Buffer.from(out).equals(Buffer.from(raw))).toBe(true);
    expect(out.buffer.byteLength).toBe(raw.length + 1);
  });

  it.each([
    ['no size', undefined],
    ['a size of 0', 0],
    ['a size far too small', 10],
    ['a third of the size', Math.floor(raw.length / 3)],
    ['four times the size', raw.length * 4],
  ])('gives the same bytes when the directory states %s', (_name, expected) => {
    const out = nodeInflate(packed, MAX, undefined, expected);
    expect(Buffer.from(out).equals(Buffer.from(raw))).toBe(true);
    expect(Buffer.from(fflateInflate(packed, MAX, undefined, expected)).equals(Buffer.from(raw))).toBe(true);
  });

  it('does not let a few bytes claiming a large size allocate it: the hint is capped at 1032 × the input', () => {
    const small = deflateRawSync(new TextEncoder().encode('<row r="1"/>'));
    const out = nodeInflate(small, 256 * 1024 * 1024, undefined, 200 * 1024 * 1024);
    expect(new TextDecoder().decode(out)).toBe('<row r="1"/>');
    expect(out.buffer.byteLength).toBeLessThanOrEqual(Math.max(16 * 1024, 1032 * small.length + 1));
  });

  it('still stops at the limit when the directory understates the size', () => {
    expect(() => nodeInflate(packed, 1000, undefined, 10)).toThrow('inflated output passed its limit');
  });
});
