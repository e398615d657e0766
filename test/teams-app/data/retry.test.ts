import type { SPFI } from '@pnp/sp';
import { actionItems } from '../../../shared/lists';
import { listRef } from '../../../teams-app/src/data/list-ref';
import { postStatus } from '../../../teams-app/src/data/post-status';
import { createRepositories, type Repositories } from '../../../teams-app/src/data/repositories';
import { createRepository } from '../../../teams-app/src/data/repository';
import { retryAfterMs, type RetryOptions } from '../../../teams-app/src/data/retry';
import { createSp } from '../../../teams-app/src/data/sp';
import type { ServicePersona } from '../../../teams-app/src/local-sharepoint';
import { importSeed } from '../../../teams-app/src/provisioning/import-seed';
import { provisionSite } from '../../../teams-app/src/provisioning/provision-site';
import { loadSeed, startLocalSite, type LocalSite } from '../provisioning/local-site';
import { startProxy, type Proxy } from './http-proxy';

let site: LocalSite;
let admin: Repositories;
let owner: ServicePersona;
let proxy: Proxy;
const retries: { attempt: number; status: number | 'network'; waitMs: number; method: string }[] = [];

const retry = (attempts: number, maxDelayMs = 5_000): RetryOptions => ({
  attempts,
  baseDelayMs: 5,
  maxDelayMs,
  onRetry: (r) => retries.push({ attempt: r.attempt, status: r.status, waitMs: r.waitMs, method: r.method }),
});
const viaProxy = (persona: ServicePersona, options: RetryOptions): SPFI =>
  createSp({ siteUrl: `${proxy.url}/sites/amn`, auth: { token: persona.token }, retry: options });

beforeAll(async () => {
  site = await startLocalSite();
  const sp = site.spAs(site.manager);
  await provisionSite(sp);
  await importSeed(sp, loadSeed());
  admin = createRepositories(sp);
  owner = site.members[0]!;
  proxy = await startProxy(site.service.url);
});
afterAll(async () => {
  await proxy.close();
  await site.close();
});
beforeEach(() => {
  retries.length = 0;
  proxy.intercept = undefined;
  proxy.requests.length = 0;
  site.service.setFaults({ next: 0 });
});

