import { isManager } from '../../../shared/lists';
import { currentNamndUser, namndUserByLogin } from '../../../teams-app/src/data/users';
import { startLocalSite, type LocalSite } from '../provisioning/local-site';

let site: LocalSite;
beforeAll(async () => {
  site = await startLocalSite();
});
afterAll(() => site.close());

describe('who is acting', () => {
  test('the token’s own user, with site-admin and groups; managers are recognised', async () => {
    const me = await currentNamndUser(site.spAs(site.manager));
    expect(me).toMatchObject({ id: site.manager.id, title: site.manager.title, isSiteAdmin: true });
    expect(isManager(me)).toBe(true);
    const member = site.members[0]!;
    const them = await currentNamndUser(site.spAs(member));
    expect(them.id).toBe(member.id);
    expect(isManager(them)).toBe(false);
  });

  test('a user by login (the chat service knows the Teams user’s UPN)', async () => {
    const member = site.members[1]!;
    expect(await namndUserByLogin(site.spAs(site.manager), member.login)).toMatchObject({ id: member.id, title: member.title });
    await expect(namndUserByLogin(site.spAs(site.manager), 'nobody@amn.local')).rejects.toMatchObject({ status: 404 });
  });
});
