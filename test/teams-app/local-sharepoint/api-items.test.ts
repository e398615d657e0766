// Item writes through PnPjs: create/update/delete, ETags and 412, validation from the list's own
// field definitions, and the three JSON metadata shapes on the wire.
import type { SPFI } from '@pnp/sp';
import type { ListService } from '../../../teams-app/src/local-sharepoint';
import { createListService } from '../../../teams-app/src/local-sharepoint';
import { provisionActions } from './support/lists';
import { pnp, raw } from './support/pnp';

let svc: ListService;
let sp: SPFI;
let planIds: number[];
let erik: number;

beforeEach(async () => {
  svc = await createListService();
  sp = pnp(svc);
  ({ planIds } = await provisionActions(sp));
  erik = svc.personas.find((p) => p.login === 'erik.berg@amn.local')!.id;
});
afterEach(() => svc.close());

const items = (): ReturnType<SPFI['web']['lists']['getByTitle']>['items'] => sp.web.lists.getByTitle('Actions').items;

async function failure(p: Promise<unknown>): Promise<{ status: number; code: string; message: string }> {
  const e = (await p.then(
    () => undefined,
    (x: unknown) => x,
  )) as { status: number; response: Response } | undefined;
  if (!e) throw new Error('expected the request to fail');
  const body = (await e.response.clone().json()) as { 'odata.error': { code: string; message: { value: string } } };
  return { status: e.status, code: body['odata.error'].code, message: body['odata.error'].message.value };
}

async function count(): Promise<number> {
  return ((await items().select('Id').top(5000)()) as unknown[]).length;
}

const valid = (extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  Title: 'Genomföra utbildning',
  externalId: 'VBE2021-03',
  activityText: 'Genomföra utbildning för all personal',
  followUpPoints: ['T2', 'VB'],
  progressPercent: 40,
  budget: 240000,
  dueDate: '2021-12-31',
  followUpInferred: false,
  ownerId: erik,
  ownerPersonsId: [erik],
  planId: planIds[0],
  ...extra,
});

describe('create, read, update, delete', () => {
  test('add answers 201 with the item (defaults applied), an ETag "1" and the system columns', async () => {
    const res = await raw(svc, `_api/web/lists/getByTitle('Actions')/items`, {
      method: 'POST',
      headers: { 'content-type': 'application/json;charset=utf-8' },
      body: JSON.stringify(valid()),
    });
    expect(res.status).toBe(201);
    expect(res.headers.get('etag')).toBe('"1"');
    const item = res.json();
    expect(item).toMatchObject({
      'odata.type': 'SP.Data.ActionsListItem',
      'odata.etag': '"1"',
      Id: 1,
      ID: 1,
      Title: 'Genomföra utbildning',
      status: 'Ej påbörjad',
      dueDate: '2021-12-31T00:00:00Z',
      followUpPoints: ['T2', 'VB'],
      ownerId: erik,
      ownerStringId: String(erik),
      ownerPersonsId: [erik],
      planId: planIds[0],
      AuthorId: svc.personas[0]!.id,
      OData__UIVersionString: '1.0',
    });
    expect(item['odata.editLink']).toMatch(/^Web\/Lists\(guid'[0-9a-f-]{36}'\)\/Items\(1\)$/);
  });

  test('every write gives a new ETag; a stale ETag is 412 with SharePoint\'s body and changes nothing; * forces', async () => {
    await items().add(valid());
    const item = items().getById(1);
    const r1 = await item.update({ progressPercent: 50 }, '"1"');
    expect(r1.etag).toBe('"2"');
    const stale = await failure(item.update({ progressPercent: 60 }, '"1"'));
    expect(stale).toEqual({
      status: 412,
      code: '-1, Microsoft.SharePoint.Client.ClientServiceException',
      message: `The request ETag value '"1"' does not match the object's ETag value '"2"'.`,
    });
    expect(((await item.select('progressPercent')()) as { progressPercent: number }).progressPercent).toBe(50);
    const forced = await item.update({ progressPercent: 70 });
    expect(forced.etag).toBe('"3"');
    const read = (await items().getById(1)()) as Record<string, unknown>;
    expect(read).toMatchObject({ progressPercent: 70, 'odata.etag': '"3"', OData__UIVersionString: '3.0', EditorId: svc.personas[0]!.id });
    await expect(item.delete('"2"')).rejects.toMatchObject({ status: 412 });
    await item.delete('"3"');
    expect((await failure(item())).status).toBe(404);
  });

  test('MERGE keeps the columns it does not mention and clears the ones set to null', async () => {
    await items().add(valid());
    await items().getById(1).update({ progressPercent: null, ownerPersonsId: [] });
    const read = (await items().getById(1)()) as Record<string, unknown>;
    expect(read).toMatchObject({ progressPercent: null, ownerPersonsId: [], budget: 240000, externalId: 'VBE2021-03' });
  });

  test('verbose bodies ({results:[…]}, __metadata) are accepted as PnPjs v1-style clients send them', async () => {
    const verbose = pnp(svc, 'local-anna', { Accept: 'application/json;odata=verbose' });
    const created = (await verbose.web.lists.getByTitle('Actions').items.add({
      __metadata: { type: 'SP.Data.ActionsListItem' },
      ...valid({ followUpPoints: { results: ['T1'] }, ownerPersonsId: { results: [erik] } }),
    })) as Record<string, unknown>;
    expect(created.followUpPoints).toEqual({ __metadata: { type: 'Collection(Edm.String)' }, results: ['T1'] });
    expect((created.__metadata as { etag: string }).etag).toBe('"1"');
  });
});

