// The Teams SDK's HTTP transport seam (IHttpServerAdapter) on node:http. The SDK's own Express
// adapter listens on every interface and answers parse errors with HTML; this one binds to the
// host it is given (127.0.0.1 unless production says otherwise), caps request bodies, answers every
// error as JSON, and refuses a malformed activity before the SDK routes it. Token validation stays
// the SDK's: the registered handler is HttpServer.handleRequest, which checks the JWT first.

import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { HttpMethod, HttpRouteHandler, IHttpServerAdapter } from '@microsoft/teams.apps';
import { checkActivity, type GuardOptions } from './activity-guard';

export const MAX_ACTIVITY_BYTES = 256 * 1024;

export interface LoopbackAdapterOptions extends GuardOptions {
  readonly host: string;
  readonly log?: (line: string) => void;
  /** Extra GET routes (health). */
  readonly get?: Readonly<Record<string, () => unknown>>;
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = body === undefined ? '' : JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

function readBody(req: IncomingMessage, limit: number): Promise<Buffer | 'too-large'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) over = true;
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(over ? 'too-large' : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

export class LoopbackHttpAdapter implements IHttpServerAdapter {
  private readonly routes = new Map<string, HttpRouteHandler>();
  private readonly server: Server;
  private port = 0;

  constructor(private readonly options: LoopbackAdapterOptions) {
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((error: unknown) => {
        options.log?.(`chat service: request failed: ${(error as Error).stack ?? String(error)}`);
        if (!res.headersSent) sendJson(res, 500, { error: { code: 'InternalError', message: 'Internal error' } });
        else res.end();
      });
    });
    this.server.keepAliveTimeout = 5_000;
  }

  get listeningPort(): number {
    return this.port;
  }

  registerRoute(method: HttpMethod, path: string, handler: HttpRouteHandler): void {
    if (method !== 'POST') throw new Error(`Unsupported HTTP method: ${method}`);
    this.routes.set(path, handler);
  }

  async start(port: number | string): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(Number(port), this.options.host, () => {
        this.server.off('error', reject);
        resolve();
      });
    });
    this.port = (this.server.address() as AddressInfo).port;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (req.method === 'GET' && this.options.get?.[path]) {
      sendJson(res, 200, this.options.get[path]!());
      return;
    }
    const handler = this.routes.get(path);
    if (!handler) {
      sendJson(res, 404, { error: { code: 'NotFound', message: `No route ${req.method} ${path}` } });
      return;
    }
    if (req.method !== 'POST') {
      res.setHeader('allow', 'POST');
      sendJson(res, 405, { error: { code: 'MethodNotAllowed', message: 'Use POST' } });
      return;
    }
    const raw = await readBody(req, MAX_ACTIVITY_BYTES);
    if (raw === 'too-large') {
      sendJson(res, 413, { error: { code: 'PayloadTooLarge', message: `An activity may be at most ${MAX_ACTIVITY_BYTES} bytes` } });
      return;
    }
    let body: unknown;
    try {
      body = JSON.parse(raw.toString('utf8'));
    } catch {
      sendJson(res, 400, { error: { code: 'BadRequest', message: 'The request body is not JSON.' } });
      return;
    }
    const problem = checkActivity(body, this.options);
    if (problem) {
      sendJson(res, problem.status, { error: { code: problem.code, message: problem.message } });
      return;
    }
    const headers: Record<string, string | string[]> = {};
    for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) headers[k] = v;
    const response = await handler({ body, headers });
    sendJson(res, response.status, response.body);
  }
}
