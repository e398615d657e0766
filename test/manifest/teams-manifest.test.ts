// The Teams app manifest: validated offline by office-addin-manifest (ajv against the schema
// bundled in @microsoft/app-manifest; ecosystem.md §1.3), run as its CLI because it cannot be
// imported under Jest. Plus what the schema does not check: the icons' sizes and colours, and that
// the tab's URLs, domains and entity id agree with each other and with the tab.

import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { ENTITY_ID } from '../../teams-app/src/teams-host/host-protocol';

const DIR = join(__dirname, '../../manifest/teams');
const CLI = require.resolve('office-addin-manifest/cli.js');
const manifest = JSON.parse(readFileSync(join(DIR, 'manifest.json'), 'utf8'));

function validate(path: string): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    // No network is reachable here, so a validation that passes did not need one.
    execFile(process.execPath, [CLI, 'validate', path], { timeout: 20_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, output: `${stdout}${stderr}` });
    });
  });
}

interface Png {
  width: number;
  height: number;
  colorType: number;
  pixels: Uint8Array;
}

/** Enough of PNG to check an icon: 8-bit RGBA, non-interlaced, any filter. */
function readPng(path: string): Png {
  const buf = readFileSync(path);
  expect(buf.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  let pos = 8;
  let width = 0;
  let height = 0;
  let colorType = -1;
  const idat: Buffer[] = [];
  while (pos < buf.length) {
    const len = buf.readUInt32BE(pos);
    const type = buf.toString('latin1', pos + 4, pos + 8);
    const data = buf.subarray(pos + 8, pos + 8 + len);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      expect(data[8]).toBe(8);
      colorType = data[9]!;
      expect(data[12]).toBe(0);
    } else if (type === 'IDAT') idat.push(data);
    pos += 12 + len;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const bpp = 4;
  const stride = width * bpp;
  const pixels = new Uint8Array(width * height * bpp);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    for (let x = 0; x < stride; x++) {
      const v = raw[y * (stride + 1) + 1 + x]!;
      const a = x >= bpp ? pixels[y * stride + x - bpp]! : 0;
      const b = y > 0 ? pixels[(y - 1) * stride + x]! : 0;
      const c = x >= bpp && y > 0 ? pixels[(y - 1) * stride + x - bpp]! : 0;
      const p = a + b - c;
      const paeth = Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c) ? a : Math.abs(p - b) <= Math.abs(p - c) ? b : c;
      const predicted = [0, a, b, (a + b) >> 1, paeth][filter]!;
      pixels[y * stride + x] = (v + predicted) & 0xff;
    }
  }
  return { width, height, colorType, pixels };
}

test('office-addin-manifest validates the manifest offline', async () => {
  const { code, output } = await validate(join(DIR, 'manifest.json'));
  expect([code, output.trim()]).toEqual([0, '']);
}, 30_000);

test('the same validator rejects a broken copy, so the pass above means something', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'teams-manifest-'));
  try {
    for (const icon of ['color.png', 'outline.png']) copyFileSync(join(DIR, icon), join(dir, icon));
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ ...manifest, id: 'nämndstöd' }));
    const { code, output } = await validate(join(dir, 'manifest.json'));
    expect(code).toBe(1);
    expect(output).toContain('/id must match pattern');
    expect(output).toContain('The manifest is not valid.');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 30_000);

test('a static tab in the team and personal scopes, whose URLs are on a valid domain over https', () => {
  expect(manifest.staticTabs).toHaveLength(1);
  const tab = manifest.staticTabs[0];
  expect(tab).toMatchObject({ entityId: ENTITY_ID, scopes: expect.arrayContaining(['team', 'personal']) });
  for (const url of [tab.contentUrl, tab.websiteUrl]) {
    const u = new URL(url);
    expect(u.protocol).toBe('https:');
    expect(manifest.validDomains).toContain(u.host);
    expect(u.pathname).toBe('/tab/');
  }
  expect(manifest.name.short).toBe('Nämndstöd');
});

test('the colour icon is 192×192 and opaque', () => {
  const png = readPng(join(DIR, manifest.icons.color));
  expect([png.width, png.height, png.colorType]).toEqual([192, 192, 6]);
  for (let i = 3; i < png.pixels.length; i += 4) if (png.pixels[i] !== 255) throw new Error(`colour icon pixel ${(i - 3) / 4} is not opaque`);
});

test('the outline icon is 32×32, white on a transparent background', () => {
  const png = readPng(join(DIR, manifest.icons.outline));
  expect([png.width, png.height, png.colorType]).toEqual([32, 32, 6]);
  let transparent = 0;
  let white = 0;
  for (let i = 0; i < png.pixels.length; i += 4) {
    const [r, g, b, a] = [png.pixels[i]!, png.pixels[i + 1]!, png.pixels[i + 2]!, png.pixels[i + 3]!];
    if (a === 0) transparent++;
    else {
      expect([r, g, b]).toEqual([255, 255, 255]);
      white++;
    }
  }
  expect(transparent).toBeGreaterThan(32 * 32 * 0.5);
  expect(white).toBeGreaterThan(32);
});