describe('validation from the list\'s field definitions (400, nothing stored)', () => {
  const cases: [string, Record<string, unknown> | (() => Record<string, unknown>), RegExp][] = [
    ['unknown property', { colour: 'red' }, /The property 'colour' does not exist on type 'SP.Data.ActionsListItem'/],
    ['lookup written by its name', { plan: 1 }, /written as 'planId'/],
    ['read-only column', { Created: '2020-01-01' }, /'Created' is read-only/],
    ['text over its max length', { externalId: 'x'.repeat(51) }, /at most 50 characters/],
    ['text given a number', { Title: 42 }, /takes text/],
    ['number given text', { progressPercent: '40' }, /takes a number/],
    ['number below minimum', { progressPercent: -1 }, /from 0/],
    ['number above maximum', { progressPercent: 101 }, /up to 100/],
    ['not a date', { dueDate: '31/12/2021' }, /ISO 8601/],
    ['impossible date', { dueDate: '2021-02-30' }, /ISO 8601/],
    ['boolean given 1', { followUpInferred: 1 }, /true or false/],
    ['choice not in the list', { status: 'Klar' }, /'Klar' is not a choice/],
    ['multi-choice value not in the list', { followUpPoints: ['T1', 'T9'] }, /'T9' is not a choice/],
    ['lookup to a missing item', { planId: 999 }, /item 999 of the list 'Plans', which does not exist/],
    ['user who is not a site user', { ownerId: 4242 }, /user 4242/],
    ['multi-user given one id', () => ({ ownerPersonsId: erik }), /collection/],
    ['required column emptied', { status: '' }, /\(status\) is required/],
    ['required Title missing', { Title: null }, /\(Title\) is required/],
  ];
  test.each(cases)('%s', async (_, patch, message) => {
    const f = await failure(items().add(valid(typeof patch === 'function' ? patch() : patch)));
    expect(f.status).toBe(400);
    expect(f.message).toMatch(message);
    expect(await count()).toBe(0);
  });

  test('an invalid update leaves the item and its ETag as they were', async () => {
    await items().add(valid());
    const f = await failure(items().getById(1).update({ progressPercent: 500, Title: 'ändrad' }));
    expect(f.status).toBe(400);
    const read = (await items().getById(1)()) as Record<string, unknown>;
    expect(read).toMatchObject({ Title: 'Genomföra utbildning', progressPercent: 40, 'odata.etag': '"1"' });
  });

  test('unique columns refuse a duplicate (case-insensitively) on create and update', async () => {
    await items().add(valid());
    await items().add(valid({ externalId: 'VBE2021-04' }));
    const dup = await failure(items().add(valid({ externalId: 'vbe2021-03' })));
    expect(dup.status).toBe(409);
    expect(dup.code).toMatch(/SPDuplicateValuesFoundException/);
    expect(dup.message).toContain('item 1');
    expect((await failure(items().getById(2).update({ externalId: 'VBE2021-03' }))).status).toBe(409);
    await items().getById(1).update({ externalId: 'VBE2021-03' }); // its own value is no conflict
    expect(await count()).toBe(2);
  });
});

