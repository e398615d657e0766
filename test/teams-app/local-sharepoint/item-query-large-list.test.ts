// A 20 000-item list: PnPjs pages through all of it, and SharePoint's list view threshold (5 000)
// refuses the queries the tenant would refuse, with the tenant's error.
import type { SPFI } from '@pnp/sp';
import type { ListService } from '../../../teams-app/src/local-sharepoint';
import { createListService } from '../../../teams-app/src/local-sharepoint';
import type { ActionSeed } from './support/lists';
import { actionSeed, provisionActions } from './support/lists';
import { pnp, raw } from './support/pnp';

const N = 20_000;
let svc: ListService;
let sp: SPFI;
let seeds: ActionSeed[];
let planIds: number[];

beforeAll(async () => {
  svc = await createListService();
  sp = pnp(svc);
  ({ planIds } = await provisionActions(sp));
  const people = svc.personas.slice(1).map((p) => p.id);
  seeds = Array.from({ length: N }, (_, i) => actionSeed(i, planIds, people));
  svc.seedItems('Actions', seeds);
});
afterAll(() => svc.close());

const actions = (): ReturnType<SPFI['web']['lists']['getByTitle']> => sp.web.lists.getByTitle('Actions');

async function throttled(p: Promise<unknown>): Promise<void> {
  const err = (await p.then(
    () => undefined,
    (e: unknown) => e,
  )) as { status?: number; response?: Response } | undefined;
  expect(err?.status).toBe(500);
  const body = (await err!.response!.clone().json()) as { 'odata.error': { code: string; message: { value: string } } };
  expect(body['odata.error'].code).toBe('-2147024860, Microsoft.SharePoint.SPQueryThrottledException');
  expect(body['odata.error'].message.value).toBe('The attempted operation is prohibited because it exceeds the list view threshold.');
}

test('PnPjs pages through all 20 000 items with $top=5000 (4 requests), in ID order, values intact', async () => {
  const pages: { Id: number; externalId: string; status: string; planId: number }[][] = [];
  for await (const page of actions().items.select('Id', 'externalId', 'status', 'planId').top(5000)) {
    pages.push(page as never);
  }
  expect(pages.map((p) => p.length)).toEqual([5000, 5000, 5000, 5000]);
  const all = pages.flat();
  expect(all.map((x) => x.Id)).toEqual(seeds.map((_, i) => i + 1));
  all.forEach((item, i) => {
    const s = seeds[i]!;
    expect([item.externalId, item.status, item.planId]).toEqual([s.externalId, s.status, s.planId]);
  });
});

test('list metadata reports the item count', async () => {
  const info = (await actions().select('ItemCount', 'Title')()) as { ItemCount: number };
  expect(info.ItemCount).toBe(N);
});

describe('list view threshold', () => {
  test('a filter whose first clause is on a non-indexed column fails with SPQueryThrottledException, even with top()', async () => {
    await throttled(actions().items.filter('progressPercent gt 50').top(10)());
    await throttled(actions().items.filter("progressPercent gt 50 and externalId eq 'ACT-00042'")());
    await throttled(actions().items.filter("plan/Title eq 'Kompetensplan 2022'")());
  });

  test('an indexed first clause that still matches more than 5 000 items fails too', async () => {
    await throttled(actions().items.filter("status ne 'Pågår'")()); // 15 000 items
    await throttled(actions().items.filter(`planId eq ${planIds[0]}`)()); // 6 667 items
  });

  test('indexed first clauses that narrow to at most 5 000 items work, whatever follows them', async () => {
    const one = (await actions().items.select('Id', 'Title').filter("externalId eq 'ACT-12345'")()) as { Id: number; Title: string }[];
    expect(one).toEqual([{ Id: 12346, Title: seeds[12345]!.Title, 'odata.editLink': expect.any(String), 'odata.etag': '"1"', 'odata.id': expect.any(String), 'odata.type': 'SP.Data.ActionsListItem' }]);

    const narrow = (await actions()
      .items.select('Id')
      .filter("dueDate ge datetime'2021-03-01T00:00:00Z' and dueDate lt datetime'2021-03-05T00:00:00Z' and progressPercent gt 50")
      .top(5000)()) as { Id: number }[];
    const want = seeds.flatMap((s, i) => (s.dueDate >= '2021-03-01T00:00:00Z' && s.dueDate < '2021-03-05T00:00:00Z' && (s.progressPercent ?? -1) > 50 ? [i + 1] : []));
    expect(want.length).toBeGreaterThan(0);
    expect(narrow.map((x) => x.Id)).toEqual(want);

    // Exactly 5 000 matches is at the threshold, not over it.
    let count = 0;
    for await (const page of actions().items.select('Id').filter("status eq 'Pågår'").top(2000)) count += page.length;
    expect(count).toBe(5000);

    const byId = (await actions().items.select('Id').filter('Id gt 19990')()) as { Id: number }[];
    expect(byId.map((x) => x.Id)).toEqual([19991, 19992, 19993, 19994, 19995, 19996, 19997, 19998, 19999, 20000]);
  });

  test('ordering a large list needs an indexed column', async () => {
    await throttled(actions().items.orderBy('progressPercent').top(10)());
    const byDue = (await actions().items.select('Id', 'dueDate').orderBy('dueDate', false).top(3)()) as { Id: number; dueDate: string }[];
    const want = seeds
      .map((s, i) => ({ id: i + 1, d: s.dueDate }))
      .sort((a, b) => (a.d === b.d ? a.id - b.id : a.d < b.d ? 1 : -1))
      .slice(0, 3);
    expect(byDue.map((x) => [x.Id, x.dueDate])).toEqual(want.map((x) => [x.id, x.d]));
  });

  test('the service keeps answering after throttled queries', async () => {
    const res = await raw(svc, `_api/web/lists/getByTitle('Actions')/items?$filter=${encodeURIComponent('progressPercent gt 1')}`);
    expect(res.status).toBe(500);
    expect((await actions().items.select('Id').top(1)()).length).toBe(1);
  });
});
