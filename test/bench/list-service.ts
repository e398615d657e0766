// The local list service under load, through real PnPjs over HTTP, with the service running as its
// own process (`namndstod sharepoint`, as it runs for real):
// 1. reading 20 000 items in $top=5000 pages from the service vs from a bare node:http process
//    replaying the very same JSON pages (so the ratio is the service's own cost; target ≥ 0,5);
// 2. 100 concurrent writers incrementing one item with ETags (re-read on 412 and retry): every
//    successful update must be counted in the final state.
import type { SPFI } from '@pnp/sp';
import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { formatSvNumber } from '../../shared/locale';
import { createListService } from '../../teams-app/src/local-sharepoint';
import { actionSeed, provisionActions } from '../teams-app/local-sharepoint/support/lists';
import { pnp } from '../teams-app/local-sharepoint/support/pnp';
import type { BenchSuite } from './suites';
import { medianOf } from './timing';

const ITEMS = 20_000;
const PAGE = 5000;
const REPEATS = 5;
const WRITERS = 100;
const INCREMENTS_PER_WRITER = 2;
/** A writer that lost waits 0–this many ms before re-reading, as a real client backs off. */
const BACKOFF_MS = 20;
const SELECT_5 = ['Id', 'Title', 'status', 'dueDate', 'planId'];

const sv = (n: number, decimals = 2): string => formatSvNumber(n, { decimals });

/** Medians of `a` and `b`, run alternately so that a busy machine slows both alike. */
async function pairedMedians(a: () => Promise<unknown>, b: () => Promise<unknown>): Promise<[number, number]> {
  await a();
  await b();
  const ta: number[] = [];
  const tb: number[] = [];
  for (let i = 0; i < REPEATS; i++) {
    for (const [fn, times] of [
      [a, ta],
      [b, tb],
    ] as const) {
      const start = performance.now();
      await fn();
      times.push(performance.now() - start);
    }
  }
  return [medianOf(ta), medianOf(tb)];
}

const items = (sp: SPFI, select: readonly string[]): ReturnType<ReturnType<SPFI['web']['lists']['getByTitle']>['items']['top']> => {
  const q = sp.web.lists.getByTitle('Actions').items.top(PAGE);
  return select.length > 0 ? q.select(...select) : q;
};

async function readAll(sp: SPFI, select: readonly string[]): Promise<void> {
  let n = 0;
  for await (const page of items(sp, select)) n += (page as unknown[]).length;
  if (n !== ITEMS) throw new Error(`read ${n} items, expected ${ITEMS}`);
}

