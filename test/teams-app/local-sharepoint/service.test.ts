// The service as a whole: identities and 401, the authorize hook (403, nothing changed), fault
// injection that PnPjs' retry rides out, every kind of bad input, CORS, and persistence on disk.
import type { SPFI } from '@pnp/sp';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AuthorizeHook, ListService, WriteRequest } from '../../../teams-app/src/local-sharepoint';
import { createListService } from '../../../teams-app/src/local-sharepoint';
import { pnp, raw } from './support/pnp';

async function failure(p: Promise<unknown>): Promise<{ status: number; body: any; headers: Headers }> {
  const e = (await p.then(
    () => undefined,
    (x: unknown) => x,
  )) as { status: number; response: Response } | undefined;
  if (!e) throw new Error('expected the request to fail');
  return { status: e.status, body: await e.response.clone().json(), headers: e.response.headers };
}

describe('identity', () => {
  let svc: ListService;
  beforeAll(async () => {
    svc = await createListService();
  });
  afterAll(() => svc.close());

  test('listens on 127.0.0.1 and serves the site at /sites/amn', () => {
    expect(new URL(svc.url).hostname).toBe('127.0.0.1');
    expect(svc.siteUrl).toBe(`${svc.url}/sites/amn`);
  });

  test('no token or an unknown token is 401 with WWW-Authenticate, as SharePoint answers', async () => {
    for (const token of [null, 'not-a-persona']) {
      const res = await raw(svc, '_api/web', { token });
      expect(res.status).toBe(401);
      expect(res.headers.get('www-authenticate')).toMatch(/^Bearer realm=/);
      expect(res.json()['odata.error'].code).toBe('-2147024891, System.UnauthorizedAccessException');
    }
    expect((await failure(pnp(svc, 'nobody').web())).status).toBe(401);
  });

  test('each persona token is its own user: currentUser, siteUsers, ensureUser, getByEmail, getByLoginName', async () => {
    const me = (await pnp(svc, 'local-sara').web.currentUser()) as Record<string, unknown>;
    expect(me).toMatchObject({ Title: 'Sara Holm', Email: 'sara.holm@amn.local', LoginName: 'i:0#.f|membership|sara.holm@amn.local', IsSiteAdmin: false });
    const sp = pnp(svc);
    const users = (await sp.web.siteUsers()) as { Title: string }[];
    expect(users.map((u) => u.Title)).toEqual(['Anna Lind', 'Erik Berg', 'Sara Holm', 'Olof Nyman']);
    const ensured = (await sp.web.ensureUser('i:0#.f|membership|erik.berg@amn.local')) as { Id: number };
    expect(ensured.Id).toBe(svc.personas.find((p) => p.login === 'erik.berg@amn.local')!.id);
    expect(((await sp.web.siteUsers.getByEmail('olof.nyman@amn.local')()) as { Title: string }).Title).toBe('Olof Nyman');
    expect(((await sp.web.siteUsers.getByLoginName('i:0#.f|membership|anna.lind@amn.local')()) as { Title: string }).Title).toBe('Anna Lind');
    expect(((await sp.web.siteUsers.getById(ensured.Id)()) as { Title: string }).Title).toBe('Erik Berg');
    expect((await failure(sp.web.ensureUser('stranger@example.com'))).status).toBe(404);
  });

  test('personas are configurable', async () => {
    const other = await createListService({ personas: [{ token: 't1', login: 'kim.ek@amn.local', title: 'Kim Ek', groups: ['Nämndstöd Ägare'] }] });
    try {
      expect(((await pnp(other, 't1').web.currentUser()) as { Title: string }).Title).toBe('Kim Ek');
      expect((await raw(other, '_api/web', { token: 'local-anna' })).status).toBe(401);
    } finally {
      await other.close();
    }
  });
});

