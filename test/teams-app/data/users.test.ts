import { isManager } from '../../../shared/lists';
import { createSp } from '../../../teams-app/src/data/sp';
import { currentNamndUser, namndUserByLogin } from '../../../teams-app/src/data/users';
import { createListService } from '../../../teams-app/src/local-sharepoint';
import { FAST_RETRY, startLocalSite, type LocalSite } from '../provisioning/local-site';

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

describe('managers by the site’s own Owners group', () => {
  // A tenant names its groups after the site and in its language: the nämnd's managers are in
  // "Arbetsmarknadsnämnden Ägare", neither site collection admins nor in a group of ours.
  const personas = [
    { token: 't-kim', login: 'kim.ek@amn.local', title: 'Kim Ek', groups: ['Arbetsmarknadsnämnden Ägare', 'Arbetsmarknadsnämnden Medlemmar'] },
    { token: 't-lo', login: 'lo.ek@amn.local', title: 'Lo Ek', groups: ['Arbetsmarknadsnämnden Medlemmar'] },
    { token: 't-vi', login: 'vi.ek@amn.local', title: 'Vi Ek', groups: ['Arbetsmarknadsnämnden Besökare'] },
  ];
  const spAs = (svc: { siteUrl: string }, token: string) => createSp({ siteUrl: svc.siteUrl, auth: { token }, retry: FAST_RETRY });

  test('the signed-in user (the tab) and a user by login (the chat service) read the same', async () => {
    const svc = await createListService({ personas });
    try {
      const kim = await currentNamndUser(spAs(svc, 't-kim'));
      expect(kim).toMatchObject({ title: 'Kim Ek', isSiteAdmin: false, isSiteOwner: true, groups: ['Arbetsmarknadsnämnden Ägare', 'Arbetsmarknadsnämnden Medlemmar'] });
      expect(isManager(kim)).toBe(true);
      const lo = await currentNamndUser(spAs(svc, 't-lo'));
      expect(lo).toMatchObject({ isSiteOwner: false, groups: ['Arbetsmarknadsnämnden Medlemmar'] });
      expect(isManager(lo)).toBe(false);
      // The chat service asks with its own identity about the Teams user.
      expect(await namndUserByLogin(spAs(svc, 't-vi'), 'kim.ek@amn.local')).toMatchObject({ id: kim.id, isSiteOwner: true });
      const vi = await namndUserByLogin(spAs(svc, 't-kim'), 'vi.ek@amn.local');
      expect(vi).toMatchObject({ isSiteOwner: false, groups: ['Arbetsmarknadsnämnden Besökare'] });
      expect(isManager(vi)).toBe(false);
    } finally {
      await svc.close();
    }
  });

  test('the local default personas: Anna is a manager by her group too, not only as site admin', async () => {
    const anna = await currentNamndUser(site.spAs(site.manager));
    expect(anna).toMatchObject({ isSiteOwner: true });
    expect(anna.groups).toContain('Nämndstöd Ägare');
    expect(isManager({ ...anna, isSiteAdmin: false })).toBe(true);
  });
});
