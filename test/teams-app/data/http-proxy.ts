// A pass-through HTTP proxy on 127.0.0.1 for tests: counts what goes through, can answer some
// requests itself (fault injection the service does not offer) and measures concurrency.

import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ProxiedRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: IncomingMessage['headers'];
}

export interface Proxy {
  readonly url: string;
  readonly requests: ProxiedRequest[];
  /** Most requests in flight at the same time. */
  readonly maxInFlight: () => number;
  /** Return a response to send instead of forwarding, or undefined to forward. */
  intercept: ((req: ProxiedRequest) => { status: number; headers?: Record<string, string>; body?: string } | undefined) | undefined;
  /** Added before forwarding, to make overlapping requests observable. */
  delayMs: number;
  close(): Promise<void>;
}

export async function startProxy(target: string): Promise<Proxy> {
  const to = new URL(target);
  let inFlight = 0;
  let max = 0;
  const proxy: Proxy = {
    url: '',
    requests: [],
    maxInFlight: () => max,
    intercept: undefined,
    delayMs: 0,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const info: ProxiedRequest = { method: req.method ?? 'GET', path: req.url ?? '/', headers: req.headers };
    proxy.requests.push(info);
    inFlight++;
    max = Math.max(max, inFlight);
    const done = () => {
      inFlight--;
    };
    const canned = proxy.intercept?.(info);
    if (canned) {
      req.resume();
      res.writeHead(canned.status, { 'content-type': 'application/json', ...canned.headers });
      res.end(canned.body ?? '{}');
      done();
      return;
    }
    setTimeout(() => {
      const upstream = httpRequest(
        { host: to.hostname, port: to.port, method: req.method, path: req.url, headers: { ...req.headers, host: to.host } },
        (up) => {
          res.writeHead(up.statusCode ?? 502, up.headers);
          up.pipe(res);
          up.on('end', done);
        },
      );
      upstream.on('error', (e) => {
        res.writeHead(502).end(String(e));
        done();
      });
      req.pipe(upstream);
    }, proxy.delayMs);
  });
  server.keepAliveTimeout = 1;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  (proxy as { url: string }).url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const close = proxy.close;
  proxy.close = async () => {
    server.closeAllConnections();
    await close();
  };
  return proxy;
}
