// SharePoint groups as PnPjs reads them from the local list service: a person's groups (from the
// persona config), the site's groups, and the associated Owners/Members/Visitors groups.
import '@pnp/sp/site-groups/web.js';
import type { ListService } from '../../../teams-app/src/local-sharepoint';
import { createListService } from '../../../teams-app/src/local-sharepoint';
import { pnp, raw } from './support/pnp';

interface Group {
  Id: number;
  Title: string;
  PrincipalType: number;
  LoginName: string;
  OwnerTitle: string;
}

const titles = (groups: unknown) => (groups as Group[]).map((g) => g.Title);

async function status(p: Promise<unknown>): Promise<number> {
  return p.then(
    () => 200,
    (e: { status: number }) => e.status,
  );
}

describe('groups', () => {
  let svc: ListService;
  const idOf = (login: string) => svc.personas.find((p) => p.login === login)!.id;
  beforeAll(async () => {
    svc = await createListService();
  });
  afterAll(() => svc.close());

  test('web.currentUser.groups(): the groups of the token’s persona, as SP.Group', async () => {
    const anna = (await pnp(svc, 'local-anna').web.currentUser.groups()) as Group[];
    expect(titles(anna)).toEqual(['Nämndstöd Ägare', 'Nämndstöd Medlemmar']);
    expect(anna[0]).toMatchObject({ PrincipalType: 8, LoginName: 'Nämndstöd Ägare', OwnerTitle: 'Nämndstöd Ägare' });
    expect(titles(await pnp(svc, 'local-erik').web.currentUser.groups())).toEqual(['Nämndstöd Medlemmar']);
    expect(titles(await pnp(svc, 'local-olof').web.currentUser.groups())).toEqual(['Nämndstöd Besökare']);
  });

  test('$select and $filter work on a user’s groups as on any collection', async () => {
    const selected = (await pnp(svc, 'local-anna').web.currentUser.groups.select('Title')()) as Record<string, unknown>[];
    expect(selected.map((g) => Object.keys(g).filter((k) => !k.startsWith('odata.')))).toEqual([['Title'], ['Title']]);
    const filtered = await pnp(svc, 'local-anna').web.currentUser.groups.filter("Title eq 'Nämndstöd Medlemmar'")();
    expect(titles(filtered)).toEqual(['Nämndstöd Medlemmar']);
  });

  test('another user’s groups: getUserById(n), siteUsers.getById(n), getByEmail, siteusers(n)', async () => {
    const sp = pnp(svc);
    const erik = idOf('erik.berg@amn.local');
    expect(titles(await sp.web.getUserById(erik).groups())).toEqual(['Nämndstöd Medlemmar']);
    expect(titles(await sp.web.siteUsers.getById(idOf('olof.nyman@amn.local')).groups())).toEqual(['Nämndstöd Besökare']);
    expect(titles(await sp.web.siteUsers.getByEmail('anna.lind@amn.local').groups())).toEqual(['Nämndstöd Ägare', 'Nämndstöd Medlemmar']);
    const byPath = await raw(svc, `_api/web/siteusers(${erik})/groups`);
    expect(byPath.json().value.map((g: Group) => g.Title)).toEqual(['Nämndstöd Medlemmar']);
    expect(await status(sp.web.getUserById(99_999).groups())).toBe(404);
  });

  test('the site’s groups, by id and by name; group ids never name a user', async () => {
    const sp = pnp(svc, 'local-sara');
    const all = (await sp.web.siteGroups()) as Group[];
    expect(titles(all)).toEqual(['Nämndstöd Ägare', 'Nämndstöd Medlemmar', 'Nämndstöd Besökare']);
    const userIds = new Set(svc.personas.map((p) => p.id));
    expect(all.filter((g) => userIds.has(g.Id))).toEqual([]);
    const visitors = all.find((g) => g.Title === 'Nämndstöd Besökare')!;
    expect(((await sp.web.siteGroups.getById(visitors.Id)()) as Group).Title).toBe('Nämndstöd Besökare');
    expect(((await sp.web.siteGroups.getByName('nämndstöd besökare')()) as Group).Id).toBe(visitors.Id);
    expect(await status(sp.web.siteGroups.getById(1)())).toBe(404);
    expect(await status(sp.web.siteGroups.getByName('Finns inte')())).toBe(404);
  });

  test('the associated Owners, Members and Visitors groups, found by role', async () => {
    const sp = pnp(svc, 'local-olof');
    const all = (await sp.web.siteGroups()) as Group[];
    const id = (title: string) => all.find((g) => g.Title === title)!.Id;
    expect(await sp.web.associatedOwnerGroup()).toMatchObject({ Title: 'Nämndstöd Ägare', Id: id('Nämndstöd Ägare') });
    expect(await sp.web.associatedMemberGroup()).toMatchObject({ Title: 'Nämndstöd Medlemmar', Id: id('Nämndstöd Medlemmar') });
    expect(await sp.web.associatedVisitorGroup()).toMatchObject({ Title: 'Nämndstöd Besökare', Id: id('Nämndstöd Besökare') });
  });

  test('verbose OData: d.results of SP.Group entities', async () => {
    const res = await raw(svc, '_api/web/currentuser/groups', { headers: { accept: 'application/json;odata=verbose' } });
    expect(res.status).toBe(200);
    const results = res.json().d.results as { __metadata: { type: string }; Title: string }[];
    expect(results.map((g) => [g.__metadata.type, g.Title])).toEqual([
      ['SP.Group', 'Nämndstöd Ägare'],
      ['SP.Group', 'Nämndstöd Medlemmar'],
    ]);
  });

  test('groups are read-only here: a write to them is refused, not stored', async () => {
    const res = await raw(svc, '_api/web/currentuser/groups', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"Title":"Nya ägare"}' });
    expect(res.status).toBe(405);
    expect(titles(await pnp(svc, 'local-anna').web.currentUser.groups())).toEqual(['Nämndstöd Ägare', 'Nämndstöd Medlemmar']);
  });

  test('a tenant’s own group names: a Swedish site’s "… Ägare" is its Owners group; a persona in no group has none', async () => {
    const other = await createListService({
      personas: [
        { token: 't-kim', login: 'kim.ek@amn.local', title: 'Kim Ek', groups: ['Arbetsmarknadsnämnden Ägare'] },
        { token: 't-lo', login: 'lo.ek@amn.local', title: 'Lo Ek', groups: ['Arbetsmarknadsnämnden Medlemmar', 'Rapportörer'] },
        { token: 't-ny', login: 'ny.ek@amn.local', title: 'Ny Ek' },
      ],
    });
    try {
      expect(await pnp(other, 't-ny').web.associatedOwnerGroup()).toMatchObject({ Title: 'Arbetsmarknadsnämnden Ägare' });
      expect(titles(await pnp(other, 't-ny').web.siteGroups())).toEqual(['Arbetsmarknadsnämnden Ägare', 'Arbetsmarknadsnämnden Medlemmar', 'Rapportörer']);
      expect(titles(await pnp(other, 't-lo').web.currentUser.groups())).toEqual(['Arbetsmarknadsnämnden Medlemmar', 'Rapportörer']);
      expect(await pnp(other, 't-ny').web.currentUser.groups()).toEqual([]);
      expect(await status(pnp(other, 't-ny').web.associatedVisitorGroup())).toBe(404);
    } finally {
      await other.close();
    }
  });
});