describe('authorize hook', () => {
  let svc: ListService;
  let sp: SPFI;
  const seen: WriteRequest[] = [];
  const storedDuringHook: unknown[] = [];
  // Olof may read but not write; nobody may set status 'Låst'.
  const hook: AuthorizeHook = (w) => {
    seen.push(w);
    storedDuringHook.push(w.readItem('Actions', 1));
    if (w.user.loginName === 'olof.nyman@amn.local') return { ok: false, reason: { sv: 'Du får bara läsa.', en: 'You may only read.' } };
    if (w.after?.status === 'Låst') return { ok: false, reason: { sv: 'Status Låst är spärrad.', en: 'Status Låst is blocked.' } };
    return { ok: true };
  };
  beforeAll(async () => {
    svc = await createListService({ authorize: hook });
    sp = pnp(svc);
    await sp.web.lists.add('Actions');
    await sp.web.lists.getByTitle('Actions').fields.addChoice('status', { Choices: ['Pågår', 'Låst'], FillInChoice: false });
    await sp.web.lists.getByTitle('Actions').items.add({ Title: 'a', status: 'Pågår' });
  });
  afterAll(() => svc.close());

  test('is called for every write with user, list, op, before and after (no-metadata item JSON)', async () => {
    seen.length = 0;
    storedDuringHook.length = 0;
    await sp.web.lists.getByTitle('Actions').items.getById(1).update({ Title: 'b' });
    expect(seen).toHaveLength(1);
    const w = seen[0]!;
    expect(w).toMatchObject({ kind: 'item', op: 'update', list: { title: 'Actions', url: 'Lists/Actions' }, user: { loginName: 'anna.lind@amn.local' } });
    expect(w.before).toMatchObject({ Id: 1, Title: 'a', status: 'Pågår' });
    expect(w.after).toMatchObject({ Id: 1, Title: 'b', status: 'Pågår' });
    expect(storedDuringHook).toEqual([expect.objectContaining({ Title: 'a' })]); // read before the write is stored
    expect(w.readItem('Actions', 1)).toMatchObject({ Title: 'b' });
    expect(w.readItem('Actions', 99)).toBeNull();
  });

  test('a refusal is 403 with the reason (Swedish on request) and changes nothing', async () => {
    const olof = pnp(svc, 'local-olof', { 'Accept-Language': 'sv-SE' });
    const f = await failure(olof.web.lists.getByTitle('Actions').items.getById(1).update({ Title: 'hackad' }));
    expect(f.status).toBe(403);
    expect(f.body['odata.error']).toEqual({ code: '-2147024891, System.UnauthorizedAccessException', message: { lang: 'sv-SE', value: 'Du får bara läsa.' } });
    const en = await failure(pnp(svc, 'local-olof').web.lists.getByTitle('Actions').items.add({ Title: 'ny' }));
    expect(en.body['odata.error'].message).toEqual({ lang: 'en-US', value: 'You may only read.' });
    const item = (await sp.web.lists.getByTitle('Actions').items.getById(1)()) as Record<string, unknown>;
    expect(item).toMatchObject({ Title: 'b', 'odata.etag': '"2"' });
    expect(((await sp.web.lists.getByTitle('Actions').select('ItemCount')()) as { ItemCount: number }).ItemCount).toBe(1);
  });

  test('a refusal inside a batch rolls back its changeset', async () => {
    const [batched, execute] = sp.batched();
    const list = batched.web.lists.getByTitle('Actions');
    const a = list.items.add({ Title: 'c', status: 'Pågår' }).catch((e: { status: number }) => e.status);
    const b = list.items.getById(1).update({ status: 'Låst' }).catch((e: { status: number }) => e.status);
    await execute();
    expect([await a, await b]).toEqual([424, 403]);
    expect(((await sp.web.lists.getByTitle('Actions').select('ItemCount')()) as { ItemCount: number }).ItemCount).toBe(1);
  });

  test('schema writes go through the hook too', async () => {
    const f = await failure(pnp(svc, 'local-olof').web.lists.getByTitle('Actions').fields.addText('x'));
    expect(f.status).toBe(403);
    const fields = (await sp.web.lists.getByTitle('Actions').fields.filter("InternalName eq 'x'")()) as unknown[];
    expect(fields).toEqual([]);
  });
});

