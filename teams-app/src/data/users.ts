// Who is acting, as authorizeWrite needs it: the site user id (what person columns hold), whether
// they are a site admin, and their SharePoint groups (MANAGER_GROUP makes them a manager).

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

function toUser(u: SiteUserJson, groups: readonly string[]): NamndUser {
  return {
    id: u.Id,
    ...(u.Title === undefined ? {} : { title: u.Title }),
    ...(u.LoginName === undefined ? {} : { loginName: u.LoginName }),
    ...(u.Email === undefined ? {} : { email: u.Email }),
    isSiteAdmin: u.IsSiteAdmin === true,
    groups,
  };
}

/** Group titles, or none where the endpoint is unavailable (the local service has no groups). */
async function groupsOf(read: () => Promise<{ Title: string }[]>): Promise<string[]> {
  try {
    return (await read()).map((g) => g.Title);
  } catch (error) {
    const status = httpStatusOf(error);
    if (status === 404 || status === 400 || status === 501) return [];
    throw error;
  }
}

/** The signed-in user of this instance's token (the tab, with the user's own token). */
export async function currentNamndUser(sp: SPFI): Promise<NamndUser> {
  const u = (await sp.web.currentUser.select('Id', 'Title', 'LoginName', 'Email', 'IsSiteAdmin')()) as SiteUserJson;
  return toUser(u, await groupsOf(() => sp.web.currentUser.groups.select('Title')() as Promise<{ Title: string }[]>));
}

/**
 * A user by login or e-mail (the chat service, which writes with an app identity and knows the
 * Teams user's UPN). `ensureUser` adds them to the site's user list if needed, as SharePoint does
 * when a person column is first given that person.
 */
export async function namndUserByLogin(sp: SPFI, login: string): Promise<NamndUser> {
  const u = (await sp.web.ensureUser(login)) as unknown as SiteUserJson;
  return toUser(u, await groupsOf(() => sp.web.getUserById(u.Id).groups.select('Title')() as Promise<{ Title: string }[]>));
}
