import type { NamndUser } from '../../../shared/lists';
import { postStatus, StatusLogIncompleteError } from '../../../teams-app/src/data/post-status';
import { createRepositories, type ActionItem, type Repositories } from '../../../teams-app/src/data/repositories';
import { createSp } from '../../../teams-app/src/data/sp';
import type { ServicePersona } from '../../../teams-app/src/local-sharepoint';
import { importSeed } from '../../../teams-app/src/provisioning/import-seed';
import { provisionSite } from '../../../teams-app/src/provisioning/provision-site';
import { FAST_RETRY, loadSeed, startLocalSite, type LocalSite } from '../provisioning/local-site';
import { startProxy, type Proxy } from './http-proxy';

let site: LocalSite;
let proxy: Proxy;
let admin: Repositories;
let owner: ServicePersona;
let user: NamndUser;
let item: ActionItem;

const isRowAdd = (path: string, method: string) => method === 'POST' && /\/Lists\/StatusUpdates'\)\/items$/.test(decodeURIComponent(path.split('?')[0]!));
const viaProxy = () => createSp({ siteUrl: `${proxy.url}/sites/amn`, auth: { token: owner.token }, retry: FAST_RETRY });

beforeAll(async () => {
  site = await startLocalSite();
  const sp = site.spAs(site.manager);
  await provisionSite(sp);
  await importSeed(sp, loadSeed());
  admin = createRepositories(sp);
  owner = site.members[0]!;
  user = { id: owner.id, groups: owner.groups ?? [] };
  const target = (await admin.actionItems.getByExternalId('KOMP2022-01'))!;
  await admin.actionItems.update(target.Id, { ownerPersonsId: [owner.id] }, target.etag);
  item = (await admin.actionItems.get(target.Id))!;
  proxy = await startProxy(site.service.url);
});
afterAll(async () => {
  await proxy.close();
  await site.close();
});
afterEach(() => {
  proxy.intercept = undefined;
});

describe('postStatus when SharePoint fails part-way', () => {
  test('the log row fails after the item was updated: a clear error, and sending again completes it once', async () => {
    proxy.intercept = (req) => (isRowAdd(req.path, req.method) ? { status: 500, body: '{"odata.error":{"code":"-1","message":{"lang":"en-US","value":"boom"}}}' } : undefined);
    const request = {
      user,
      draft: { actionItemId: item.Id, status: 'Pågår', comment: 'Utbildningen har startat.', reportingYear: 2022 },
      channel: 'Teams-chatt' as const,
      teamsMessageId: 'flaky-1',
      expectedETag: item.etag,
    };
    const error = await postStatus(viaProxy(), request).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(StatusLogIncompleteError);
    expect((error as StatusLogIncompleteError).reason.sv).toContain('Skicka igen');
    expect((await admin.actionItems.get(item.Id))!.status).toBe('Pågår');
    expect(await admin.statusUpdates.forTarget('Åtgärd', item.Id)).toEqual([]);

    proxy.intercept = undefined;
    const again = await postStatus(viaProxy(), request);
    expect(again.kind).toBe('posted');
    const third = await postStatus(viaProxy(), request);
    expect(third.kind).toBe('duplicate');
    expect((await admin.statusUpdates.forTarget('Åtgärd', item.Id)).map((r) => r.teamsMessageId)).toEqual(['flaky-1']);
    item = (await admin.actionItems.get(item.Id))!;
  });

  test('the tab’s resubmitted form (same clientRequestId) is recognised like a chat retry', async () => {
    const request = {
      user,
      draft: { actionItemId: item.Id, status: 'Genomförd', comment: 'Klar enligt plan.', reportingYear: 2022 },
      channel: 'Teams-flik' as const,
      clientRequestId: 'form-42',
      expectedETag: item.etag,
    };
    expect((await postStatus(viaProxy(), request)).kind).toBe('posted');
    expect((await postStatus(viaProxy(), request)).kind).toBe('duplicate');
    expect((await admin.statusUpdates.forTarget('Åtgärd', item.Id)).filter((r) => r.externalId === 'req:form-42')).toHaveLength(1);
    item = (await admin.actionItems.get(item.Id))!;
  });

  test('a refusal from SharePoint itself (403) is a forbidden result carrying its message, nothing written', async () => {
    proxy.intercept = (req) =>
      req.headers['x-http-method'] === 'MERGE'
        ? { status: 403, body: '{"odata.error":{"code":"-2147024891, System.UnauthorizedAccessException","message":{"lang":"en-US","value":"Access denied."}}}' }
        : undefined;
    const rows = await admin.statusUpdates.forTarget('Åtgärd', item.Id);
    const result = await postStatus(viaProxy(), { user, draft: { actionItemId: item.Id, status: 'Utgår', comment: 'Stryks.', reportingYear: 2022 }, channel: 'Teams-flik' });
    expect(result).toMatchObject({ kind: 'forbidden', reason: { sv: 'SharePoint nekade ändringen (Access denied.).' } });
    expect(await admin.statusUpdates.forTarget('Åtgärd', item.Id)).toEqual(rows);
    expect((await admin.actionItems.get(item.Id))!.etag).toBe(item.etag);
  });
});
