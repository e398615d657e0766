// Draws the add-in's icons (16, 32 and 80 px PNGs): a white tick on the City's blue, in a rounded
// square. Run with `node manifest/make-icons.mjs`; the PNGs are committed next to it in assets/.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const BLUE = [0, 85, 165];
const WHITE = [255, 255, 255];

function crc32(buf) {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

function distanceToSegment(px, py, ax, ay, bx, by) {
  const t = Math.max(0, Math.min(1, ((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
  return Math.hypot(px - (ax + t * (bx - ax)), py - (ay + t * (by - ay)));
}

function icon(size) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  const r = size * 0.18;
  const stroke = Math.max(1.2, size * 0.11);
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      // Four samples per pixel for smooth edges.
      let inside = 0;
      let tick = 0;
      for (const [dx, dy] of [[0.25, 0.25], [0.75, 0.25], [0.25, 0.75], [0.75, 0.75]]) {
        const px = x + dx;
        const py = y + dy;
        const cx = Math.min(Math.max(px, r), size - r);
        const cy = Math.min(Math.max(py, r), size - r);
        if (Math.hypot(px - cx, py - cy) <= r) inside++;
        const d = Math.min(distanceToSegment(px, py, size * 0.24, size * 0.52, size * 0.42, size * 0.7), distanceToSegment(px, py, size * 0.42, size * 0.7, size * 0.78, size * 0.3));
        if (d <= stroke / 2) tick++;
      }
      const o = y * (size * 4 + 1) + 1 + x * 4;
      const mix = tick / 4;
      for (let i = 0; i < 3; i++) raw[o + i] = Math.round(BLUE[i] * (1 - mix) + WHITE[i] * mix);
      raw[o + 3] = Math.round((inside / 4) * 255);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

const dir = join(dirname(fileURLToPath(import.meta.url)), 'assets');
for (const size of [16, 32, 80]) writeFileSync(join(dir, `icon-${size}.png`), icon(size));
