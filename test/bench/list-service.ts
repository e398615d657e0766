// The local list service under load, through real PnPjs over HTTP:
// 1. reading 20 000 items in $top=5000 pages from the service vs from a bare node:http server that
//    replays the very same JSON pages (so the ratio is the service's own cost; target ≥ 0,5);
// 2. 100 concurrent writers incrementing one item with ETags (re-read on 412 and retry): every
//    successful update must be counted in the final state.
import type { SPFI } from '@pnp/sp';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createListService } from '../../teams-app/src/local-sharepoint';
import { formatSvNumber } from '../../shared/locale';
import { actionSeed, provisionActions } from '../teams-app/local-sharepoint/support/lists';
import { pnp } from '../teams-app/local-sharepoint/support/pnp';
import type { BenchSuite } from './suites';

const ITEMS = 20_000;
const PAGE = 5000;
const REPEATS = 5;
const WRITERS = 100;
const INCREMENTS_PER_WRITER = 2;
/** A writer that lost waits 0–this many ms before re-reading, as a real client backs off. */
const BACKOFF_MS = 20;

const sv = (n: number, decimals = 2): string => formatSvNumber(n, { decimals });

async function median(fn: () => Promise<unknown>): Promise<number> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < REPEATS; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

async function readAll(sp: SPFI, select: readonly string[]): Promise<number> {
  let n = 0;
  let q = sp.web.lists.getByTitle('Actions').items.top(PAGE);
  if (select.length > 0) q = q.select(...select);
  for await (const page of q) n += (page as unknown[]).length;
  if (n !== ITEMS) throw new Error(`read ${n} items, expected ${ITEMS}`);
  return n;
}

/** The pages PnPjs will ask for, fetched once from the service, keyed by path and query. */
async function capturePages(sp: SPFI, select: readonly string[], token: string): Promise<Map<string, string>> {
  const pages = new Map<string, string>();
  let q = sp.web.lists.getByTitle('Actions').items.top(PAGE);
  if (select.length > 0) q = q.select(...select);
  let url: string | undefined = q.toRequestUrl();
  while (url) {
    const res: Response = await fetch(url, { headers: { accept: 'application/json', authorization: `Bearer ${token}` } });
    const text: string = await res.text();
    const u = new URL(url);
    pages.set(`${u.pathname}${u.search}`, text);
    url = (JSON.parse(text) as { 'odata.nextLink'?: string })['odata.nextLink'];
  }
  return pages;
}

async function bareServer(pages: Map<string, string>, fromOrigin: string): Promise<{ origin: string; close: () => Promise<void> }> {
  const bodies = new Map<string, Buffer>();
  const server = createServer((req, res) => {
    const body = bodies.get(req.url ?? '');
    if (!body) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json;odata=minimalmetadata;streaming=true;charset=utf-8', 'content-length': body.length });
    res.end(body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  for (const [key, text] of pages) bodies.set(key, Buffer.from(text.split(fromOrigin).join(origin)));
  return { origin, close: () => new Promise((r) => server.close(() => r())) };
}

export const listServiceSuite: BenchSuite = {
  name: 'list-service',
  async run() {
    const dir = await mkdtemp(join(tmpdir(), 'namndstod-bench-sp-'));
    const svc = await createListService({ dataDir: dir });
    try {
      const sp = pnp(svc);
      const { planIds } = await provisionActions(sp);
      const people = svc.personas.slice(1).map((p) => p.id);
      const seeds = Array.from({ length: ITEMS }, (_, i) => actionSeed(i, planIds, people));
      const t0 = performance.now();
      svc.seedItems('Actions', seeds);
      const seedMs = performance.now() - t0;
      process.stdout.write(
        `list: ${ITEMS} items of 13 columns in SQLite (WAL, synchronous=FULL), seeded in ${sv(seedMs, 0)} ms; reads are PnPjs for-await over $top=${PAGE}, median of ${REPEATS}\n`,
      );

      for (const [label, select] of [
        ['all columns (default projection)', [] as string[]],
        ['$select of 5 columns', ['Id', 'Title', 'status', 'dueDate', 'planId']],
      ] as const) {
        const pages = await capturePages(sp, select, 'local-anna');
        const bytes = [...pages.values()].reduce((n, p) => n + Buffer.byteLength(p), 0);
        const bare = await bareServer(pages, svc.url);
        try {
          const bareSp = pnp({ siteUrl: `${bare.origin}/sites/amn` });
          const service = await median(() => readAll(sp, select));
          const replay = await median(() => readAll(bareSp, select));
          process.stdout.write(
            [
              `read 20 000 items, ${label}: ${pages.size} pages, ${sv(bytes / 1024 / 1024, 1)} MiB`,
              `  local list service   ${sv(service, 1).padStart(8)} ms   ${sv(ITEMS / (service / 1000), 0)} items/s`,
              `  bare node:http replay${sv(replay, 1).padStart(8)} ms`,
              `  ratio bare ÷ service: ${sv(replay / service)} (target ≥ 0,5)`,
              '',
            ].join('\n'),
          );
        } finally {
          await bare.close();
        }
      }

      await sp.web.lists.add('Counter');
      await sp.web.lists.getByTitle('Counter').fields.addNumber('count');
      await sp.web.lists.getByTitle('Counter').items.add({ Title: 'delad räknare', count: 0 });
      let conflicts = 0;
      let updates = 0;
      const writer = async (token: string): Promise<void> => {
        const item = pnp(svc, token).web.lists.getByTitle('Counter').items.getById(1);
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
      const tokens = svc.personas.map((p) => p.token);
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
      await svc.close();
      await rm(dir, { recursive: true, force: true });
    }
  },
};
