// The local Teams host's two servers over real HTTP on 127.0.0.1: what they serve, what the tab
// server proxies to the list service (and what it does not), and how they fail.

import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTeamsHost, type TeamsHost } from '../../../teams-app/src/teams-host/server';
import { DEFAULT_PERSONAS } from '../../../teams-app/src/local-sharepoint';

let upstream: Server;
let upstreamUrl: string;
let seen: { method: string; url: string; headers: IncomingMessage['headers']; body: string }[] = [];
let webRoot: string;
let host: TeamsHost;

beforeAll(async () => {
  upstream = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      res.writeHead(201, { 'content-type': 'application/json', etag: '"7"', connection: 'close' });
      res.end('{"ok":true}');
    });
  });
  await new Promise<void>((r) => upstream.listen(0, '127.0.0.1', () => r()));
  upstreamUrl = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`;

  webRoot = mkdtempSync(join(tmpdir(), 'teams-host-'));
  for (const entry of ['tab', 'teams-host']) {
    mkdirSync(join(webRoot, entry));
    writeFileSync(join(webRoot, entry, 'index.html'), `<!doctype html><title>${entry}</title>`);
    writeFileSync(join(webRoot, entry, 'app.js'), `console.log(${JSON.stringify(entry)});`);
  }
  writeFileSync(join(webRoot, 'secret.txt'), 'not to be served');
  host = await startTeamsHost({ listServiceUrl: upstreamUrl, webRoot, calendar: { '2022': { T1: { reportDue: '2022-05-13' } } } });
});

afterAll(async () => {
  await host.close();
  await new Promise<void>((r) => upstream.close(() => r()));
  rmSync(webRoot, { recursive: true, force: true });
});

beforeEach(() => {
  seen = [];
});

const tabOrigin = () => new URL(host.tabUrl).origin;
const hostOrigin = () => new URL(host.url).origin;

test('both servers listen on 127.0.0.1, on different origins', () => {
  expect(new URL(host.url).hostname).toBe('127.0.0.1');
  expect(new URL(host.tabUrl).hostname).toBe('127.0.0.1');
  expect(tabOrigin()).not.toBe(hostOrigin());
  expect(new URL(host.tabUrl).pathname).toBe('/tab/');
});

test('the tab server proxies the site API with the Authorization header untouched', async () => {
  const response = await fetch(`${tabOrigin()}/sites/amn/_api/web/lists/getByTitle('x')/items?$top=1`, {
    method: 'POST',
    headers: { authorization: 'Bearer local-erik', 'content-type': 'application/json', 'if-match': '"3"', 'x-http-method': 'MERGE' },
    body: '{"Title":"ny"}',
  });
  expect(response.status).toBe(201);
  expect(response.headers.get('etag')).toBe('"7"');
  expect(await response.json()).toEqual({ ok: true });
  expect(seen).toHaveLength(1);
  expect(seen[0]).toMatchObject({ method: 'POST', url: "/sites/amn/_api/web/lists/getByTitle('x')/items?$top=1", body: '{"Title":"ny"}' });
  expect(seen[0]!.headers).toMatchObject({ authorization: 'Bearer local-erik', 'if-match': '"3"', 'x-http-method': 'MERGE', host: new URL(upstreamUrl).host });
});

test('nothing but the site API is proxied', async () => {
  for (const path of ['/sites/amn/Lists/ActionItems', '/sites/other/_api/web', '/_namndstod/faults', '/_api/web']) {
    const response = await fetch(`${tabOrigin()}${path}`);
    expect([path, response.status]).toEqual([path, 404]);
  }
  expect(seen).toEqual([]);
});

test('tab-config.json tells the tab it runs locally, which host may talk to it, and the calendar', async () => {
  const config = await (await fetch(`${tabOrigin()}/tab/tab-config.json`)).json();
  expect(config).toEqual({ mode: 'local', sitePath: '/sites/amn', hostOrigins: [hostOrigin()], calendar: { '2022': { T1: { reportDue: '2022-05-13' } } } });
});

test('the tab page is served with a Content-Security-Policy that only lets the harness and Teams frame it', async () => {
  const response = await fetch(host.tabUrl);
  expect(response.status).toBe(200);
  expect(await response.text()).toContain('<title>tab</title>');
  const csp = response.headers.get('content-security-policy') ?? '';
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain(`frame-ancestors 'self' ${hostOrigin()} https://teams.microsoft.com`);
  expect((await fetch(`${tabOrigin()}/tab`, { redirect: 'manual' })).headers.get('location')).toBe('/tab/');
  expect(await (await fetch(`${tabOrigin()}/tab/app.js`)).text()).toBe('console.log("tab");');
});

test('the harness gets the tab URL and the personas (tokens of the local list service)', async () => {
  const config = await (await fetch(`${hostOrigin()}/_local/host-config.json`)).json();
  expect(config).toMatchObject({ tabUrl: host.tabUrl, tabOrigin: tabOrigin(), teamSiteUrl: `${tabOrigin()}/sites/amn` });
  expect(config.personas).toEqual(DEFAULT_PERSONAS.map((p) => ({ login: p.login, title: p.title, token: p.token })));
  expect(await (await fetch(host.url)).text()).toContain('<title>teams-host</title>');
});

test('paths outside the bundle are refused', async () => {
  for (const path of ['/tab/../secret.txt', '/tab/%2e%2e/secret.txt', '/tab/..%2fsecret.txt', '/tab/%00']) {
    const response = await fetch(`${tabOrigin()}${path}`);
    expect([path, response.status]).toEqual([path, 404]);
  }
  expect((await fetch(`${hostOrigin()}/..%2fsecret.txt`)).status).toBe(404);
});

test('writes other than to the site API are refused', async () => {
  expect((await fetch(host.tabUrl, { method: 'POST', body: 'x' })).status).toBe(405);
  expect((await fetch(host.url, { method: 'DELETE' })).status).toBe(405);
});

test('an unbuilt bundle and an unreachable list service are explained, not crashed on', async () => {
  const empty = mkdtempSync(join(tmpdir(), 'teams-host-empty-'));
  const dead = await startTeamsHost({ listServiceUrl: 'http://127.0.0.1:9', webRoot: empty });
  try {
    const page = await fetch(dead.tabUrl);
    expect(page.status).toBe(503);
    expect(await page.text()).toContain('npm run build');
    const api = await fetch(`${new URL(dead.tabUrl).origin}/sites/amn/_api/web`, { headers: { accept: 'application/json' } });
    expect(api.status).toBe(502);
    expect((await api.json())['odata.error'].message.value).toContain('did not answer');
  } finally {
    await dead.close();
    rmSync(empty, { recursive: true, force: true });
  }
});

test('bad options are refused up front', async () => {
  await expect(startTeamsHost({ listServiceUrl: 'ftp://127.0.0.1:1' })).rejects.toThrow('must be http(s)');
  await expect(startTeamsHost({ listServiceUrl: 'http://127.0.0.1:1', sitePath: 'sites/amn' })).rejects.toThrow('must look like /sites/name');
});
