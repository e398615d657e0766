import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

// The CLI as the README tells a person to run it from the checkout.
const run = (args: string[]) =>
  spawnSync('npm', ['run', '-s', 'namndstod', '--', ...args], { cwd: join(__dirname, '..', '..'), encoding: 'utf8', timeout: 60_000 });

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
