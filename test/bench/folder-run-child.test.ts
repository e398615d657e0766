import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildT01Workbook } from '../fixtures/xlsx/t01-workbook';
import { validateAsCli } from './cli-pipeline';

// The bench's folder run, as `npm run bench` starts it: the built child on a real T01 workbook.
const CHILD = resolve(__dirname, '../../dist/bench-folder-run.cjs');

let dir = '';
let path = '';
beforeAll(async () => {
  if (!existsSync(CHILD)) throw new Error(`${CHILD} is missing: run \`npm run build\` (npm test does it first).`);
  dir = await mkdtemp(join(tmpdir(), 'namndstod-folder-run-'));
  path = join(dir, 't01.xlsx');
  await writeFile(path, (await buildT01Workbook({ filled: true, slips: true, projects: 60 })).bytes);
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('the folder run of the xlsx-read-validate bench', () => {
  it('validates a file as the CLI does: the JSON report of the T01 template with its problems', async () => {
    const report = JSON.parse(await validateAsCli(path)) as { files: { template: string; problems: { cell: string }[] }[] };
    expect(report.files).toHaveLength(1);
    expect(report.files[0]!.template).toBe('projekt-over-50-mnkr');
    expect(report.files[0]!.problems.length).toBeGreaterThan(0);
  });

  it.each([
    ['read', 'cli-heap'],
    ['read', 'v8-heap'],
    ['pipeline', 'cli-heap'],
  ])('a %s process with %s prints its mean time per file after the warm-up', (side, heap) => {
    const out = execFileSync(process.execPath, [CHILD, side, path, '3', '1', heap], { encoding: 'utf8' });
    expect(out).toMatch(/^\d+(\.\d+)?\n$/);
    expect(Number(out)).toBeGreaterThan(0);
  });

  it.each([
    ['write', 'cli-heap'],
    ['read', 'big-heap'],
  ])('a process told %s with %s fails with its usage, so the bench stops', (side, heap) => {
    const run = spawnSync(process.execPath, [CHILD, side, path, '3', '1', heap], { encoding: 'utf8' });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('usage: bench-folder-run <read|pipeline> <file> <files> <warm> [cli-heap|v8-heap]');
  });
});
