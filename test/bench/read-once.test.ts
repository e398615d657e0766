import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildT01Workbook } from '../fixtures/xlsx/t01-workbook';

// The read side of the bench's one-file run, as `npm run bench` starts it: the built bundle on a real T01 workbook.
const BUNDLE = resolve(__dirname, '../../dist/bench-read-once.cjs');

let dir = '';
beforeAll(async () => {
  if (!existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: run \`npm run build\` (npm test does it first).`);
  dir = await mkdtemp(join(tmpdir(), 'namndstod-read-once-'));
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('the one-file run of the xlsx-read-validate bench, read side', () => {
  it('reads the workbook and prints each sheet with its extent', async () => {
    const path = join(dir, 't01.xlsx');
    await writeFile(path, (await buildT01Workbook({ filled: true, projects: 60 })).bytes);
    const run = spawnSync(process.execPath, [BUNDLE, path], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^.+: \d+ × \d+\n$/);
    // The 60 projects and the rows above and below them.
    expect(Number(/: (\d+) ×/.exec(run.stdout)![1])).toBeGreaterThan(60);
  });

  it('fails with a reason on a file that is no workbook, so the bench stops', async () => {
    const path = join(dir, 'not.xlsx');
    await writeFile(path, 'no zip here');
    const run = spawnSync(process.execPath, [BUNDLE, path], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('bench-read-once failed');
  });

  it('fails with its usage when given no file', () => {
    const run = spawnSync(process.execPath, [BUNDLE], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('usage: bench-read-once <file>');
  });
});
