import { InjectHeaders } from '@pnp/queryable';
import type { SPFI } from '@pnp/sp';
import type { NamndUser } from '../../../shared/lists';
import { postStatus, type PostStatusResult } from '../../../teams-app/src/data/post-status';
import { createRepositories, type ActionItem, type Repositories } from '../../../teams-app/src/data/repositories';
import { listRef } from '../../../teams-app/src/data/list-ref';
import { actionItems } from '../../../shared/lists';
import { importSeed } from '../../../teams-app/src/provisioning/import-seed';
import { provisionSite } from '../../../teams-app/src/provisioning/provision-site';
import type { ServicePersona } from '../../../teams-app/src/local-sharepoint';
import { loadSeed, startLocalSite, type LocalSite } from '../provisioning/local-site';

let site: LocalSite;
let admin: Repositories;
let owner: ServicePersona;
let other: ServicePersona;
let ownerSp: SPFI;
let otherSp: SPFI;
let item: ActionItem;

const asUser = (p: ServicePersona): NamndUser => ({ id: p.id, title: p.title, loginName: p.login, groups: p.groups ?? [], isSiteAdmin: p.isSiteAdmin === true });
const at = new Date('2022-09-01T08:30:00Z');

async function rowsFor(id: number) {
  return admin.statusUpdates.forTarget('Åtgärd', id);
}

beforeAll(async () => {
  site = await startLocalSite();
  const managerSp = site.spAs(site.manager);
  await provisionSite(managerSp);
  await importSeed(managerSp, loadSeed());
  admin = createRepositories(managerSp);
  [owner, other] = site.members as [ServicePersona, ServicePersona];
  ownerSp = site.spAs(owner);
  otherSp = site.spAs(other);
  // The seed's people are not local personas, so the manager assigns one, as in the tab.
  const target = (await admin.actionItems.getByExternalId('VBE2021-03'))!;
  await admin.actionItems.update(target.Id, { ownerPersonsId: [owner.id] }, target.etag);
  item = (await admin.actionItems.get(target.Id))!;
});
afterAll(() => site.close());

function expectKind<K extends PostStatusResult['kind']>(r: PostStatusResult, kind: K): Extract<PostStatusResult, { kind: K }> {
  expect(r.kind).toBe(kind);
  return r as Extract<PostStatusResult, { kind: K }>;
}

