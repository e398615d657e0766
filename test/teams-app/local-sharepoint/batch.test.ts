// $batch as PnPjs sends it (sp.batched()): writes grouped in changesets, GETs outside, answered so
// PnPjs' own parser resolves each request. A changeset with a failing request keeps nothing.
import type { SPFI } from '@pnp/sp';
import type { ListService } from '../../../teams-app/src/local-sharepoint';
import { createListService } from '../../../teams-app/src/local-sharepoint';
import { pnp, raw } from './support/pnp';

let svc: ListService;
let sp: SPFI;

beforeEach(async () => {
  svc = await createListService();
  sp = pnp(svc);
  await sp.web.lists.add('Actions');
  await sp.web.lists.getByTitle('Actions').fields.addChoice('status', { Choices: ['Pågår', 'Klar'] });
});
afterEach(() => svc.close());

type Settled = { ok: true; value: any } | { ok: false; status: number; message: string };
const settle = (p: Promise<unknown>): Promise<Settled> =>
  p.then(
    (value) => ({ ok: true as const, value }),
    async (e: { status: number; response: Response }) => {
      const body = (await e.response.clone().json()) as { 'odata.error': { message: { value: string } } };
      return { ok: false as const, status: e.status, message: body['odata.error'].message.value };
    },
  );

async function titles(): Promise<string[]> {
  const all = (await sp.web.lists.getByTitle('Actions').items.select('Title').orderBy('Id').top(5000)()) as { Title: string }[];
  return all.map((x) => x.Title);
}

test('adds, an update with an ETag and reads in one batch all resolve like single requests', async () => {
  await sp.web.lists.getByTitle('Actions').items.add({ Title: 'före', status: 'Pågår' });
  const [batched, execute] = sp.batched();
  const list = batched.web.lists.getByTitle('Actions');
  const a = settle(list.items.add({ Title: 'b1', status: 'Pågår' }));
  const b = settle(list.items.add({ Title: 'b2', status: 'Klar' }));
  const u = settle(list.items.getById(1).update({ Title: 'efter' }, '"1"'));
  const r = settle(list.items.select('Id', 'Title').orderBy('Id')());
  await execute();
  const [ra, rb, ru, rr] = await Promise.all([a, b, u, r]);
  expect(ra).toMatchObject({ ok: true, value: { Id: 2, Title: 'b1', 'odata.etag': '"1"' } });
  expect(rb).toMatchObject({ ok: true, value: { Id: 3, Title: 'b2' } });
  expect(ru).toEqual({ ok: true, value: { etag: '"2"' } });
  // The GET comes after the changeset in the batch, so it sees its writes.
  expect(rr.ok && (rr.value as { Title: string }[]).map((x) => x.Title)).toEqual(['efter', 'b1', 'b2']);
});

test('a changeset with one invalid write is rolled back whole: 400 for it, 424 for the others, nothing stored', async () => {
  const [batched, execute] = sp.batched();
  const list = batched.web.lists.getByTitle('Actions');
  const results = [
    settle(list.items.add({ Title: 'ok 1', status: 'Pågår' })),
    settle(list.items.add({ Title: 'bad', status: 'Okänd' })),
    settle(list.items.add({ Title: 'ok 2', status: 'Klar' })),
  ];
  await execute();
  const [r1, r2, r3] = await Promise.all(results);
  expect(r1).toMatchObject({ ok: false, status: 424, message: expect.stringContaining('Rolled back') });
  expect(r2).toMatchObject({ ok: false, status: 400, message: expect.stringContaining("'Okänd' is not a choice") });
  expect(r3).toMatchObject({ ok: false, status: 424 });
  expect(await titles()).toEqual([]);
  const count = (await sp.web.lists.getByTitle('Actions').select('ItemCount')()) as { ItemCount: number };
  expect(count.ItemCount).toBe(0);
});

test('a stale ETag inside a changeset rolls back the writes before it', async () => {
  await sp.web.lists.getByTitle('Actions').items.add({ Title: 'x' });
  await sp.web.lists.getByTitle('Actions').items.getById(1).update({ Title: 'y' });
  const [batched, execute] = sp.batched();
  const list = batched.web.lists.getByTitle('Actions');
  const add = settle(list.items.add({ Title: 'ny' }));
  const upd = settle(list.items.getById(1).update({ Title: 'z' }, '"1"'));
  await execute();
  expect(await upd).toMatchObject({ ok: false, status: 412 });
  expect(await add).toMatchObject({ ok: false, status: 424 });
  expect(await titles()).toEqual(['y']);
});

test('GETs before and after a failed changeset still answer', async () => {
  await sp.web.lists.getByTitle('Actions').items.add({ Title: 'finns' });
  const [batched, execute] = sp.batched();
  const list = batched.web.lists.getByTitle('Actions');
  const before = settle(list.items.select('Title')());
  const bad = settle(list.items.add({ nope: 1 }));
  const after = settle(list.select('Title')());
  await execute();
  expect(await before).toMatchObject({ ok: true, value: [{ Title: 'finns' }] });
  expect(await bad).toMatchObject({ ok: false, status: 400 });
  expect(await after).toMatchObject({ ok: true, value: { Title: 'Actions' } });
});

test('250 adds through one batched instance (PnPjs sends 13 batches of at most 20)', async () => {
  const [batched, execute] = sp.batched();
  const list = batched.web.lists.getByTitle('Actions');
  const results = Array.from({ length: 250 }, (_, i) => settle(list.items.add({ Title: `rad ${i}` })));
  await execute();
  const settled = await Promise.all(results);
  expect(settled.every((r) => r.ok)).toBe(true);
  expect(await titles()).toEqual(Array.from({ length: 250 }, (_, i) => `rad ${i}`));
});

test('malformed batches are 400/415 with a clear message and change nothing', async () => {
  const post = (body: string, contentType = 'multipart/mixed; boundary=batch_x'): ReturnType<typeof raw> =>
    raw(svc, '_api/$batch', { method: 'POST', headers: { 'content-type': contentType }, body });
  const notClosed = await post('--batch_x\nContent-Type: application/http\n\nGET http://x/ HTTP/1.1\n\n');
  expect(notClosed.status).toBe(400);
  expect(notClosed.json()['odata.error'].message.value).toContain("'--batch_x--'");
  const noRequestLine = await post('--batch_x\nContent-Type: application/http\n\nhello\n--batch_x--\n');
  expect(noRequestLine.status).toBe(400);
  expect((await post('{}', 'application/json')).status).toBe(415);
  const nested = await post(`--batch_x\nContent-Type: application/http\n\nPOST ${svc.siteUrl}/_api/$batch HTTP/1.1\n\n\n--batch_x--\n`);
  expect(nested.status).toBe(200);
  expect(nested.text).toContain('HTTP/1.1 400 Bad Request');
  expect(await titles()).toEqual([]);
});
