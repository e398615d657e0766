// The local stand-in for Teams: two HTTP servers on 127.0.0.1 with different origins, as in
// production, where the tab's origin is not Teams'.
//  - the host: the harness page (teams-host bundle) that frames the tab and answers teams-js;
//  - the tab: the tab bundle, its tab-config.json, and /sites/<site>/_api/… proxied to the local
//    list service from the tab's own origin (no CORS). The Authorization header the tab sends —
//    the persona's local token — is passed through untouched; the list service decides.

import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import type { CalendarOverrides } from '../../../shared/lists';
import { DEFAULT_PERSONAS, type Persona } from '../local-sharepoint/personas';

export interface TeamsHostOptions {
  /** Port of the harness page; 0 (the default) picks a free one. */
  readonly port?: number;
  /** Port of the tab and the list proxy; 0 (the default) picks a free one. */
  readonly tabPort?: number;
  /** Origin of the local list service, e.g. http://127.0.0.1:4280. */
  readonly listServiceUrl: string;
  readonly sitePath?: string;
  /** The people the harness can be signed in as; their tokens must be the list service's. */
  readonly personas?: readonly Persona[];
  /** Where the built bundles are (dist/web). */
  readonly webRoot?: string;
  /** Report due dates per year for the tab's follow-up calendar. */
  readonly calendar?: CalendarOverrides;
  readonly teamName?: string;
  /** One line per request, in English. */
  readonly log?: (line: string) => void;
}

export interface TeamsHost {
  /** The harness page: http://127.0.0.1:<port>/ */
  readonly url: string;
  /** The tab itself: http://127.0.0.1:<tabPort>/tab/ */
  readonly tabUrl: string;
  close(): Promise<void>;
}

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

/** Headers that belong to one connection and are not forwarded by a proxy (RFC 9110 §7.6.1). */
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'proxy-connection', 'transfer-encoding', 'upgrade', 'te', 'trailer', 'host']);

export function packageRoot(from: string = __dirname): string {
  for (let dir = resolve(from); ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'teams-app'))) return dir;
    if (dirname(dir) === dir) return resolve(from);
  }
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolveListen((server.address() as AddressInfo).port);
    });
  });
}

function send(res: ServerResponse, status: number, type: string, body: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', ...headers });
  res.end(body);
}

function sendJson(res: ServerResponse, value: unknown): void {
  send(res, 200, TYPES['.json']!, JSON.stringify(value));
}

/** A file under `root` for a URL path below `prefix`, or undefined when the path leaves `root`. */
function fileFor(root: string, prefix: string, pathname: string): string | undefined {
  let rel: string;
  try {
    rel = decodeURIComponent(pathname.slice(prefix.length));
  } catch {
    return undefined;
  }
  if (rel.includes('\0')) return undefined;
  const file = normalize(join(root, rel === '' || rel.endsWith('/') ? `${rel}index.html` : rel));
  return file === root || file.startsWith(root + sep) ? file : undefined;
}

function serveStatic(res: ServerResponse, root: string, prefix: string, pathname: string, headers: Record<string, string>): void {
  if (!existsSync(join(root, 'index.html'))) {
    send(res, 503, TYPES['.txt']!, `Not built: ${root} has no index.html. Run "npm run build" first.\n`);
    return;
  }
  const file = fileFor(root, prefix, pathname);
  if (!file || !existsSync(file) || !statSync(file).isFile()) {
    send(res, 404, TYPES['.txt']!, 'Not found\n');
    return;
  }
  res.writeHead(200, {
    'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    'cache-control': 'no-cache',
    'x-content-type-options': 'nosniff',
    ...(extname(file) === '.html' ? headers : {}),
  });
  createReadStream(file).pipe(res);
}

function proxy(req: IncomingMessage, res: ServerResponse, target: URL, log?: (line: string) => void): void {
  const headers: Record<string, string | string[]> = {};
  for (const [k, v] of Object.entries(req.headers)) if (v !== undefined && !HOP_BY_HOP.has(k)) headers[k] = v;
  headers['host'] = target.host;
  const started = Date.now();
  const upstream = httpRequest(
    { protocol: target.protocol, hostname: target.hostname, port: target.port, method: req.method, path: req.url, headers },
    (up) => {
      const out: Record<string, string | string[]> = {};
      for (const [k, v] of Object.entries(up.headers)) if (v !== undefined && !HOP_BY_HOP.has(k)) out[k] = v;
      res.writeHead(up.statusCode ?? 502, out);
      up.pipe(res);
      up.on('end', () => log?.(`proxy ${req.method} ${req.url} -> ${up.statusCode} (${Date.now() - started} ms)`));
    },
  );
  upstream.on('error', (e) => {
    log?.(`proxy ${req.method} ${req.url} failed: ${e.message}`);
    if (!res.headersSent) {
      send(
        res,
        502,
        'application/json;odata=minimalmetadata;charset=utf-8',
        JSON.stringify({ 'odata.error': { code: '-1, LocalProxy', message: { lang: 'en-US', value: `The local list service at ${target.origin} did not answer: ${e.message}` } } }),
      );
    } else res.destroy();
  });
  req.pipe(upstream);
}