describe('metadata shapes on the wire', () => {
  beforeEach(async () => {
    await items().add(valid());
    await items().add(valid({ externalId: 'B', followUpPoints: [] }));
  });
  const get = (accept: string, q = '$select=Id,Title,followUpPoints,ownerPersonsId&$top=1'): Promise<{ status: number; headers: Headers; json: () => any }> =>
    raw(svc, `_api/web/lists/getByTitle('Actions')/items?${q}`, { headers: { accept } });

  test('application/json is minimal metadata: odata.metadata, odata.etag/type/id/editLink, odata.nextLink', async () => {
    const res = await get('application/json');
    expect(res.headers.get('content-type')).toMatch(/odata=minimalmetadata/);
    const body = res.json();
    expect(body['odata.metadata']).toBe(`${svc.siteUrl}/_api/$metadata#SP.ListData.ActionsListItems`);
    expect(Object.keys(body.value[0])).toEqual(['odata.type', 'odata.id', 'odata.etag', 'odata.editLink', 'Id', 'Title', 'followUpPoints', 'ownerPersonsId']);
    expect(body.value[0].followUpPoints).toEqual(['T2', 'VB']);
    expect(body['odata.nextLink']).toContain('%24skiptoken=Paged%3DTRUE%26p_ID%3D1');
  });

  test('odata=nometadata has values only', async () => {
    const body = (await get('application/json;odata=nometadata')).json();
    expect(body.value[0]).toEqual({ Id: 1, Title: 'Genomföra utbildning', followUpPoints: ['T2', 'VB'], ownerPersonsId: [erik] });
    expect(typeof body['odata.nextLink']).toBe('string');
  });

  test('odata=verbose has d.results, __metadata with the etag, collections as {results} and __next', async () => {
    const res = await get('application/json;odata=verbose');
    expect(res.headers.get('content-type')).toMatch(/odata=verbose/);
    const body = res.json();
    const item = body.d.results[0];
    expect(item.__metadata).toMatchObject({ etag: '"1"', type: 'SP.Data.ActionsListItem' });
    expect(item.__metadata.uri).toMatch(/\/_api\/Web\/Lists\(guid'[0-9a-f-]{36}'\)\/Items\(1\)$/);
    expect(item.followUpPoints).toEqual({ __metadata: { type: 'Collection(Edm.String)' }, results: ['T2', 'VB'] });
    expect(item.ownerPersonsId).toEqual({ __metadata: { type: 'Collection(Edm.Int32)' }, results: [erik] });
    expect(body.d.__next).toContain('p_ID%3D1');
    const errorBody = (await raw(svc, `_api/web/lists/getByTitle('Nope')`, { headers: { accept: 'application/json;odata=verbose' } })).json();
    expect(errorBody.error.code).toBe('-1, System.ArgumentException');
  });

  test('a single item has no wrapper in minimal metadata and d in verbose; an empty multi-choice is null', async () => {
    const minimal = (await raw(svc, `_api/web/lists/getByTitle('Actions')/items(2)?$select=followUpPoints`)).json();
    expect(minimal).toMatchObject({ 'odata.etag': '"1"', followUpPoints: null });
    const verbose = (await raw(svc, `_api/web/lists/getByTitle('Actions')/items(2)?$select=Id`, { headers: { accept: 'application/json;odata=verbose' } })).json();
    expect(verbose.d.Id).toBe(2);
  });
});