/** Starts a Node process and resolves with the first match of `ready` in its output. */
function startProcess(args: string[], ready: RegExp): Promise<{ child: ChildProcess; match: RegExpExecArray }> {
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  return new Promise((resolveStart, reject) => {
    const onData = (d: Buffer): void => {
      out += d.toString();
      const m = ready.exec(out);
      if (m) resolveStart({ child, match: m });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
    child.on('exit', (code) => reject(new Error(`process exited (${code}): ${out}`)));
  });
}

/** A bare node:http process serving fixed bodies by path and query, nothing else. */
const BARE_SERVER = `
const http = require('node:http');
const fs = require('node:fs');
const pages = JSON.parse(fs.readFileSync(process.argv[1], 'utf8'));
const server = http.createServer();
server.listen(0, '127.0.0.1', () => {
  const origin = 'http://127.0.0.1:' + server.address().port;
  const bodies = new Map(Object.entries(pages).map(([k, v]) => [k, Buffer.from(v.split(process.argv[2]).join(origin))]));
  server.on('request', (req, res) => {
    const body = bodies.get(req.url);
    if (!body) return res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'application/json;odata=minimalmetadata;streaming=true;charset=utf-8', 'content-length': body.length });
    res.end(body);
  });
  console.log('listening ' + origin);
});`;

export const listServiceSuite: BenchSuite = {
  name: 'list-service',
  async run() {
    const dir = await mkdtemp(join(tmpdir(), 'namndstod-bench-sp-'));
    const children: ChildProcess[] = [];
    try {
      // Seed the data directory in-process (fast, trusted helper), then serve it from its own process.
      const seeder = await createListService({ dataDir: join(dir, 'data') });
      const { planIds } = await provisionActions(pnp(seeder));
      const people = seeder.personas.slice(1).map((p) => p.id);
      const t0 = performance.now();
      seeder.seedItems(
        'Actions',
        Array.from({ length: ITEMS }, (_, i) => actionSeed(i, planIds, people)),
      );
      const seedMs = performance.now() - t0;
      await seeder.close();

      const service = await startProcess(
        [resolve('dist/namndstod.cjs'), 'sharepoint', '--port', '0', '--data', join(dir, 'data'), '--open', '--quiet'],
        /Site URL: (\S+)/,
      );
      children.push(service.child);
      const siteUrl = service.match[1]!;
      const origin = new URL(siteUrl).origin;
      const sp = pnp({ siteUrl });
      process.stdout.write(
        `list: ${ITEMS} items of 13 columns, seeded in ${sv(seedMs, 0)} ms, served by \`namndstod sharepoint --data\` (SQLite WAL, synchronous=FULL) in its own process;\n` +
          `reads: PnPjs for-await over $top=${PAGE}, median of ${REPEATS} runs taken alternately with the replay\n`,
      );

      for (const [label, select] of [
        ['all columns (default projection)', [] as string[]],
        ['$select of 5 columns', SELECT_5],
      ] as const) {
        const pages: Record<string, string> = {};
        let url: string | undefined = items(sp, select).toRequestUrl();
        while (url) {
          const res: Response = await fetch(url, { headers: { accept: 'application/json', authorization: 'Bearer local-anna' } });
          const text: string = await res.text();
          const u = new URL(url);
          pages[`${u.pathname}${u.search}`] = text;
          url = (JSON.parse(text) as { 'odata.nextLink'?: string })['odata.nextLink'];
        }
        const file = join(dir, `pages-${select.length}.json`);
        await writeFile(file, JSON.stringify(pages));
        const bytes = Object.values(pages).reduce((n, p) => n + Buffer.byteLength(p), 0);
        const bare = await startProcess(['-e', BARE_SERVER, file, origin], /listening (\S+)/);
        children.push(bare.child);
        const bareSp = pnp({ siteUrl: `${bare.match[1]!}/sites/amn` });
        const [serviceMs, replayMs] = await pairedMedians(
          () => readAll(sp, select),
          () => readAll(bareSp, select),
        );
        bare.child.kill();
        process.stdout.write(
          [
            `read 20 000 items, ${label}: ${Object.keys(pages).length} pages, ${sv(bytes / 1024 / 1024, 1)} MiB`,
            `  local list service   ${sv(serviceMs, 1).padStart(8)} ms   ${sv(ITEMS / (serviceMs / 1000), 0)} items/s`,
            `  bare node:http replay${sv(replayMs, 1).padStart(8)} ms`,
            `  ratio bare ÷ service: ${sv(replayMs / serviceMs)} (target ≥ 0,5)`,
            '',
          ].join('\n'),
        );
      }

      await sp.web.lists.add('Counter');
      await sp.web.lists.getByTitle('Counter').fields.addNumber('count');
      await sp.web.lists.getByTitle('Counter').items.add({ Title: 'delad räknare', count: 0 });
      let conflicts = 0;
      let updates = 0;
      const tokens = ['local-anna', 'local-erik', 'local-sara', 'local-olof'];
      const writer = async (token: string): Promise<void> => {
        const item = pnp({ siteUrl }, token).web.lists.getByTitle('Counter').items.getById(1);
        for (let done = 0; done < INCREMENTS_PER_WRITER; ) {
          const current = (await item.select('count')()) as { count: number; 'odata.etag': string };
          try {
            await item.update({ count: current.count + 1 }, current['odata.etag']);
            updates++;
            done++;
          } catch (e) {
            if ((e as { status?: number }).status !== 412) throw e;
            conflicts++;
            await new Promise((r) => setTimeout(r, Math.random() * BACKOFF_MS));
          }
        }
      };
      const w0 = performance.now();
      await Promise.all(Array.from({ length: WRITERS }, (_, i) => writer(tokens[i % tokens.length]!)));
      const writeMs = performance.now() - w0;
      const final = (await sp.web.lists.getByTitle('Counter').items.getById(1)()) as { count: number; 'odata.etag': string };
      const lost = updates - final.count;
      process.stdout.write(
        [
          `${WRITERS} concurrent writers × ${INCREMENTS_PER_WRITER} increments on one item, If-Match, re-read on 412 after 0–${BACKOFF_MS} ms:`,
          `  updates made ${updates}, conflicts seen (412) ${conflicts}, final count ${final.count}, ETag ${final['odata.etag']}, lost ${lost}`,
          `  ${sv(writeMs, 0)} ms, ${sv(updates / (writeMs / 1000), 0)} successful updates/s (each durable before its answer)`,
          '',
        ].join('\n'),
      );
      if (lost !== 0 || final['odata.etag'] !== `"${updates + 1}"`) throw new Error(`lost updates: ${lost}`);
    } finally {
      for (const c of children) if (c.exitCode === null) c.kill();
      await rm(dir, { recursive: true, force: true });
    }
  },
};
