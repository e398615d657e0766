// `namndstod sharepoint` as a real process: SIGKILL it in the middle of a stream of writes, start
// it again on the same data directory, and every acknowledged write is there, nothing half-written.
import type { SPFI } from '@pnp/sp';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pnp } from './support/pnp';

const ROOT = resolve(__dirname, '../../..');
const BUNDLE = join(ROOT, 'dist/namndstod.cjs');

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(p) : statSync(p).mtimeMs);
  }
  return newest;
}

/** `npm test` builds first; a bare `jest` run rebuilds the bundle when the sources are newer. */
function ensureBundle(): void {
  const sources = Math.max(
    newestSource(join(ROOT, 'teams-app/src/local-sharepoint')),
    newestSource(join(ROOT, 'shared/lists')),
    statSync(join(ROOT, 'excel-addin/src/cli/main.ts')).mtimeMs,
  );
  if (!existsSync(BUNDLE) || statSync(BUNDLE).mtimeMs < sources) {
    execFileSync(process.execPath, ['excel-addin/build/build-node.mjs'], { cwd: ROOT, stdio: 'pipe' });
  }
}

interface Running {
  child: ChildProcessWithoutNullStreams;
  siteUrl: string;
  stdout: string[];
  stderr: string[];
  exited: Promise<number | null>;
}

function start(dataDir: string): Promise<Running> {
  return startWith(['--port', '0', '--data', dataDir, '--quiet']);
}

function startWith(args: string[]): Promise<Running> {
  const child = spawn(process.execPath, [BUNDLE, 'sharepoint', ...args], { cwd: ROOT });
  const stdout: string[] = [];
  const stderr: string[] = [];
  const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  child.stderr.on('data', (d: Buffer) => stderr.push(d.toString()));
  return new Promise((resolveStart, reject) => {
    const timer = setTimeout(() => reject(new Error(`the service did not start: ${stdout.join('')}${stderr.join('')}`)), 15_000);
    child.stdout.on('data', (d: Buffer) => {
      stdout.push(d.toString());
      // the banner ends with the fault-switch hint
      const m = /Site URL: (\S+)[\s\S]*Faults:/.exec(stdout.join(''));
      if (m) {
        clearTimeout(timer);
        resolveStart({ child, siteUrl: m[1]!, stdout, stderr, exited });
      }
    });
    void exited.then((code) => reject(new Error(`the service exited (${code}): ${stderr.join('')}`)));
  });
}

const payloadFor = (seq: number, rev: number): string => `rad ${seq} version ${rev}; `.repeat(150);
const checksum = (s: string): string => createHash('sha1').update(s).digest('hex');

let dir: string;
const children: ChildProcessWithoutNullStreams[] = [];

