import type { SPFI } from '@pnp/sp';
import { plans } from '../../../shared/lists';
import { runBatched } from '../../../teams-app/src/data/bulk';
import { encodeValues } from '../../../teams-app/src/data/item-codec';
import { listRef } from '../../../teams-app/src/data/list-ref';
import { createRepository } from '../../../teams-app/src/data/repository';
import { createSp } from '../../../teams-app/src/data/sp';
import { provisionSite } from '../../../teams-app/src/provisioning/provision-site';
import { FAST_RETRY, startLocalSite, type LocalSite } from '../provisioning/local-site';
import { startProxy, type Proxy } from './http-proxy';

let site: LocalSite;
let proxy: Proxy;
let sp: SPFI;
let docId: number;

beforeAll(async () => {
  site = await startLocalSite();
  const direct = site.spAs(site.manager);
  await provisionSite(direct);
  const doc = (await listRef(direct, { name: 'SourceDocuments' }).items.add({ Title: 'Dok', externalId: 'DOK-1', docType: 'VP' })) as { Id: number };
  docId = doc.Id;
  proxy = await startProxy(site.service.url);
  sp = createSp({ siteUrl: `${proxy.url}/sites/amn`, auth: { token: site.manager.token }, retry: FAST_RETRY });
});
afterAll(async () => {
  await proxy.close();
  await site.close();
});

describe('runBatched', () => {
  test('writes go out as $batch requests of the given size, at most `concurrency` in flight', async () => {
    proxy.requests.length = 0;
    proxy.delayMs = 40;
    const ops = Array.from({ length: 45 }, (_, i) => (b: SPFI) =>
      listRef(b, plans).items.add(encodeValues(plans, { Title: `Plan ${i}`, externalId: `P-${i}`, planType: 'Handlingsplan VBE', sourceDocumentId: docId })) as Promise<unknown>,
    );
    const results = await runBatched(sp, ops, { batchSize: 10, concurrency: 2 });
    proxy.delayMs = 0;
    expect(results.every((r) => r.status === 'fulfilled')).toBe(true);
    expect(proxy.requests.map((r) => r.path.split('?')[0])).toEqual(Array(5).fill('/sites/amn/_api/$batch'));
    expect(proxy.maxInFlight()).toBe(2);
    expect(await createRepository(site.spAs(site.manager), plans).list()).toHaveLength(45);
  });

  test('a failing part is reported on its own, and every result says truthfully whether it was stored', async () => {
    const ops = ['ok-1', 'P-0', 'ok-2'].map((id) => (b: SPFI) =>
      listRef(b, plans).items.add(encodeValues(plans, { Title: id, externalId: id, planType: 'Handlingsplan VBE', sourceDocumentId: docId })) as Promise<unknown>,
    );
    const results = await runBatched(sp, ops);
    expect((results[1] as PromiseRejectedResult).reason).toMatchObject({ status: 409 });
    // SharePoint Online runs a changeset's parts one by one; the local service keeps a changeset
    // atomic. Either way each part's result must say truthfully whether it was stored.
    const stored = await createRepository(site.spAs(site.manager), plans).list({ where: (f) => f.oneOf('externalId', ['ok-1', 'ok-2']) });
    for (const [i, id] of [[0, 'ok-1'], [2, 'ok-2']] as const) {
      expect([id, results[i]!.status]).toEqual([id, stored.some((p) => p.externalId === id) ? 'fulfilled' : 'rejected']);
    }
  });

  test('when the $batch itself fails, every part is reported failed (none hangs)', async () => {
    proxy.intercept = () => ({ status: 500, body: '{}' });
    const ops = [1, 2].map((i) => (b: SPFI) => listRef(b, plans).items.add({ Title: `x${i}` }) as Promise<unknown>);
    const results = await runBatched(sp, ops);
    proxy.intercept = undefined;
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
  });
});