describe('throttling', () => {
  test('429 with Retry-After from the service: waited as told, then served', async () => {
    const sp = createSp({ siteUrl: site.service.siteUrl, auth: { token: site.manager.token }, retry: retry(3) });
    site.service.setFaults({ next: 2, status: 429, retryAfterSeconds: 1 });
    const items = await createRepository(sp, actionItems).list({ limit: 5 });
    expect(items).toHaveLength(5);
    expect(retries).toEqual([
      { attempt: 1, status: 429, waitMs: 1000, method: 'GET' },
      { attempt: 2, status: 429, waitMs: 1000, method: 'GET' },
    ]);
  });

  test('503 is retried too; past the attempt budget the 429 surfaces', async () => {
    const sp = createSp({ siteUrl: site.service.siteUrl, auth: { token: site.manager.token }, retry: retry(3) });
    site.service.setFaults({ next: 1, status: 503, retryAfterSeconds: 0 });
    expect(await createRepository(sp, actionItems).list({ limit: 1 })).toHaveLength(1);
    site.service.setFaults({ next: 3, status: 429, retryAfterSeconds: 0 });
    await expect(createRepository(sp, actionItems).list({ limit: 1 })).rejects.toMatchObject({ status: 429 });
    expect(retries.map((r) => r.status)).toEqual([503, 429, 429]);
  });

  test('a Retry-After beyond what the caller can wait is reported instead of waited for', async () => {
    const sp = createSp({ siteUrl: site.service.siteUrl, auth: { token: site.manager.token }, retry: retry(3, 2_000) });
    site.service.setFaults({ next: 1, status: 429, retryAfterSeconds: 120 });
    await expect(createRepository(sp, actionItems).list({ limit: 1 })).rejects.toThrow(/wait 120 s/);
  });

  test('a status post whose write is throttled is retried and lands exactly once', async () => {
    const target = (await admin.actionItems.getByExternalId('VBE2022-01'))!;
    await admin.actionItems.update(target.Id, { ownerPersonsId: [owner.id] }, target.etag);
    const before = (await admin.actionItems.get(target.Id))!;
    const throttledOnce = new Set<string>();
    proxy.intercept = (req) => {
      const kind = req.headers['x-http-method'] === 'MERGE' ? 'merge' : req.method === 'POST' && /\/items$/.test(req.path.split('?')[0]!) ? 'add' : undefined;
      if (!kind || throttledOnce.has(kind)) return undefined;
      throttledOnce.add(kind);
      return { status: 429, headers: { 'Retry-After': '0' }, body: '{"odata.error":{"code":"-2147024860","message":{"lang":"en-US","value":"throttled"}}}' };
    };
    const result = await postStatus(viaProxy(owner, retry(3)), {
      user: { id: owner.id, groups: owner.groups ?? [] },
      draft: { actionItemId: target.Id, status: 'Pågår', comment: 'Trots strypning.', reportingYear: 2022 },
      channel: 'Teams-chatt',
      teamsMessageId: 'throttled-1',
    });
    expect(result.kind).toBe('posted');
    expect(retries.map((r) => [r.status, r.method])).toEqual([
      [429, 'POST'],
      [429, 'POST'],
    ]);
    const rows = await admin.statusUpdates.forTarget('Åtgärd', target.Id);
    expect(rows.map((r) => r.teamsMessageId)).toEqual(['throttled-1']);
    const after = (await admin.actionItems.get(target.Id))!;
    // One write to the item: its version (the ETag) moved by exactly one.
    expect(Number(after.etag.replace(/"/g, ''))).toBe(Number(before.etag.replace(/"/g, '')) + 1);
    expect(after.latestStatusComment).toBe('Trots strypning.');
  });

  test('a POST that timed out (504) is not repeated — it may have been applied — but a GET is', async () => {
    let answered504 = 0;
    proxy.intercept = (req) => {
      if (answered504 >= 1) return undefined;
      answered504++;
      return { status: 504, body: '{}' };
    };
    const sp = viaProxy(site.manager, retry(3));
    const plan = (await admin.plans.list({ limit: 1 }))[0]!;
    await expect(
      listRef(sp, actionItems).items.add({ Title: 'x', externalId: 'T504', activityText: 'x', planId: plan.Id, planType: 'Åtagande i löptext', sourceKind: 'löptext', status: 'Ej påbörjad' }),
    ).rejects.toMatchObject({ status: 504 });
    expect(proxy.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
    expect(await admin.actionItems.getByExternalId('T504')).toBeUndefined();

    answered504 = 0;
    proxy.requests.length = 0;
    expect(await createRepository(sp, actionItems).list({ limit: 1 })).toHaveLength(1);
    expect(proxy.requests).toHaveLength(2);
  });

  test('a throttled $batch during an import is retried; the import still lands once', async () => {
    const changed = loadSeed();
    for (const r of changed.risks) r.arbetssatt = `${r.arbetssatt ?? ''} (ny)`;
    let throttled = false;
    proxy.intercept = (req) => {
      if (throttled || !req.path.includes('$batch')) return undefined;
      throttled = true;
      return { status: 429, headers: { 'Retry-After': '0' } };
    };
    const report = await importSeed(viaProxy(site.manager, retry(4)), changed);
    expect(throttled).toBe(true);
    expect(report.lists.Risks).toEqual({ created: 0, updated: 66, unchanged: 0 });
    const risks = await admin.risks.list();
    expect(risks).toHaveLength(66);
    expect(risks.every((r) => (r.arbetssatt ?? '').endsWith('(ny)'))).toBe(true);
  });

  test('Retry-After in seconds or as an HTTP date', () => {
    expect(retryAfterMs('3')).toBe(3000);
    expect(retryAfterMs(null)).toBeUndefined();
    expect(retryAfterMs('soon')).toBeUndefined();
    const now = Date.parse('Wed, 21 Oct 2026 07:28:00 GMT');
    expect(retryAfterMs('Wed, 21 Oct 2026 07:28:05 GMT', now)).toBe(5000);
    expect(retryAfterMs('Wed, 21 Oct 2026 07:27:00 GMT', now)).toBe(0);
  });
});
