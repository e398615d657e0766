// The local SharePoint-compatible list service ("Azurite for SharePoint lists"): the same PnPjs
// code as production is pointed at it. HTTP on 127.0.0.1 only; a site at /sites/amn.

import { createHash, randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { SharePointApi, isJsonContentType } from './api';
import type { ApiRequest, ApiResponse, AuthorizeHook } from './api-types';
import { runBatch } from './batch';
import type { Faults } from './faults';
import { FaultSwitch, checkFaults } from './faults';
import { ItemBodies } from './item-body';
import { dataForCreate } from './item-values';
import type { Persona } from './personas';
import { DEFAULT_PERSONAS, checkPersonas } from './personas';
import type { Format } from './query-options';
import { contentTypeFor, formatFromAccept } from './query-options';
import type { Site } from './render';
import { SpError, badRequest, codes, errorBody, notFound } from './sp-error';
import type { SiteUser } from './store';
import { ListStore } from './store';

export interface ListServiceOptions {
  /** 0 (the default) picks a free port. */
  readonly port?: number;
  /** Where the SQLite file lives; undefined keeps everything in memory. */
  readonly dataDir?: string;
  readonly faults?: Faults;
  readonly authorize?: AuthorizeHook;
  readonly personas?: readonly Persona[];
  readonly sitePath?: string;
  readonly siteTitle?: string;
  /** SharePoint Online's list view threshold, 5 000. */
  readonly listViewThreshold?: number;
  /** Larger request bodies get 413; SharePoint's own limits are of this order. */
  readonly maxBodyBytes?: number;
  /** One line per request, in English. */
  readonly log?: (line: string) => void;
}

export interface ServicePersona extends Persona {
  readonly id: number;
}

export interface SeedOptions {
  /** Login of the author; defaults to the first persona. */
  readonly as?: string;
}

export interface ListService {
  /** `http://127.0.0.1:<port>` */
  readonly url: string;
  /** `http://127.0.0.1:<port>/sites/amn`: what PnPjs' `spfi()` is given. */
  readonly siteUrl: string;
  readonly port: number;
  readonly personas: readonly ServicePersona[];
  setFaults(faults: Faults): Faults;
  faults(): Faults;
  /**
   * Trusted bulk insert for tests and local seeding: the same validation as a REST create, in one
   * transaction, without the authorize hook. Returns the new item ids.
   */
  seedItems(listTitle: string, items: readonly Record<string, unknown>[], options?: SeedOptions): number[];
  close(): Promise<void>;
}

const DEFAULT_MAX_BODY = 10 * 1024 * 1024;
/** Past this we stop draining an oversized body and drop the connection. */
const HARD_BODY_CAP = 64 * 1024 * 1024;
const ADMIN_PREFIX = '/_namndstod/';

function stableGuid(seed: string): string {
  const h = createHash('sha1').update(seed).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

const nowIso = (): string => `${new Date().toISOString().slice(0, 19)}Z`;

function isLoopbackOrigin(origin: string): boolean {
  return /^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/i.test(origin);
}

interface Body {
  readonly text: string;
  readonly tooLarge: boolean;
}

function readBody(req: IncomingMessage, limit: number): Promise<Body> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? '0');
    if (declared > HARD_BODY_CAP) {
      resolve({ text: '', tooLarge: true });
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        tooLarge = true;
        chunks.length = 0;
        if (size > HARD_BODY_CAP) req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve({ text: tooLarge ? '' : Buffer.concat(chunks).toString('utf8'), tooLarge }));
    req.on('error', reject);
  });
}

