// Found by test/fuzz/targets/card-submit.ts: the item version a status card carries (`etag` in
// its data) went unchecked into the If-Match header. A tampered or garbled one ('Ā', '*', 'x')
// ended in the bot's generic error card — fetch cannot send 'Ā' in a header, and the repository
// refuses '*' — instead of the form again with a reason. postStatus now refuses it up front.
import type { NamndUser } from '../../../shared/lists';
import { postStatus } from '../../../teams-app/src/data/post-status';
import { createRepositories, type ActionItem } from '../../../teams-app/src/data/repositories';
import { importSeed } from '../../../teams-app/src/provisioning/import-seed';
import { provisionSite } from '../../../teams-app/src/provisioning/provision-site';
import { loadSeed, startLocalSite, type LocalSite } from '../../teams-app/provisioning/local-site';

let site: LocalSite;
let item: ActionItem;
let manager: NamndUser;

beforeAll(async () => {
  site = await startLocalSite();
  const sp = site.spAs(site.manager);
  await provisionSite(sp);
  await importSeed(sp, loadSeed());
  item = (await createRepositories(sp).actionItems.getByExternalId('VBE2021-03'))!;
  manager = { id: site.manager.id, groups: site.manager.groups ?? [], isSiteAdmin: site.manager.isSiteAdmin === true };
});
afterAll(() => site.close());

const draft = () => ({ actionItemId: item.Id, status: 'Pågår', comment: 'Arbetet pågår.', reportingYear: 2022 });

test.each(['Ā', '*', 'x', '"1" "2"', 'W/"1\u0000"'])('a card version %p is refused with a reason in Swedish, and nothing is written', async (etag) => {
  const sp = site.spAs(site.manager);
  const before = (await createRepositories(sp).actionItems.get(item.Id))!;
  const result = await postStatus(sp, { user: manager, draft: draft(), channel: 'Teams-chatt', teamsMessageId: `etag-${encodeURIComponent(etag)}`, expectedETag: etag });
  expect(result).toMatchObject({ kind: 'invalid', problems: [{ field: 'target', sv: expect.stringContaining('version') }] });
  expect((await createRepositories(sp).actionItems.get(item.Id))!.etag).toBe(before.etag);
});

test('a real version, strong or weak, is still taken', async () => {
  const sp = site.spAs(site.manager);
  const current = (await createRepositories(sp).actionItems.get(item.Id))!;
  const result = await postStatus(sp, { user: manager, draft: draft(), channel: 'Teams-chatt', teamsMessageId: 'etag-ok', expectedETag: current.etag });
  expect(result.kind).toBe('posted');
});
