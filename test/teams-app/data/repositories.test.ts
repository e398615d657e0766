import type { SPFI } from '@pnp/sp';
import { actionItems, type ListItem } from '../../../shared/lists';
import { createRepositories, type Repositories } from '../../../teams-app/src/data/repositories';
import { ConcurrencyError } from '../../../teams-app/src/data/repository';
import { importSeed } from '../../../teams-app/src/provisioning/import-seed';
import { provisionSite } from '../../../teams-app/src/provisioning/provision-site';
import { loadSeed, startLocalSite, type LocalSite } from '../provisioning/local-site';

let site: LocalSite;
let sp: SPFI;
let repos: Repositories;
let all: ListItem<typeof actionItems>[];
const seed = loadSeed();

beforeAll(async () => {
  site = await startLocalSite();
  sp = site.spAs(site.manager);
  await provisionSite(sp);
  await importSeed(sp, seed);
  repos = createRepositories(sp);
  all = await repos.actionItems.list();
});
afterAll(() => site.close());

const ids = (items: readonly { externalId: string }[]) => items.map((i) => i.externalId).sort();

describe('repositories read through the OData builder', () => {
  test('list returns every item, typed (dates as calendar dates, multi values as arrays)', () => {
    expect(all).toHaveLength(99);
    const a = all.find((i) => i.externalId === 'VBE2022-06')!;
    expect(a).toMatchObject({ dueDate: '2022-12-31', startDate: '2022-09-01', followUpPoints: ['VB'], ownerPersonsId: [], status: 'Ej påbörjad' });
    expect(a.etag).toMatch(/^"\d+"$/);
  });

  test('paging: the async iterator follows SharePoint’s next links', async () => {
    const sizes: number[] = [];
    const seen: string[] = [];
    for await (const page of repos.actionItems.pages({ pageSize: 20, orderBy: [['Id', 'asc']] })) {
      sizes.push(page.length);
      seen.push(...page.map((i) => i.externalId));
    }
    expect(sizes).toEqual([20, 20, 20, 20, 19]);
    expect(new Set(seen).size).toBe(99);
    expect(await repos.actionItems.list({ pageSize: 7, limit: 10 })).toHaveLength(10);
  });

  test('eq on a choice, oneOf, ne and not', async () => {
    const krim = await repos.actionItems.list({ where: (f) => f.eq('planType', 'Lokal handlingsplan kriminalitet') });
    expect(ids(krim)).toEqual(ids(seed.actionItems.filter((a) => a.planType === 'Lokal handlingsplan kriminalitet').map((a) => ({ externalId: a.id }))));
    const two = await repos.actionItems.list({ where: (f) => f.oneOf('planType', ['Kompetensförsörjningsplan', 'Baskrav informationssäkerhet']) });
    expect(two).toHaveLength(11 + 7);
    const notKf = await repos.actionItems.list({ where: (f) => f.not(f.eq('planType', 'KF-budgetuppdrag')) });
    const ne = await repos.actionItems.list({ where: (f) => f.ne('planType', 'KF-budgetuppdrag') });
    expect(ids(notKf)).toEqual(ids(ne));
    expect(ne).toHaveLength(99 - 20);
  });

  test('dates: between (inclusive), lt/gt and isNull, with and/or', async () => {
    const due2022 = await repos.actionItems.dueBetween({ from: '2022-01-01', to: '2022-12-31' });
    expect(ids(due2022)).toEqual(ids(all.filter((i) => i.dueDate !== null && i.dueDate >= '2022-01-01' && i.dueDate <= '2022-12-31')));
    expect(due2022.length).toBeGreaterThan(0);
    const exactlyEnd = await repos.actionItems.list({ where: (f) => f.eq('dueDate', '2022-12-31') });
    expect(ids(exactlyEnd)).toEqual(ids(all.filter((i) => i.dueDate === '2022-12-31')));
    const noDue = await repos.actionItems.list({ where: (f) => f.isNull('dueDate') });
    expect(noDue).toHaveLength(seed.actionItems.filter((a) => a.dueDate === null).length);
    const either = await repos.actionItems.list({ where: (f) => f.or(f.lt('dueDate', '2020-01-01'), f.gt('dueDate', '2022-06-30')) });
    expect(ids(either)).toEqual(ids(all.filter((i) => i.dueDate !== null && (i.dueDate < '2020-01-01' || i.dueDate > '2022-06-30'))));
  });

  test('numbers and booleans', async () => {
    const y2021 = await repos.actionItems.list({ where: (f) => f.and(f.eq('planYear', 2021), f.eq('followUpInferred', false)) });
    expect(ids(y2021)).toEqual(ids(all.filter((i) => i.planYear === 2021 && i.followUpInferred === false)));
    const high = await repos.risks.withRiskValueAtLeast(12, 2022);
    expect(high.length).toBe(seed.risks.filter((r) => (r.riskvarde ?? 0) >= 12).length);
    expect(await repos.controls.forYear(2019)).toHaveLength(17);
  });

  test('lookups by id: action items in a plan, controls for a risk', async () => {
    const vbe2021 = (await repos.plans.list({ where: (f) => f.eq('Title', 'Handlingsplan mot våldsbejakande extremism 2021') }))[0]!;
    const inPlan = await repos.actionItems.inPlan(vbe2021.Id);
    expect(ids(inPlan)).toEqual(ids(seed.actionItems.filter((a) => a.plan === vbe2021.Title).map((a) => ({ externalId: a.id }))));
    const risk = (await repos.risks.getByExternalId('VOR-2022-06'))!;
    expect(ids(await repos.controls.forRisk(risk.Id))).toEqual(['IKP-2022-01']);
    expect(await repos.plans.forYear(2019)).toHaveLength(seed.plans.filter((p) => p.year === 2019).length);
  });

  test('people: items a person is responsible for (multi-person column)', async () => {
    const erik = site.members[0]!;
    const [a, b] = all.filter((i) => i.planType === 'Handlingsplan VBE');
    for (const item of [a!, b!]) await repos.actionItems.update(item.Id, { ownerPersonsId: [erik.id, site.manager.id] }, item.etag);
    expect(ids(await repos.actionItems.ownedBy(erik.id))).toEqual(ids([a!, b!]));
    expect(await repos.actionItems.ownedBy(9999)).toEqual([]);
  });

  test('text: startswith, substring search, and text that tries to break out of its quotes', async () => {
    const vbe = await repos.actionItems.list({ where: (f) => f.startsWith('externalId', 'VBE2021-') });
    expect(ids(vbe)).toEqual(ids(seed.actionItems.filter((a) => a.id.startsWith('VBE2021-')).map((a) => ({ externalId: a.id }))));
    const search = await repos.actionItems.search('feriejobb');
    expect(search.length).toBeGreaterThan(0);
    for (const i of search) expect(i.Title.toLowerCase()).toContain('feriejobb');

    const plan = (await repos.plans.list({ limit: 1 }))[0]!;
    const tricky = ["O'Brien", "x' or 1 eq 1 or Title eq '", "'); drop table; --", "Åsa ''dubbel'' Öberg"];
    for (const [n, text] of tricky.entries()) {
      await repos.actionItems.add({
        Title: text,
        externalId: `TEST-${n}`,
        activityText: text,
        planId: plan.Id,
        planType: 'Åtagande i löptext',
        sourceKind: 'löptext',
        status: 'Ej påbörjad',
        ownerText: text,
      });
    }
    for (const text of tricky) {
      const found = await repos.actionItems.list({ where: (f) => f.eq('Title', text) });
      expect(found.map((i) => i.Title)).toEqual([text]);
      const viaOwner = await repos.actionItems.list({ where: (f) => f.substringOf('ownerText', text) });
      expect(viaOwner.map((i) => i.ownerText)).toEqual([text]);
    }
    expect(await repos.actionItems.list({ where: (f) => f.eq('Title', "x' or 1 eq 1 or Title eq 'y") })).toEqual([]);
  });

  test('get by id carries the ETag; a stale ETag is refused; "*" is never sent', async () => {
    const item = (await repos.actionItems.getByExternalId('KRIM2021-01')) ?? all[0]!;
    const fresh = (await repos.actionItems.get(item.Id))!;
    expect(fresh.etag).toMatch(/^"\d+"$/);
    const { etag } = await repos.actionItems.update(item.Id, { latestStatusComment: 'första' }, fresh.etag);
    expect(etag).not.toBe(fresh.etag);
    await expect(repos.actionItems.update(item.Id, { latestStatusComment: 'andra' }, fresh.etag)).rejects.toMatchObject({ status: 412 });
    await expect(repos.actionItems.update(item.Id, { latestStatusComment: 'tredje' }, '*')).rejects.toBeInstanceOf(ConcurrencyError);
    expect((await repos.actionItems.get(item.Id))!.latestStatusComment).toBe('första');
    expect(await repos.actionItems.get(987654)).toBeUndefined();
  });

  test('status updates for a target, newest first', async () => {
    expect(await repos.statusUpdates.forTarget('Åtgärd', all[0]!.Id)).toEqual([]);
    await expect(repos.actionItems.list({ where: (f) => f.eq('activityText' as never, 'x') })).rejects.toThrow(/multi-line/);
  });
});
