// Filters, ordering, paging and $expand, read through real PnPjs over HTTP; every expected result is
// computed from the seed data in plain JS, so a wrong SQL translation shows up as a different set.
import type { SPFI } from '@pnp/sp';
import type { ListService } from '../../../teams-app/src/local-sharepoint';
import { createListService } from '../../../teams-app/src/local-sharepoint';
import type { ActionSeed } from './support/lists';
import { actionSeed, provisionActions } from './support/lists';
import { pnp, raw } from './support/pnp';

const N = 240;
let svc: ListService;
let sp: SPFI;
let seeds: ActionSeed[];
let planIds: number[];
let users: { anna: number; erik: number; sara: number; olof: number };
const planTitles = ['Handlingsplan VBE 2021', 'Kompetensplan 2022', "Plan för O'Brien"];

beforeAll(async () => {
  svc = await createListService();
  sp = pnp(svc);
  ({ planIds } = await provisionActions(sp));
  const [anna, erik, sara, olof] = svc.personas.map((p) => p.id) as [number, number, number, number];
  users = { anna, erik, sara, olof };
  seeds = Array.from({ length: N }, (_, i) => actionSeed(i, planIds, [erik, sara, olof]));
  const ids = svc.seedItems('Actions', seeds);
  expect(ids).toEqual(seeds.map((_, i) => i + 1));
});
afterAll(() => svc.close());

const actions = (): ReturnType<SPFI['web']['lists']['getByTitle']> => sp.web.lists.getByTitle('Actions');

async function idsFor(filter: string): Promise<number[]> {
  const out: number[] = [];
  for await (const page of actions().items.select('Id').filter(filter).top(100)) {
    out.push(...(page as { Id: number }[]).map((x) => x.Id));
  }
  return out;
}

function expected(pred: (s: ActionSeed, id: number) => boolean): number[] {
  return seeds.flatMap((s, i) => (pred(s, i + 1) ? [i + 1] : []));
}

