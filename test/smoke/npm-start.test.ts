import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// The README's first command, run exactly as a person runs it (plus a free-port and data-dir
// choice so it cannot collide with anything else on the machine): every printed URL must answer.
describe('npm start', () => {
  let child: ChildProcess | undefined;
  const dataDir = mkdtempSync(join(tmpdir(), 'namndstod-start-'));
  let output = '';

  afterAll(() => {
    try {
      if (child?.pid) process.kill(-child.pid, 'SIGKILL');
    } catch {
      // Already gone: the test stopped it.
    }
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('brings up every local service on 127.0.0.1, prints their URLs, and stops cleanly on Ctrl-C', async () => {
    child = spawn('npm', ['start', '--', '--port', '0', '--data', dataDir], {
      cwd: join(__dirname, '..', '..'),
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, FORCE_COLOR: '0' },
    });
    child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
    // The build inside `npm start` is skipped when `npm test` just built; a cold webpack build takes minutes.
    const deadline = Date.now() + 420_000;
    while (!/Teams-chatten[\s\S]*Bottjänst/.test(output)) {
      if (child.exitCode !== null) throw new Error(`npm start exited early (${child.exitCode}):\n${output}`);
      if (Date.now() > deadline) throw new Error(`npm start printed no URLs in time:\n${output}`);
      await new Promise((r) => setTimeout(r, 250));
    }
    const urls = [...output.matchAll(/http:\/\/[^\s)]+/g)].map((m) => m[0]);
    expect(urls.every((u) => u.startsWith('http://127.0.0.1:'))).toBe(true);
    const site = urls.find((u) => u.endsWith('/sites/amn'))!;
    const pages = urls.filter((u) => u.endsWith('/') && !u.includes('/api/'));
    expect(pages.length).toBeGreaterThanOrEqual(4);

    const web = await fetch(`${site}/_api/web`, { headers: { Authorization: 'Bearer local-anna', Accept: 'application/json' } });
    expect(web.status).toBe(200);
    const items = await fetch(`${site}/_api/web/lists/getByTitle('Åtgärder')/items?$top=1`, {
      headers: { Authorization: 'Bearer local-erik', Accept: 'application/json;odata=nometadata' },
    });
    expect(items.status).toBe(200);
    for (const page of pages) {
      const res = await fetch(page);
      expect({ page, status: res.status }).toEqual({ page, status: 200 });
      expect(await res.text()).toMatch(/<html/i);
    }

    // Ctrl-C signals the whole process group: npm itself dies of the signal, the product stops
    // its services and exits. Proof that it stopped cleanly: it said so and no URL answers any more.
    const exited = new Promise<{ code: number | null; signal: string | null }>((resolve) => child!.once('exit', (code, signal) => resolve({ code, signal })));
    process.kill(-child.pid!, 'SIGINT');
    const { code, signal } = await exited;
    expect(code === 0 || signal === 'SIGINT').toBe(true);
    const stopDeadline = Date.now() + 15_000;
    for (const url of [site, ...pages]) {
      for (;;) {
        const answered = await fetch(url, { signal: AbortSignal.timeout(1000) }).then(() => true, () => false);
        if (!answered) break;
        if (Date.now() > stopDeadline) throw new Error(`${url} still answers after Ctrl-C:\n${output}`);
        await new Promise((r) => setTimeout(r, 250));
      }
    }
    expect(output).toMatch(/Stopping \(SIGINT\)/);
  }, 480_000);
});
