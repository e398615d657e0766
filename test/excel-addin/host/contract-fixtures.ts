import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeInstanceFixture } from '../../fixtures/xlsx/generate';

// Real template files with what the contract must carry through: formulas and percent formats
// (T02 resultatenheter), many formulas (T05 kostnadsanalys), merged areas (T11 VoR, T01).
const INSTANCES = [0, 3, 13, 25];

let cached: Promise<{ name: string; bytes: Uint8Array }[]> | undefined;

export function contractFixtures(): Promise<{ name: string; bytes: Uint8Array }[]> {
  cached ??= (async () => {
    const dir = await mkdtemp(join(tmpdir(), 'namndstod-contract-'));
    try {
      const out: { name: string; bytes: Uint8Array }[] = [];
      for (const i of INSTANCES) {
        const path = await writeInstanceFixture(i, dir);
        out.push({ name: path.slice(dir.length + 1), bytes: new Uint8Array(await readFile(path)) });
      }
      return out;
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  })();
  return cached;
}