describe('$filter', () => {
  const cases: [string, (s: ActionSeed, id: number) => boolean][] = [
    ["status eq 'Pågår'", (s) => s.status === 'Pågår'],
    ["status eq 'PÅGÅR'", (s) => s.status === 'Pågår'],
    ["status ne 'Pågår'", (s) => s.status !== 'Pågår'],
    ['progressPercent gt 50', (s) => s.progressPercent !== null && s.progressPercent > 50],
    ['progressPercent ge 50', (s) => s.progressPercent !== null && s.progressPercent >= 50],
    ['progressPercent lt 10', (s) => s.progressPercent !== null && s.progressPercent < 10],
    ['progressPercent le 10', (s) => s.progressPercent !== null && s.progressPercent <= 10],
    ['progressPercent eq null', (s) => s.progressPercent === null],
    ['progressPercent ne null', (s) => s.progressPercent !== null],
    ['progressPercent ne 13', (s) => s.progressPercent !== 13],
    ['budget ge 500000 and budget lt 800000', (s) => s.budget >= 500000 && s.budget < 800000],
    ["dueDate ge datetime'2022-06-01T00:00:00Z'", (s) => s.dueDate >= '2022-06-01T00:00:00Z'],
    ["dueDate lt '2021-03-01T00:00:00.000Z'", (s) => s.dueDate < '2021-03-01T00:00:00Z'],
    ["dueDate eq '2021-02-02'", (s) => s.dueDate === '2021-02-02T00:00:00Z'],
    ['followUpInferred eq 1', (s) => s.followUpInferred],
    ['followUpInferred eq true', (s) => s.followUpInferred],
    ['followUpInferred eq false', (s) => !s.followUpInferred],
    ["followUpPoints eq 'T2'", (s) => s.followUpPoints.includes('T2')],
    ["followUpPoints ne 'T2'", (s) => !s.followUpPoints.includes('T2')],
    ['followUpPoints eq null', (s) => s.followUpPoints.length === 0],
    ["startswith(Title,'Åtgärd')", (s) => s.Title.startsWith('Åtgärd')],
    ["startswith(externalId, 'ACT-0001')", (s) => s.externalId.startsWith('ACT-0001')],
    ["substringof('nummer 1',Title)", (s) => s.Title.includes('nummer 1')],
    ["substringof('NUMMER 2', Title) eq false", (s) => !s.Title.includes('nummer 2')],
    ['Id le 10 or Id ge 235', (_, id) => id <= 10 || id >= 235],
    ["not (status eq 'Pågår')", (s) => s.status !== 'Pågår'],
    ["not(startswith(Title,'Å'))", (s) => !s.Title.startsWith('Å')],
    [
      "(status eq 'Pågår' or status eq 'Försenad') and progressPercent gt 30",
      (s) => (s.status === 'Pågår' || s.status === 'Försenad') && s.progressPercent !== null && s.progressPercent > 30,
    ],
    ["status eq 'Pågår' or status eq 'Försenad' and progressPercent gt 30", (s) => s.status === 'Pågår' || (s.status === 'Försenad' && (s.progressPercent ?? -1) > 30)],
    ["ownerText eq 'Ansvarig 3'", (s) => s.ownerText === 'Ansvarig 3'],
  ];
  test.each(cases)('%s', async (filter, pred) => {
    const want = expected(pred);
    expect(want.length).toBeGreaterThan(0);
    expect(want.length).toBeLessThan(N);
    expect(await idsFor(filter)).toEqual(want);
  });

  test('lookup ids by planId, plan/Id and the projected plan/Title (quote doubled)', async () => {
    const p = planIds[2]!;
    const want = expected((s) => s.planId === p);
    expect(await idsFor(`planId eq ${p}`)).toEqual(want);
    expect(await idsFor(`plan/Id eq ${p}`)).toEqual(want);
    expect(await idsFor(`plan/Title eq 'Plan för O''Brien'`)).toEqual(want);
    expect(await idsFor(`plan/Title ne 'Plan för O''Brien'`)).toEqual(expected((s) => s.planId !== p));
    expect(await idsFor(`startswith(plan/Title,'Kompetens')`)).toEqual(expected((s) => s.planId === planIds[1]));
  });

  test('people by id, projected Title/EMail, multi-person membership and Author', async () => {
    expect(await idsFor(`ownerId eq ${users.sara}`)).toEqual(expected((s) => s.ownerId === users.sara));
    expect(await idsFor(`owner/Title eq 'Erik Berg'`)).toEqual(expected((s) => s.ownerId === users.erik));
    expect(await idsFor(`owner/EMail eq 'olof.nyman@amn.local'`)).toEqual(expected((s) => s.ownerId === users.olof));
    expect(await idsFor(`ownerPersonsId eq ${users.olof}`)).toEqual(expected((s) => s.ownerPersonsId.includes(users.olof)));
    expect(await idsFor(`AuthorId eq ${users.anna} and Id le 5`)).toEqual([1, 2, 3, 4, 5]);
    expect(await idsFor(`AuthorId eq ${users.erik}`)).toEqual([]);
  });

  test("PnPjs' fluent filter builder produces filters the service understands", async () => {
    const got = (await actions()
      .items.select('Id')
      .filter((f) => f.text('status').equals('Genomförd').and().number('progressPercent').greaterThan(40))
      .top(500)()) as { Id: number }[];
    expect(got.map((x) => x.Id)).toEqual(expected((s) => s.status === 'Genomförd' && (s.progressPercent ?? -1) > 40));
    const dates = (await actions()
      .items.select('Id')
      .filter((f) => f.date('dueDate').isBetween(new Date('2021-01-01T00:00:00Z'), new Date('2021-06-30T00:00:00Z')))
      .top(500)()) as { Id: number }[];
    expect(dates.map((x) => x.Id)).toEqual(expected((s) => s.dueDate > '2021-01-01T00:00:00Z' && s.dueDate < '2021-06-30T00:00:00Z'));
  });
});