describe('postStatus', () => {
  test('the owner’s post lands: one row, and the item’s status columns updated', async () => {
    const result = await postStatus(ownerSp, {
      user: asUser(owner),
      draft: { actionItemId: item.Id, status: 'Pågår', comment: '  Workshop planerad till oktober. ', reportingPoint: 'T2', reportingYear: 2022, progressPercent: 30 },
      channel: 'Teams-flik',
      expectedETag: item.etag,
      now: () => at,
    });
    const posted = expectKind(result, 'posted');
    expect(posted.statusUpdate).toMatchObject({
      Title: 'VBE2021-03 · T2 2022 · Pågår',
      targetKind: 'Åtgärd',
      actionItemId: item.Id,
      projectId: null,
      controlId: null,
      status: 'Pågår',
      comment: 'Workshop planerad till oktober.',
      reportingPoint: 'T2',
      reportingYear: 2022,
      progressPercent: 30,
      postedById: owner.id,
      postedAt: '2022-09-01T08:30:00Z',
      channel: 'Teams-flik',
      targetETag: item.etag,
    });
    const stored = (await admin.actionItems.get(item.Id))!;
    expect(stored).toMatchObject({ status: 'Pågår', latestStatusComment: 'Workshop planerad till oktober.', latestStatusAt: '2022-09-01T08:30:00Z' });
    expect(stored.etag).not.toBe(item.etag);
    expect(posted.target.etag).toBe(stored.etag);
    // Nothing but the status columns changed.
    const { etag: _a, Modified: _b, status: _c, latestStatusComment: _d, latestStatusAt: _e, ...rest } = stored;
    const { etag: _f, Modified: _g, status: _h, latestStatusComment: _i, latestStatusAt: _j, ...restBefore } = item;
    expect(rest).toEqual(restBefore);
    expect(await rowsFor(item.Id)).toHaveLength(1);
    item = stored;
  });

  test('a stale ETag gives a conflict with the other person’s current values, and writes nothing', async () => {
    const seenByOwner = item.etag;
    // Meanwhile the manager posts (managers may post on any item).
    const manager = await postStatus(site.spAs(site.manager), {
      user: asUser(site.manager),
      draft: { actionItemId: item.Id, status: 'Försenad', comment: 'Workshopen flyttas till 2023.', reportingYear: 2022 },
      channel: 'Teams-chatt',
      now: () => new Date('2022-09-02T10:00:00Z'),
    });
    expectKind(manager, 'posted');
    const rowsBefore = await rowsFor(item.Id);

    const result = await postStatus(ownerSp, {
      user: asUser(owner),
      draft: { actionItemId: item.Id, status: 'Genomförd', comment: 'Klart!', reportingYear: 2022 },
      channel: 'Teams-flik',
      expectedETag: seenByOwner,
    });
    const conflict = expectKind(result, 'conflict');
    expect(conflict.current).toMatchObject({ status: 'Försenad', latestStatusComment: 'Workshopen flyttas till 2023.', latestStatusAt: '2022-09-02T10:00:00Z' });
    expect(conflict.reason.sv).toContain('Någon annan har uppdaterat');
    expect(conflict.reason.sv).toContain('Försenad');
    expect(conflict.reason.en).toContain('Someone else updated');
    const after = (await admin.actionItems.get(item.Id))!;
    expect(after.status).toBe('Försenad');
    expect(await rowsFor(item.Id)).toEqual(rowsBefore);

    // With the fresh ETag from the conflict the owner's second attempt lands.
    const retry = await postStatus(ownerSp, {
      user: asUser(owner),
      draft: { actionItemId: item.Id, status: 'Genomförd', comment: 'Klart trots allt.', reportingYear: 2022 },
      channel: 'Teams-flik',
      expectedETag: conflict.current.etag,
    });
    expectKind(retry, 'posted');
    item = (await admin.actionItems.get(item.Id))!;
  });

  test('a non-owner is refused with the Swedish reason and nothing is written', async () => {
    const rowsBefore = await rowsFor(item.Id);
    const result = await postStatus(otherSp, {
      user: asUser(other),
      draft: { actionItemId: item.Id, status: 'Utgår', comment: 'Inte min, men ändå.', reportingYear: 2022 },
      channel: 'Teams-chatt',
      teamsMessageId: 'm-non-owner',
    });
    const forbidden = expectKind(result, 'forbidden');
    expect(forbidden.reason.sv).toBe('Du är inte ansvarig för åtgärden och får därför inte uppdatera dess status.');
    expect(forbidden.reason.en).toContain('not responsible');
    expect((await admin.actionItems.get(item.Id))!).toEqual(item);
    expect(await rowsFor(item.Id)).toEqual(rowsBefore);
    expect(await admin.statusUpdates.byTeamsMessageId('m-non-owner')).toBeUndefined();
  });

  test('the service enforces the same rule when the data layer is bypassed (403, Swedish reason)', async () => {
    const swedish = site.spAs(other).using(InjectHeaders({ 'Accept-Language': 'sv-SE' }));
    const attempt = listRef(swedish, actionItems).items.getById(item.Id).update({ status: 'Utgår' }, item.etag);
    const error = await attempt.then(
      () => undefined,
      (e: { status?: number; response?: Response }) => e,
    );
    expect(error?.status).toBe(403);
    const body = (await error!.response!.clone().json()) as { 'odata.error': { message: { value: string } } };
    expect(body['odata.error'].message.value).toContain('inte ansvarig');
    expect((await admin.actionItems.get(item.Id))!.status).toBe(item.status);
    // Nor may an owner post in someone else's name directly.
    await expect(
      listRef(ownerSp, { name: 'StatusUpdates' }).items.add({
        Title: 'x',
        externalId: 'post:forged',
        targetKind: 'Åtgärd',
        actionItemId: item.Id,
        status: 'Pågår',
        comment: 'x',
        reportingPoint: 'Löpande',
        reportingYear: 2022,
        postedById: other.id,
        postedAt: '2022-09-01T00:00:00Z',
        channel: 'Teams-flik',
      }),
    ).rejects.toMatchObject({ status: 403 });
  });

  test('a duplicate teamsMessageId writes once', async () => {
    const draft = { actionItemId: item.Id, status: 'Delvis genomförd', comment: 'Hälften klart.', reportingPoint: 'VB', reportingYear: 2022 } as const;
    const first = await postStatus(ownerSp, { user: asUser(owner), draft, channel: 'Teams-chatt', teamsMessageId: 'activity-123' });
    const posted = expectKind(first, 'posted');
    expect(posted.statusUpdate.externalId).toBe('msg:activity-123');
    const afterFirst = (await admin.actionItems.get(item.Id))!;
    const rows = await rowsFor(item.Id);

    const again = await postStatus(ownerSp, { user: asUser(owner), draft, channel: 'Teams-chatt', teamsMessageId: 'activity-123' });
    const dup = expectKind(again, 'duplicate');
    expect(dup.statusUpdate?.Id).toBe(posted.statusUpdate.Id);
    expect(dup.reason.sv).toBe('Den här statusuppdateringen är redan sparad.');
    expect(await rowsFor(item.Id)).toEqual(rows);
    expect((await admin.actionItems.get(item.Id))!.etag).toBe(afterFirst.etag);

    // Two retries racing: SharePoint's unique index on externalId lets exactly one row in.
    const racing = await Promise.all(
      [1, 2, 3].map(() => postStatus(ownerSp, { user: asUser(owner), draft: { ...draft, comment: 'Parallellt.' }, channel: 'Teams-chatt', teamsMessageId: 'activity-race' })),
    );
    expect(racing.filter((r) => r.kind === 'posted')).toHaveLength(1);
    expect(racing.filter((r) => r.kind !== 'posted').every((r) => r.kind === 'duplicate')).toBe(true);
    expect((await rowsFor(item.Id)).filter((r) => r.teamsMessageId === 'activity-race')).toHaveLength(1);
    item = (await admin.actionItems.get(item.Id))!;
  });

  test('invalid input and a missing target write nothing', async () => {
    const rowsBefore = await rowsFor(item.Id);
    const invalid = await postStatus(ownerSp, { user: asUser(owner), draft: { actionItemId: item.Id, status: 'Klar', comment: ' ', reportingYear: 2022 }, channel: 'Teams-flik' });
    expect(expectKind(invalid, 'invalid').problems.map((p) => p.field)).toEqual(['status', 'comment']);
    const missing = await postStatus(ownerSp, { user: asUser(owner), draft: { actionItemId: 99999, status: 'Pågår', comment: 'x', reportingYear: 2022 }, channel: 'Teams-flik' });
    expect(expectKind(missing, 'not-found').reason.sv).toContain('finns inte längre');
    expect(await rowsFor(item.Id)).toEqual(rowsBefore);
  });

  test('controls: genomford and resultat follow the post; Ej genomförd is allowed there', async () => {
    const control = (await admin.controls.getByExternalId('IKP-2022-01'))!;
    await admin.controls.update(control.Id, { kontrollansvarigId: owner.id }, control.etag);
    const result = await postStatus(ownerSp, {
      user: asUser(owner),
      draft: { controlId: control.Id, status: 'Ej genomförd', comment: 'Stickprovet hann inte göras.', resultat: 'Ingen kontroll är genomförd.', reportingPoint: 'T2', reportingYear: 2022 },
      channel: 'Teams-chatt',
      teamsMessageId: 'ctrl-1',
    });
    expectKind(result, 'posted');
    expect(await admin.controls.get(control.Id)).toMatchObject({ status: 'Ej genomförd', genomford: 'Ej genomförd', resultat: 'Ingen kontroll är genomförd.' });
    expect((await admin.statusUpdates.forTarget('Kontroll', control.Id)).map((r) => r.status)).toEqual(['Ej genomförd']);
  });
});
