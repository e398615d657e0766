import { existsSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { type IncomingMessage, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, extname, join, resolve, sep } from 'node:path';

export interface ExcelHarnessOptions {
  /** 0 (the default) picks a free port. */
  readonly port?: number;
  /** .xlsx files offered in the harness's list (e.g. the generated template fixtures). */
  readonly fixturesDir?: string;
  /** The built browser bundles (dist/web); found above this module when not given. */
  readonly webRoot?: string;
}

export interface ExcelHarness {
  readonly url: string;
  close(): Promise<void>;
}

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

function findWebRoot(): string {
  for (let d = __dirname; ; d = dirname(d)) {
    for (const candidate of [join(d, 'dist', 'web'), join(d, 'web')]) {
      if (existsSync(join(candidate, 'excel-harness', 'index.html'))) return candidate;
    }
    if (dirname(d) === d) throw new Error('dist/web/excel-harness not found: run `npm run build` first');
  }
}

/** A path under `root`, or undefined when the request tries to climb out of it. */
function inside(root: string, rest: string): string | undefined {
  const path = resolve(root, `.${sep}${decodeURIComponent(rest)}`);
  return path === root || path.startsWith(root + sep) ? path : undefined;
}

async function sendFile(res: ServerResponse, path: string | undefined): Promise<void> {
  try {
    if (!path) throw new Error('outside');
    const info = await stat(path);
    const file = info.isDirectory() ? join(path, 'index.html') : path;
    const body = await readFile(file);
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' });
    res.end(body);
  } catch {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('Hittades inte.');
  }
}

function title(file: string): string {
  const m = /^(\d+)-(.+)\.xlsx$/i.exec(file);
  return m ? `${m[1]} ${m[2]!.replace(/-/g, ' ')}` : file;
}

/**
 * Serves the local Excel harness on 127.0.0.1: the harness page (/excel-harness/), the built task
 * pane it frames (/taskpane/) and the .xlsx files it offers (/fixtures/). Nothing else, and only
 * GET: it is a way for a person and the end-to-end tests to try the pane without Excel.
 */
export async function startExcelHarness(options: ExcelHarnessOptions = {}): Promise<ExcelHarness> {
  const web = resolve(options.webRoot ?? findWebRoot());
  const fixtures = options.fixturesDir ? resolve(options.fixturesDir) : undefined;
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' });
      res.end();
      return;
    }
    const p = url.pathname;
    if (p === '/' || p === '/excel-harness') {
      res.writeHead(302, { Location: `/excel-harness/${url.search}` });
      res.end();
    } else if (p.startsWith('/excel-harness/')) void sendFile(res, inside(join(web, 'excel-harness'), p.slice('/excel-harness/'.length)));
    else if (p.startsWith('/taskpane/')) void sendFile(res, inside(join(web, 'taskpane'), p.slice('/taskpane/'.length)));
    else if (p === '/fixtures/index.json') {
      void (async () => {
        const files = fixtures ? (await readdir(fixtures).catch(() => [])).filter((f) => /\.xlsx$/i.test(f) && !f.startsWith('~$')).sort() : [];
        res.writeHead(200, { 'Content-Type': TYPES['.json']!, 'Cache-Control': 'no-store' });
        res.end(JSON.stringify(files.map((file) => ({ file, title: title(file) }))));
      })();
    } else if (p.startsWith('/fixtures/') && fixtures) void sendFile(res, inside(fixtures, p.slice('/fixtures/'.length)));
    else {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Hittades inte.');
    }
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, '127.0.0.1', () => ok());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/excel-harness/`,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