export async function startTeamsHost(options: TeamsHostOptions): Promise<TeamsHost> {
  const listService = new URL(options.listServiceUrl);
  if (listService.protocol !== 'http:' && listService.protocol !== 'https:') throw new Error(`listServiceUrl must be http(s): '${options.listServiceUrl}'`);
  const sitePath = (options.sitePath ?? '/sites/amn').replace(/\/+$/, '');
  if (!/^\/[A-Za-z0-9/_-]+$/.test(sitePath)) throw new Error(`sitePath '${sitePath}' must look like /sites/name`);
  const webRoot = resolve(options.webRoot ?? join(packageRoot(), 'dist', 'web'));
  const personas = (options.personas ?? DEFAULT_PERSONAS).map((p) => ({ login: p.login, title: p.title, token: p.token }));
  const log = options.log;

  const hostServer = createServer();
  const tabServer = createServer();
  const [hostPort, tabPort] = await Promise.all([listen(hostServer, options.port ?? 0), listen(tabServer, options.tabPort ?? 0)]);
  const hostOrigin = `http://127.0.0.1:${hostPort}`;
  const tabOrigin = `http://127.0.0.1:${tabPort}`;
  const tabUrl = `${tabOrigin}/tab/`;
  const apiPrefix = `${sitePath}/_api`.toLowerCase();

  // The tab may only be framed by the harness and by Teams itself; its scripts come from itself.
  const tabCsp = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    // teams-js fetches its list of valid Teams origins from res.cdn.office.net at start-up.
    "connect-src 'self' https://res.cdn.office.net",
    "object-src 'none'",
    "base-uri 'self'",
    `frame-ancestors 'self' ${hostOrigin} https://teams.microsoft.com https://*.teams.microsoft.com https://*.cloud.microsoft`,
  ].join('; ');

  hostServer.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', hostOrigin);
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, TYPES['.txt']!, 'Method not allowed\n', { allow: 'GET, HEAD' });
    if (url.pathname === '/favicon.ico') return send(res, 204, TYPES['.txt']!, '');
    if (url.pathname === '/_local/host-config.json') {
      return sendJson(res, { tabUrl, tabOrigin, personas, teamName: options.teamName ?? 'Arbetsmarknadsnämnden', teamSiteUrl: `${tabOrigin}${sitePath}` });
    }
    serveStatic(res, join(webRoot, 'teams-host'), '/', url.pathname, {
      'content-security-policy': `default-src 'self'; style-src 'self' 'unsafe-inline'; frame-src ${tabOrigin}; object-src 'none'`,
    });
  });

  tabServer.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', tabOrigin);
    const path = url.pathname;
    if (path.toLowerCase() === apiPrefix || path.toLowerCase().startsWith(`${apiPrefix}/`)) return proxy(req, res, listService, log);
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, TYPES['.txt']!, 'Method not allowed\n', { allow: 'GET, HEAD' });
    if (path === '/tab') return send(res, 301, TYPES['.txt']!, '', { location: `/tab/${url.search}` });
    if (path === '/tab/tab-config.json') {
      return sendJson(res, { mode: 'local', sitePath, hostOrigins: [hostOrigin], ...(options.calendar ? { calendar: options.calendar } : {}) });
    }
    if (path === '/_local/personas') return sendJson(res, personas);
    if (path === '/favicon.ico') return send(res, 204, TYPES['.txt']!, '');
    if (path.startsWith('/tab/')) return serveStatic(res, join(webRoot, 'tab'), '/tab/', path, { 'content-security-policy': tabCsp });
    send(res, 404, TYPES['.txt']!, 'Not found\n');
  });

  let closed: Promise<void> | undefined;
  const stop = (server: Server) =>
    new Promise<void>((done) => {
      server.close(() => done());
      server.closeAllConnections();
    });
  return {
    url: `${hostOrigin}/`,
    tabUrl,
    close() {
      closed ??= Promise.all([stop(hostServer), stop(tabServer)]).then(() => undefined);
      return closed;
    },
  };
}