describe('fault injection', () => {
  let svc: ListService;
  let statuses: number[];
  beforeAll(async () => {
    svc = await createListService({ log: (line) => statuses.push(Number(/-> (\d+)/.exec(line)?.[1])) });
  });
  beforeEach(() => {
    statuses = [];
    svc.setFaults({ rate: 0, next: 0, latencyMs: 0, status: 429 });
  });
  afterAll(() => svc.close());

  test('429 with Retry-After: PnPjs waits, retries and succeeds', async () => {
    svc.setFaults({ next: 2, status: 429, retryAfterSeconds: 1 });
    const web = (await pnp(svc).web.select('Title')()) as { Title: string };
    expect(web.Title).toBe('Arbetsmarknadsnämnden');
    expect(statuses).toEqual([429, 429, 200]);
  });

  test('503 is retried too; a third failure in a row reaches the caller as 429', async () => {
    svc.setFaults({ next: 1, status: 503, retryAfterSeconds: 0 });
    await pnp(svc).web();
    expect(statuses).toEqual([503, 200]);
    svc.setFaults({ next: 3, status: 429, retryAfterSeconds: 0 });
    expect((await failure(pnp(svc).web())).status).toBe(429);
  });

  test('the throttled answer carries Retry-After and a SharePoint error body', async () => {
    svc.setFaults({ next: 1, status: 503, retryAfterSeconds: 7 });
    const res = await raw(svc, '_api/web');
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('7');
    expect(res.json()['odata.error'].code).toContain('SPServerTooBusyException');
  });

  test('a share of requests: rate 1 throttles everything, rate 0 nothing', async () => {
    svc.setFaults({ rate: 1, retryAfterSeconds: 0 });
    for (let i = 0; i < 5; i++) expect((await raw(svc, '_api/web')).status).toBe(429);
    svc.setFaults({ rate: 0 });
    for (let i = 0; i < 5; i++) expect((await raw(svc, '_api/web')).status).toBe(200);
  });

  test('added latency delays every answer', async () => {
    svc.setFaults({ latencyMs: 150 });
    const started = Date.now();
    await pnp(svc).web();
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
  });

  test('switches are settable over the local admin endpoint, which refuses unknown switches', async () => {
    const admin = `${svc.url}/_namndstod/faults`;
    const set = await fetch(admin, { method: 'POST', body: JSON.stringify({ next: 1, status: 503, retryAfterSeconds: 2 }) });
    expect(await set.json()).toMatchObject({ next: 1, status: 503, retryAfterSeconds: 2 });
    expect((await raw(svc, '_api/web')).status).toBe(503);
    expect(await (await fetch(admin)).json()).toMatchObject({ next: 0 });
    const bad = await fetch(admin, { method: 'POST', body: JSON.stringify({ chaos: true }) });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as any)['odata.error'].message.value).toContain("'chaos'");
    await fetch(admin, { method: 'DELETE' });
    expect(svc.faults()).toEqual({});
  });
});

describe('bad input gets a clear SharePoint-style error and the service stays up', () => {
  let svc: ListService;
  beforeAll(async () => {
    svc = await createListService({ maxBodyBytes: 1024 * 1024 });
    const sp = pnp(svc);
    await sp.web.lists.add('Actions');
    await sp.web.lists.getByTitle('Actions').items.add({ Title: 'a' });
  });
  afterAll(() => svc.close());

  const cases: [string, string, { method?: string; headers?: Record<string, string>; body?: string } | (() => { method?: string; headers?: Record<string, string>; body?: string }), number, RegExp][] = [
    ['malformed $filter', `_api/web/lists/getByTitle('Actions')/items?$filter=${encodeURIComponent("Title eq 'a")}`, {}, 400, /unterminated string literal/],
    ['$filter with a dangling operator', `_api/web/lists/getByTitle('Actions')/items?$filter=${encodeURIComponent('Id eq')}`, {}, 400, /position 6/],
    ['endswith', `_api/web/lists/getByTitle('Actions')/items?$filter=${encodeURIComponent("endswith(Title,'a')")}`, {}, 400, /endswith is not supported/],
    ['$top not a number', `_api/web/lists/getByTitle('Actions')/items?$top=ten`, {}, 400, /\$top value 'ten'/],
    ['unknown $option', `_api/web/lists/getByTitle('Actions')/items?$search=x`, {}, 400, /\$search/],
    ['bad $skiptoken', `_api/web/lists/getByTitle('Actions')/items?$skiptoken=Paged%3DTRUE`, {}, 400, /p_ID/],
    ['unknown list', `_api/web/lists/getByTitle('Nope')/items`, {}, 404, /List 'Nope' does not exist/],
    ['unknown item', `_api/web/lists/getByTitle('Actions')/items(999)`, {}, 404, /Item does not exist/],
    ['unknown field', `_api/web/lists/getByTitle('Actions')/fields/getByInternalNameOrTitle('nope')`, {}, 404, /Column 'nope' does not exist/],
    ['unknown resource', `_api/web/lists/getByTitle('Actions')/views`, {}, 404, /Cannot find resource/],
    ['not the site', '../../other/_api/web', {}, 404, /no site/],
    ['unclosed parenthesis in the path', `_api/web/lists/getByTitle('Actions'`, {}, 400, /unclosed/],
    ['invalid JSON', `_api/web/lists/getByTitle('Actions')/items`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"Title": ' }, 400, /Invalid JSON/],
    ['JSON that is not an object', `_api/web/lists/getByTitle('Actions')/items`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '[1]' }, 400, /must be a JSON object/],
    ['wrong content type', `_api/web/lists/getByTitle('Actions')/items`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'Title=x' }, 415, /text\/plain/],
    ['method not allowed', `_api/web/lists/getByTitle('Actions')/items`, { method: 'DELETE' }, 405, /'DELETE' is not allowed/],
    ['unproducible Accept', '_api/web', { headers: { accept: 'application/xml' } }, 406, /application\/xml/],
    [
      'oversized body',
      `_api/web/lists/getByTitle('Actions')/items`,
      () => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ Title: 'x'.repeat(2 * 1024 * 1024) }) }),
      413,
      /larger than the 1048576 bytes/,
    ],
  ];
  test.each(cases)('%s', async (_, path, init, status, message) => {
    const res = await raw(svc, path, typeof init === 'function' ? init() : init);
    expect(res.status).toBe(status);
    expect(res.json()['odata.error'].message.value).toMatch(message);
    expect((await raw(svc, '_api/web')).status).toBe(200);
    const items = (await pnp(svc).web.lists.getByTitle('Actions').items.select('Title')()) as { Title: string }[];
    expect(items).toEqual([expect.objectContaining({ Title: 'a' })]);
  });
});

