import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

// The CLI from the checkout: `npx namndstod` as the README tells a person, and the npm script.
const run = (args: string[]) => spawnSync('npm', ['run', '-s', 'namndstod', '--', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });

describe('npm run namndstod', () => {
  it('lists the commands', () => {
    const r = run(['--help']);
    expect(r.status).toBe(0);
    for (const c of ['start', 'validate', 'fill', 'sharepoint', 'provision', 'package']) expect(r.stdout).toContain(c);
  });

  it('refuses a file that does not exist with exit 2 and a Swedish reason', () => {
    const r = run(['validate', 'finns-inte.xlsx']);
    expect(r.status).toBe(2);
    expect(r.stdout + r.stderr).toMatch(/finns-inte\.xlsx/);
  });
});

describe('npx namndstod', () => {
  // A fresh npm cache: had npx not found the checkout's own bin in node_modules/.bin it would
  // install the checkout into <cache>/_npx (and rebuild it there), which this test sees.
  let cache: string;
  beforeAll(() => {
    cache = mkdtempSync(join(tmpdir(), 'namndstod-npx-'));
  });
  afterAll(() => rmSync(cache, { recursive: true, force: true }));

  const npx = (cwd: string, args: string[]) =>
    spawnSync('npx', ['--no-install', 'namndstod', ...args], { cwd, encoding: 'utf8', timeout: 60_000, env: { ...process.env, npm_config_cache: cache } });

  it.each([
    ['the repository root', ROOT],
    ['a folder inside it', join(ROOT, 'test', 'fixtures')],
  ])('runs the built CLI from %s', (_where, cwd) => {
    const r = npx(cwd, ['--help']);
    expect(r.status).toBe(0);
    for (const c of ['start', 'validate', 'fill', 'sharepoint', 'provision', 'package']) expect(r.stdout).toContain(c);
    expect(existsSync(join(cache, '_npx'))).toBe(false);
  });

  it('passes arguments and the exit code through', () => {
    const r = npx(ROOT, ['validate', 'finns-inte.xlsx']);
    expect(r.status).toBe(2);
    expect(r.stdout + r.stderr).toMatch(/finns-inte\.xlsx/);
  });
});
