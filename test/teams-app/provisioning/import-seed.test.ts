import type { SPFI } from '@pnp/sp';
import { lists, type ListSchema } from '../../../shared/lists';
import { createRepository } from '../../../teams-app/src/data/repository';
import { importSeed } from '../../../teams-app/src/provisioning/import-seed';
import { provisionSite } from '../../../teams-app/src/provisioning/provision-site';
import { loadSeed, startLocalSite, type LocalSite } from './local-site';

let site: LocalSite;
let sp: SPFI;
const seed = loadSeed();
const imported = lists.filter((l) => l.name !== 'StatusUpdates');

async function snapshot(): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const schema of imported as readonly ListSchema[]) {
    out[schema.name] = (await createRepository(sp, schema).list({ orderBy: [['Id', 'asc']] })).map((item) => ({ ...item }));
  }
  return out;
}

beforeAll(async () => {
  site = await startLocalSite();
  sp = site.spAs(site.manager);
  await provisionSite(sp);
});
afterAll(() => site.close());

describe('importSeed over PnPjs against the local list service', () => {
  let first: Awaited<ReturnType<typeof importSeed>>;
  let afterFirst: Record<string, unknown[]>;

  test('imports every seed item once', async () => {
    first = await importSeed(sp, seed);
    afterFirst = await snapshot();
    expect(Object.fromEntries(Object.entries(afterFirst).map(([k, v]) => [k, v.length]))).toEqual({
      SourceDocuments: 5,
      Plans: 14,
      ActionItems: 99,
      Projects: 43,
      ProjectVersions: 82,
      Risks: 66,
      Controls: 34,
      Innovations: 9,
      Procurements: 10,
      GrantApplications: 3,
    });
    expect(first.lists.ActionItems).toEqual({ created: 99, updated: 0, unchanged: 0 });
    // The seed's people are not local personas: reported, and their person columns stay empty.
    expect(first.unresolvedPeople).toEqual(expect.arrayContaining(['Anna Sundin', 'Karin Eriksson-Bech', 'Thomas Gröndal']));
  });

  test('a second import writes nothing: same items, same contents, same ETags', async () => {
    const second = await importSeed(sp, seed);
    for (const [name, counts] of Object.entries(second.lists)) {
      expect([name, counts.created, counts.updated]).toEqual([name, 0, 0]);
    }
    expect(await snapshot()).toEqual(afterFirst);
  });

  test('values land as mapped: cut titles, full text, dates, amounts, lookups, initial status', async () => {
    const actions = createRepository(sp, lists[2]);
    const long = seed.actionItems.find((a) => a.title.length > 400)!;
    const item = (await actions.getByExternalId(long.id))!;
    expect(item.Title.length).toBeLessThanOrEqual(255);
    expect(item.Title.endsWith('…')).toBe(true);
    expect(item.activityText).toBe(long.title);
    expect(item.status).toBe('Ej påbörjad');

    const plan = (await createRepository(sp, lists[1]).get(item.planId))!;
    expect(plan.Title).toBe(long.plan);

    const versions = createRepository(sp, lists[4]);
    const v = (await versions.getByExternalId('PRJ-2020-01'))!;
    expect(v).toMatchObject({ budgetSek: 24700000, startDate: '2020-02-01', endDate: '2022-06-30', endDatePrecision: 'månad' });
    const project = (await createRepository(sp, lists[3]).get(v.projectId))!;
    expect(project.projectKey).toBe('utvecklingsplattform-kombinationsutbildningar');
    const latest = (await versions.get(project.latestVersionId!))!;
    expect(latest.externalId).toMatch(/^PRJ-2022-/);
    expect(latest.previousVersionId).not.toBeNull();

    const controls = createRepository(sp, lists[6]);
    const c = (await controls.getByExternalId('IKP-2022-01'))!;
    const risk = (await createRepository(sp, lists[5]).get(c.riskId!))!;
    expect(risk.externalId).toBe('VOR-2022-06');
  });

  test('a changed seed value is written back on the next import, and only that item changes', async () => {
    const changed = structuredClone(seed);
    changed.risks[0]!.arbetssatt = 'Ändrat arbetssätt';
    const report = await importSeed(sp, changed);
    expect(report.lists.Risks).toEqual({ created: 0, updated: 1, unchanged: 65 });
    expect(report.lists.ActionItems).toEqual({ created: 0, updated: 0, unchanged: 99 });
    const risk = (await createRepository(sp, lists[5]).getByExternalId(changed.risks[0]!.id))!;
    expect(risk.arbetssatt).toBe('Ändrat arbetssätt');
  });

  test('a status or a person someone set is not reset by a re-import', async () => {
    const actions = createRepository(sp, lists[2]);
    const item = (await actions.getByExternalId('VBE2021-03'))!;
    const person = site.members[0]!;
    await actions.update(item.Id, { status: 'Pågår', ownerPersonsId: [person.id] }, item.etag);
    const report = await importSeed(sp, seed);
    expect(report.lists.ActionItems).toEqual({ created: 0, updated: 0, unchanged: 99 });
    expect(await actions.get(item.Id)).toMatchObject({ status: 'Pågår', ownerPersonsId: [person.id] });
  });

  test('seed names that match a site user fill the person column', async () => {
    const person = site.members[1]!;
    const named = structuredClone(seed);
    const target = named.actionItems.find((a) => a.id === 'VBE2022-06')!;
    target.ownerPersons = [person.title];
    const report = await importSeed(sp, named);
    expect(report.lists.ActionItems).toEqual({ created: 0, updated: 1, unchanged: 98 });
    expect(report.unresolvedPeople).not.toContain(person.title);
    const item = (await createRepository(sp, lists[2]).getByExternalId('VBE2022-06'))!;
    expect(item.ownerPersonsId).toEqual([person.id]);
  });
});