beforeAll(() => {
  ensureBundle();
  dir = mkdtempSync(join(tmpdir(), 'namndstod-crash-'));
});
afterAll(() => {
  for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

test('SIGKILL mid-stream loses no acknowledged write and leaves no partial item or half changeset', async () => {
  const first = await start(dir);
  children.push(first.child);
  const sp: SPFI = pnp({ siteUrl: first.siteUrl });
  await sp.web.lists.add('Journal');
  const fields = sp.web.lists.getByTitle('Journal').fields;
  await fields.addNumber('seq', { Indexed: true, EnforceUniqueValues: true });
  await fields.addNumber('rev');
  await fields.addMultilineText('payload', { RichText: false });
  await fields.addText('checksum');
  const items = (s: SPFI): ReturnType<SPFI['web']['lists']['getByTitle']>['items'] => s.web.lists.getByTitle('Journal').items;
  const row = (seq: number, rev: number, title = `rad ${seq}`): Record<string, unknown> => {
    const payload = payloadFor(seq, rev);
    return { Title: title, seq, rev, payload, checksum: checksum(payload) };
  };

  const acked = new Map<number, { id: number; rev: number }>(); // by seq
  const ackedGroups: number[] = [];
  let next = 1;
  let killed = false;
  const worker = async (): Promise<void> => {
    while (!killed) {
      const seq = next++;
      try {
        if (seq % 10 === 7 && acked.size > 0) {
          // update an acknowledged item to a new revision
          const [target, info] = [...acked.entries()][seq % acked.size]!;
          const rev = info.rev + 1;
          await items(sp).getById(info.id).update(row(target, rev));
          if (acked.get(target)!.rev < rev) acked.set(target, { id: info.id, rev });
        } else if (seq % 10 === 8) {
          // a changeset of three adds: all or nothing
          const [batched, execute] = sp.batched();
          const adds = [1, 2, 3].map((k) => items(batched).add(row(seq * 10 + k, 0, `grupp ${seq}`)));
          const settled = Promise.allSettled(adds);
          await execute();
          const results = await settled;
          if (results.every((r) => r.status === 'fulfilled')) ackedGroups.push(seq);
        } else {
          const added = (await items(sp).add(row(seq, 0))) as { Id: number };
          acked.set(seq, { id: added.Id, rev: 0 });
        }
      } catch {
        // unacknowledged: the process is gone
      }
      if (acked.size >= 150 && !killed) {
        killed = true;
        first.child.kill('SIGKILL');
      }
    }
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
  expect(await first.exited).toBeNull(); // killed by the signal, not exited
  expect(acked.size).toBeGreaterThanOrEqual(150);
  expect(ackedGroups.length).toBeGreaterThan(0);

  const second = await start(dir);
  children.push(second.child);
  const sp2 = pnp({ siteUrl: second.siteUrl });
  const stored: { Id: number; Title: string; seq: number; rev: number; payload: string; checksum: string }[] = [];
  for await (const page of items(sp2).select('Id', 'Title', 'seq', 'rev', 'payload', 'checksum').top(500)) stored.push(...(page as never[]));

  // No partial item: every stored row is internally consistent.
  for (const s of stored) {
    expect(s.payload).toBe(payloadFor(s.seq, s.rev));
    expect(s.checksum).toBe(checksum(s.payload));
  }
  // Every acknowledged add and update is there (an update may be newer if it landed unacknowledged).
  const bySeq = new Map(stored.map((s) => [s.seq, s]));
  for (const [seq, info] of acked) {
    const s = bySeq.get(seq);
    expect(s).toBeDefined();
    expect(s!.Id).toBe(info.id);
    expect(s!.rev).toBeGreaterThanOrEqual(info.rev);
  }
  // Changesets are whole: three rows or none, and every acknowledged one is there.
  const groups = new Map<string, number>();
  for (const s of stored) if (s.Title.startsWith('grupp ')) groups.set(s.Title, (groups.get(s.Title) ?? 0) + 1);
  for (const n of groups.values()) expect(n).toBe(3);
  for (const g of ackedGroups) expect(groups.get(`grupp ${g}`)).toBe(3);
  const info = (await sp2.web.lists.getByTitle('Journal').select('ItemCount')()) as { ItemCount: number };
  expect(info.ItemCount).toBe(stored.length);

  // The restarted service takes writes, then stops cleanly on SIGTERM.
  await items(sp2).add(row(999_999, 0));
  second.child.kill('SIGTERM');
  expect(await second.exited).toBe(0);
  expect(second.stderr.join('')).toContain('Stopping the local list service (SIGTERM)');
});

test.each([
  [['--port', 'abc'], "--port takes a port number (0–65535), not 'abc'"],
  [['--colour'], "Unknown option '--colour'"],
  [['--personas', 'personas.json'], "persona login 'nobody' must look like name@domain"],
])('bad arguments %j are refused with usage, exit code 2', async (args, message) => {
  const file = join(dir, 'personas.json');
  await import('node:fs/promises').then((fs) => fs.writeFile(file, JSON.stringify([{ token: 't', login: 'nobody', title: 'X' }])));
  let status = 0;
  let stderr = '';
  try {
    execFileSync(process.execPath, [BUNDLE, 'sharepoint', ...args], { stdio: 'pipe', cwd: dir });
  } catch (e) {
    status = (e as { status: number }).status;
    stderr = String((e as { stderr: Buffer }).stderr);
  }
  expect(status).toBe(2);
  expect(stderr.toLowerCase()).toContain(message.toLowerCase());
  expect(stderr).toContain('Usage: namndstod sharepoint');
});

test('--personas replaces the local users', async () => {
  const file = join(dir, 'team.json');
  await import('node:fs/promises').then((fs) =>
    fs.writeFile(file, JSON.stringify([{ token: 'kim-token', login: 'kim.ek@amn.local', title: 'Kim Ek', groups: ['Nämndstöd Ägare'] }])),
  );
  const running = await startWith(['--port', '0', '--personas', file, '--quiet']);
  children.push(running.child);
  expect(running.stdout.join('')).toContain('kim-token      kim.ek@amn.local (Kim Ek');
  const me = (await pnp({ siteUrl: running.siteUrl }, 'kim-token').web.currentUser()) as { Title: string };
  expect(me.Title).toBe('Kim Ek');
  running.child.kill('SIGINT');
  expect(await running.exited).toBe(0);
});