describe('$orderby and paging', () => {
  const fold = (v: string): string => v.toLowerCase();
  const cmp = (a: unknown, b: unknown): number => (a === b ? 0 : a === null ? -1 : b === null ? 1 : (a as number) < (b as number) ? -1 : 1);

  async function readAll(orderBy: [string, boolean][], top: number): Promise<number[]> {
    let q = actions().items.select('Id');
    for (const [f, asc] of orderBy) q = q.orderBy(f, asc);
    const out: number[] = [];
    for await (const page of q.top(top)) out.push(...(page as { Id: number }[]).map((x) => x.Id));
    return out;
  }

  test('several keys, mixed directions, nulls, across pages of an odd size', async () => {
    const got = await readAll(
      [
        ['status', true],
        ['progressPercent', false],
      ],
      37,
    );
    const want = seeds
      .map((s, i) => ({ s, id: i + 1 }))
      .sort((x, y) => cmp(fold(x.s.status), fold(y.s.status)) || -cmp(x.s.progressPercent, y.s.progressPercent) || x.id - y.id)
      .map((x) => x.id);
    expect(got).toEqual(want);
  });

  test('dates descending, then text ascending', async () => {
    const got = await readAll(
      [
        ['dueDate', false],
        ['Title', true],
      ],
      50,
    );
    const want = seeds
      .map((s, i) => ({ s, id: i + 1 }))
      .sort((x, y) => -cmp(x.s.dueDate, y.s.dueDate) || cmp(fold(x.s.Title), fold(y.s.Title)) || x.id - y.id)
      .map((x) => x.id);
    expect(got).toEqual(want);
  });

  test('Id descending pages with skiptoken p_ID', async () => {
    const got = await readAll([['Id', false]], 64);
    expect(got).toEqual(seeds.map((_, i) => N - i));
  });

  test('the default page is 100 items with an absolute odata.nextLink carrying $skiptoken=Paged=TRUE&p_ID=100', async () => {
    const first = await raw(svc, `_api/web/lists/getByTitle('Actions')/items?$select=Id`);
    expect(first.status).toBe(200);
    const body = first.json();
    expect(body.value).toHaveLength(100);
    const next: string = body['odata.nextLink'];
    expect(next.startsWith(svc.siteUrl)).toBe(true);
    expect(new URL(next).searchParams.get('$skiptoken')).toBe('Paged=TRUE&p_ID=100');
    const second = (await raw(svc, next)).json();
    expect(second.value[0].Id).toBe(101);
    const last = (await raw(svc, `_api/web/lists/getByTitle('Actions')/items?$select=Id&$skiptoken=${encodeURIComponent('Paged=TRUE&p_ID=200')}`)).json();
    expect(last.value.map((x: { Id: number }) => x.Id)).toEqual(Array.from({ length: 40 }, (_, i) => 201 + i));
    expect(last['odata.nextLink']).toBeUndefined();
  });

  test('items.skip(n) from PnPjs starts after item n', async () => {
    const got = (await actions().items.select('Id').skip(230).top(5)()) as { Id: number }[];
    expect(got.map((x) => x.Id)).toEqual([231, 232, 233, 234, 235]);
  });

  test('verbose paging follows d.__next', async () => {
    const out: number[] = [];
    const verbose = pnp(svc, 'local-anna', { Accept: 'application/json;odata=verbose' });
    for await (const page of verbose.web.lists.getByTitle('Actions').items.select('Id').top(90)) {
      out.push(...(page as { Id: number }[]).map((x) => x.Id));
    }
    expect(out).toEqual(seeds.map((_, i) => i + 1));
  });

  test('$top above 5000 is refused as SharePoint does', async () => {
    const res = await raw(svc, `_api/web/lists/getByTitle('Actions')/items?$top=5001`);
    expect(res.status).toBe(400);
    expect(res.json()['odata.error'].message.value).toMatch(/5000/);
  });
});

describe('$expand', () => {
  test('lookup and people columns expanded with projected properties', async () => {
    const items = (await actions()
      .items.select('Id', 'Title', 'plan/Title', 'plan/Id', 'owner/Title', 'owner/EMail', 'ownerPersons/Title', 'Author/Title')
      .expand('plan', 'owner', 'ownerPersons', 'Author')
      .filter('Id le 6')()) as {
      Id: number;
      plan: { Title: string; Id: number };
      owner: { Title: string; EMail: string };
      ownerPersons: { Title: string }[];
      Author: { Title: string };
    }[];
    expect(items).toHaveLength(6);
    const titleOf = (id: number): string => svc.personas.find((p) => p.id === id)!.title;
    for (const item of items) {
      const s = seeds[item.Id - 1]!;
      expect(item.plan.Id).toBe(s.planId);
      expect(item.plan.Title).toBe(planTitles[planIds.indexOf(s.planId)]);
      expect(item.owner.Title).toBe(titleOf(s.ownerId));
      expect(item.owner.EMail).toBe(svc.personas.find((p) => p.id === s.ownerId)!.login);
      expect(item.ownerPersons.map((p) => p.Title)).toEqual(s.ownerPersonsId.map(titleOf));
      expect(item.Author.Title).toBe('Anna Lind');
    }
  });

  test('selecting a lookup property without $expand is refused with SharePoint\'s message', async () => {
    const res = await raw(svc, `_api/web/lists/getByTitle('Actions')/items?$select=Id,plan/Title`);
    expect(res.status).toBe(400);
    expect(res.json()['odata.error'].message.value).toContain('$expand query string must contains plan');
  });

  test('unknown columns in $select, $filter and $orderby are named in a 400', async () => {
    for (const q of ['$select=Id,nope', "$filter=nope eq 'x'", '$orderby=nope']) {
      const res = await raw(svc, `_api/web/lists/getByTitle('Actions')/items?${q}`);
      expect(res.status).toBe(400);
      expect(res.json()['odata.error'].message.value).toContain('nope');
    }
  });

  test('multi-line text cannot be filtered (as on SharePoint)', async () => {
    const res = await raw(svc, `_api/web/lists/getByTitle('Actions')/items?$filter=${encodeURIComponent("activityText eq 'x'")}`);
    expect(res.status).toBe(400);
    expect(res.json()['odata.error'].message.value).toMatch(/Note/);
  });
});