export async function createListService(options: ListServiceOptions = {}): Promise<ListService> {
  const personas = options.personas ?? DEFAULT_PERSONAS;
  checkPersonas(personas);
  const sitePath = (options.sitePath ?? '/sites/amn').replace(/\/+$/, '');
  if (!/^\/[A-Za-z0-9/_-]+$/.test(sitePath)) throw new Error(`sitePath '${sitePath}' must look like /sites/name`);
  const threshold = options.listViewThreshold ?? 5000;
  const maxBody = options.maxBodyBytes ?? DEFAULT_MAX_BODY;
  const faults = new FaultSwitch(options.faults ?? {});
  const log = options.log;

  const store = new ListStore(options.dataDir);
  const servicePersonas: ServicePersona[] = store.transaction(() =>
    personas.map((p) => {
      const u = store.upsertUser({
        loginName: p.login.toLowerCase(),
        title: p.title,
        email: (p.email ?? p.login).toLowerCase(),
        isSiteAdmin: p.isSiteAdmin === true,
        groups: p.groups ?? [],
      });
      return { ...p, id: u.id };
    }),
  );
  const userByToken = new Map<string, number>(servicePersonas.map((p) => [p.token, p.id]));

  // Node would answer a missing Host with its own bare 400; `handle` answers it in SharePoint's shape.
  const server = createServer({ requireHostHeader: false });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;
  const site: Site = {
    origin,
    path: sitePath,
    url: `${origin}${sitePath}`,
    siteId: stableGuid(`site:${sitePath}`),
    webId: stableGuid(`web:${sitePath}`),
    title: options.siteTitle ?? 'Arbetsmarknadsnämnden',
  };
  const api = new SharePointApi({ store, site, threshold, authorize: options.authorize, now: nowIso });

  const userOf = (authorization: string | undefined): SiteUser => {
    const m = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
    const id = m ? userByToken.get(m[1]!) : undefined;
    const user = id === undefined ? undefined : store.userById(id);
    if (!user) {
      throw new SpError(
        401,
        codes.accessDenied,
        m
          ? 'Access denied. The bearer token is not one this local service issued; use a persona token (see the service output).'
          : 'Access denied. Send Authorization: Bearer <token> with a local persona token.',
        { 'www-authenticate': `Bearer realm="${site.siteId}",client_id="00000003-0000-0ff1-ce00-000000000000"` },
      );
    }
    return user;
  };

  const send = (res: ServerResponse, r: ApiResponse, extra: Record<string, string>): void => {
    const body = typeof r.body === 'string' ? Buffer.from(r.body, 'utf8') : r.body;
    res.writeHead(r.status, { ...extra, ...r.headers, 'content-length': String(body.length) });
    res.end(body);
  };

  const admin = (method: string, path: string, body: Body): ApiResponse => {
    const ok = (value: unknown): ApiResponse => ({ status: 200, headers: { 'content-type': 'application/json;charset=utf-8' }, body: JSON.stringify(value) });
    if (path === 'health' && method === 'GET') return ok({ ok: true, siteUrl: site.url });
    if (path === 'faults') {
      if (method === 'GET') return ok(faults.get());
      if (method === 'DELETE') {
        faults.reset();
        return ok(faults.get());
      }
      if (method === 'POST' || method === 'PUT') {
        let patch: Faults;
        try {
          patch = checkFaults(JSON.parse(body.text || '{}'));
        } catch (e) {
          throw badRequest(`Bad fault switches: ${e instanceof Error ? e.message : String(e)}`);
        }
        // POST merges into the current switches, PUT replaces them.
        if (method === 'PUT') faults.reset();
        return ok(faults.set(patch));
      }
    }
    throw notFound(`No admin endpoint ${method} ${ADMIN_PREFIX}${path}.`, codes.invalidQuery);
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const started = Date.now();
    const extra: Record<string, string> = { 'request-id': randomUUID(), 'x-sharepointhealthscore': '0' };
    const reqOrigin = req.headers.origin;
    if (reqOrigin && isLoopbackOrigin(reqOrigin)) {
      Object.assign(extra, { 'access-control-allow-origin': reqOrigin, vary: 'Origin', 'access-control-expose-headers': 'ETag, Retry-After, Location, request-id' });
    }
    let format: Format = 'minimal';
    const method = (req.method ?? 'GET').toUpperCase();
    let url: URL;
    try {
      url = new URL(req.url ?? '/', origin);
    } catch {
      url = new URL('/', origin);
    }
    const finish = (r: ApiResponse): void => {
      send(res, r, extra);
      log?.(`${method} ${url.pathname}${url.search} -> ${r.status} (${Date.now() - started} ms)`);
    };
    const fail = (e: unknown): void => {
      const err = e instanceof SpError ? e : new SpError(500, codes.internal, `The local list service failed: ${e instanceof Error ? e.message : String(e)}`);
      if (!(e instanceof SpError)) process.stderr.write(`local-sharepoint: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      finish({
        status: err.status,
        headers: { 'content-type': contentTypeFor(format), ...err.headers },
        body: errorBody(err, req.headers['accept-language'], format === 'verbose'),
      });
    };
    try {
      if (req.headers.host === undefined && req.httpVersion !== '1.0') {
        req.resume();
        throw badRequest('The request has no Host header, which HTTP/1.1 requires.');
      }
      if (method === 'OPTIONS' && reqOrigin) {
        const allowHeaders = req.headers['access-control-request-headers'] ?? 'authorization, content-type, accept, if-match, x-http-method, x-requestdigest';
        finish({
          status: 204,
          headers: { 'access-control-allow-methods': 'GET, POST, MERGE, PATCH, PUT, DELETE, OPTIONS', 'access-control-allow-headers': allowHeaders, 'access-control-max-age': '600' },
          body: '',
        });
        req.resume();
        return;
      }
      const body = await readBody(req, maxBody);
      try {
        format = formatFromAccept(req.headers.accept);
      } catch (e) {
        format = 'minimal';
        throw e;
      }
      if (body.tooLarge) {
        extra.connection = 'close';
        throw new SpError(413, codes.tooLarge, `The request body is larger than the ${maxBody} bytes this service accepts.`);
      }
      if (url.pathname.startsWith(ADMIN_PREFIX)) {
        finish(admin(method, url.pathname.slice(ADMIN_PREFIX.length), body));
        return;
      }
      if (!url.pathname.toLowerCase().startsWith(`${sitePath.toLowerCase()}/`)) {
        throw notFound(`There is no site at '${url.pathname}'; the local site is ${site.url}.`, '-2147024894, System.IO.FileNotFoundException');
      }
      const delay = faults.latency();
      if (delay > 0) await new Promise((r) => setTimeout(r, delay));
      const throttled = faults.throttle();
      if (throttled) throw throttled;
      const user = userOf(req.headers.authorization);
      const headers: Record<string, string | undefined> = {};
      for (const [k, v] of Object.entries(req.headers)) headers[k] = Array.isArray(v) ? v.join(', ') : v;
      const override = headers['x-http-method'];
      const effective = method === 'POST' && override ? override.toUpperCase() : method;
      const apiReq: ApiRequest = { method: effective, url, headers, body: body.text, user };
      if (api.apiPath(url)?.toLowerCase() === '$batch') {
        if (effective !== 'POST') throw new SpError(405, codes.invalidQuery, 'A $batch must be sent with POST.', { allow: 'POST' });
        finish(runBatch(api, apiReq));
        return;
      }
      if (body.text.trim() !== '' && !isJsonContentType(headers['content-type'])) {
        throw new SpError(415, codes.invalidQuery, `The content type '${headers['content-type'] ?? '(none)'}' is not supported; send application/json.`);
      }
      finish(api.handle(apiReq));
    } catch (e) {
      fail(e);
    }
  };

  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    handle(req, res).catch((e: unknown) => {
      process.stderr.write(`local-sharepoint: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      if (!res.headersSent) res.writeHead(500).end();
      else res.destroy();
    });
  });

  // Requests Node's HTTP parser refuses before `handle` sees them (over 16 KB of URL and headers,
  // broken syntax) get SharePoint's error shape too, instead of Node's bare status line.
  server.on('clientError', (err: NodeJS.ErrnoException, socket: Duplex) => {
    if (err.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    const [status, reason, message] =
      err.code === 'HPE_HEADER_OVERFLOW'
        ? ([431, 'Request Header Fields Too Large', 'The URL and headers are larger than the 16 KB this service accepts.'] as const)
        : err.code === 'ERR_HTTP_REQUEST_TIMEOUT'
          ? ([408, 'Request Timeout', 'The request was not received in time.'] as const)
          : ([400, 'Bad Request', 'The request is not valid HTTP.'] as const);
    const body = Buffer.from(errorBody(new SpError(status, codes.invalidQuery, message), undefined), 'utf8');
    socket.end(`HTTP/1.1 ${status} ${reason}\r\ncontent-type: ${contentTypeFor('minimal')}\r\ncontent-length: ${body.length}\r\nconnection: close\r\n\r\n${body.toString('utf8')}`);
  });

  let closed: Promise<void> | undefined;
  return {
    url: origin,
    siteUrl: site.url,
    port,
    personas: servicePersonas,
    setFaults: (f) => faults.set(f),
    faults: () => faults.get(),
    seedItems(listTitle, items, seed = {}) {
      const list = store.listByTitle(listTitle);
      if (!list) throw new Error(`seedItems: no list titled '${listTitle}'`);
      const login = (seed.as ?? servicePersonas[0]?.login ?? '').toLowerCase();
      const user = store.users().find((u) => u.loginName === login);
      if (!user) throw new Error(`seedItems: no user '${login}'`);
      return store.transaction(() => {
        const fields = store.fields(list.key);
        const bodies = new ItemBodies(store, site, list);
        return items.map((item) => {
          const now = nowIso();
          const data = dataForCreate({ store, list: store.listByKey(list.key)!, fields, user, now }, item);
          return store.insertItem(list.key, data, now, (id, version) => bodies.body(id, version, data)).id;
        });
      });
    },
    close() {
      closed ??= new Promise<void>((resolve) => {
        server.close(() => {
          store.close();
          resolve();
        });
        server.closeAllConnections();
      });
      return closed;
    },
  };
}