test('CORS: a loopback dev origin gets a preflight answer and the allow-origin header', async () => {
  const svc = await createListService();
  try {
    const pre = await fetch(`${svc.siteUrl}/_api/web`, {
      method: 'OPTIONS',
      headers: { origin: 'http://localhost:3000', 'access-control-request-method': 'GET', 'access-control-request-headers': 'authorization' },
    });
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-origin')).toBe('http://localhost:3000');
    expect(pre.headers.get('access-control-allow-headers')).toBe('authorization');
    const get = await raw(svc, '_api/web', { headers: { origin: 'http://localhost:3000' } });
    expect(get.headers.get('access-control-allow-origin')).toBe('http://localhost:3000');
    const foreign = await raw(svc, '_api/web', { headers: { origin: 'https://evil.example' } });
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
  } finally {
    await svc.close();
  }
});

test('with a data directory, lists, items and user ids survive a restart', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'namndstod-sp-'));
  try {
    const first = await createListService({ dataDir: dir });
    const sp = pnp(first);
    await sp.web.lists.add('Actions');
    await sp.web.lists.getByTitle('Actions').fields.addText('externalId', { Indexed: true, EnforceUniqueValues: true });
    await sp.web.lists.getByTitle('Actions').items.add({ Title: 'kvar', externalId: 'A-1' });
    await sp.web.lists.getByTitle('Actions').items.getById(1).update({ Title: 'kvar efter ändring' });
    const ids = first.personas.map((p) => p.id);
    await first.close();

    const second = await createListService({ dataDir: dir });
    try {
      expect(second.personas.map((p) => p.id)).toEqual(ids);
      const item = (await pnp(second).web.lists.getByTitle('Actions').items.getById(1)()) as Record<string, unknown>;
      expect(item).toMatchObject({ Title: 'kvar efter ändring', externalId: 'A-1', 'odata.etag': '"2"' });
      expect((await failure(pnp(second).web.lists.getByTitle('Actions').items.add({ Title: 'dubblett', externalId: 'a-1' }))).status).toBe(409);
    } finally {
      await second.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a data directory from an incompatible schema is refused with a clear message, not misread', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'namndstod-sp-'));
  try {
    const first = await createListService({ dataDir: dir });
    await first.close();
    const Database = (await import('better-sqlite3')).default;
    const db = new Database(join(dir, 'lists.sqlite'));
    db.pragma('user_version = 99');
    db.close();
    await expect(createListService({ dataDir: dir })).rejects.toThrow(/another version of the local list service \(schema 99, expected 1\)/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
