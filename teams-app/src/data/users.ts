// Who is acting, as authorizeWrite needs it: the site user id (what person columns hold), whether
// they are a site admin, their SharePoint groups, and whether one of them is the site's associated
// Owners group (any of the three makes them a manager; see isManager).

import type { SPFI } from '@pnp/sp';
import '@pnp/sp/site-users/web';
import '@pnp/sp/site-groups/web';
import type { NamndUser } from '../../../shared/lists';
import { httpStatusOf } from './errors';

interface SiteUserJson {
  Id: number;
  Title?: string;
  LoginName?: string;
  Email?: string;
  IsSiteAdmin?: boolean;
}

interface GroupJson {
  Id?: number;
  Title?: string;
}

function toUser(u: SiteUserJson, groups: readonly GroupJson[], owners: GroupJson | undefined): NamndUser {
  return {
    id: u.Id,
    ...(u.Title === undefined ? {} : { title: u.Title }),
    ...(u.LoginName === undefined ? {} : { loginName: u.LoginName }),
    ...(u.Email === undefined ? {} : { email: u.Email }),
    isSiteAdmin: u.IsSiteAdmin === true,
    isSiteOwner: owners?.Id !== undefined && groups.some((g) => g.Id === owners.Id),
    groups: groups.flatMap((g) => (typeof g.Title === 'string' ? [g.Title] : [])),
  };
}

/**
 * Groups a site will not show (a host without the endpoints, or a person not allowed to see them)
 * count as none: that can only withhold manager rights, never grant them.
 */
async function unlessMissing<T>(read: () => Promise<T>, missing: T): Promise<T> {
  try {
    return await read();
  } catch (error) {
    const status = httpStatusOf(error);
    if (status === 404 || status === 400 || status === 403 || status === 501) return missing;
    throw error;
  }
}

const groupsOf = (read: () => Promise<unknown>) => unlessMissing(async () => (await read()) as GroupJson[], []);

/** The site's associated Owners group, found by role, so a tenant's own group name needs no configuration. */
const ownersGroupOf = (sp: SPFI) => unlessMissing<GroupJson | undefined>(async () => (await sp.web.associatedOwnerGroup.select('Id', 'Title')()) as GroupJson, undefined);

/** The signed-in user of this instance's token (the tab, with the user's own token). */
export async function currentNamndUser(sp: SPFI): Promise<NamndUser> {
  const [u, groups, owners] = await Promise.all([
    sp.web.currentUser.select('Id', 'Title', 'LoginName', 'Email', 'IsSiteAdmin')() as Promise<SiteUserJson>,
    groupsOf(() => sp.web.currentUser.groups.select('Id', 'Title')()),
    ownersGroupOf(sp),
  ]);
  return toUser(u, groups, owners);
}

/**
 * A user by login or e-mail (the chat service, which writes with an app identity and knows the
 * Teams user's UPN). `ensureUser` adds them to the site's user list if needed, as SharePoint does
 * when a person column is first given that person.
 */
export async function namndUserByLogin(sp: SPFI, login: string): Promise<NamndUser> {
  const [u, owners] = await Promise.all([sp.web.ensureUser(login) as unknown as Promise<SiteUserJson>, ownersGroupOf(sp)]);
  return toUser(u, await groupsOf(() => sp.web.getUserById(u.Id).groups.select('Id', 'Title')()), owners);
}
