// SharePoint groups, from the personas' `groups`: the site's groups, a user's groups (what PnPjs'
// `web.currentUser.groups()` and `web.getUserById(n).groups()` read), and the site's associated
// Owners/Members/Visitors groups. As on a tenant, the associated groups are found by role, not by
// name: here the group whose name ends in "Ägare"/"Owners" is the Owners group, and so on.

import type { ApiResponse, Call } from './api-types';
import { json, requireMethod } from './api-web';
import { queryCollection, selectProps } from './collection-query';
import { readQueryOptions } from './query-options';
import type { Arg } from './resource-path';
import { badRequest, codes, notFound } from './sp-error';
import type { SiteUser } from './store';

export interface SiteGroup {
  readonly id: number;
  readonly title: string;
}

export type AssociatedRole = 'owner' | 'member' | 'visitor';

const ROLE_SUFFIX: Readonly<Record<AssociatedRole, RegExp>> = {
  owner: /\s(Ägare|Owners)$/i,
  member: /\s(Medlemmar|Members)$/i,
  visitor: /\s(Besökare|Visitors)$/i,
};

// Apart from user ids: both are principals, and an id must never name a user and a group.
const FIRST_GROUP_ID = 1001;

/** Every group some user is in: associated groups first (owners, members, visitors), then by name. */
export function siteGroups(users: readonly SiteUser[]): SiteGroup[] {
  const names = [...new Set(users.flatMap((u) => u.groups))];
  const rank = (name: string) => {
    const i = (Object.keys(ROLE_SUFFIX) as AssociatedRole[]).findIndex((r) => ROLE_SUFFIX[r].test(name));
    return i === -1 ? 3 : i;
  };
  names.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b, 'sv'));
  return names.map((title, i) => ({ id: FIRST_GROUP_ID + i, title }));
}

function groupProps(g: SiteGroup, owner: SiteGroup | undefined): Record<string, unknown> {
  return {
    Id: g.id,
    IsHiddenInUI: false,
    LoginName: g.title,
    Title: g.title,
    PrincipalType: 8,
    AllowMembersEditMembership: false,
    AllowRequestToJoinLeave: false,
    AutoAcceptRequestToJoinLeave: false,
    Description: null,
    OnlyAllowMembersViewMembership: true,
    OwnerTitle: (owner ?? g).title,
    RequestToJoinLeaveEmailSetting: null,
  };
}

function associated(groups: readonly SiteGroup[], role: AssociatedRole): SiteGroup | undefined {
  return groups.find((g) => ROLE_SUFFIX[role].test(g.title));
}

const uriOf = (g: SiteGroup) => `Web/SiteGroups/GetById(${g.id})`;

function groupList(call: Call, groups: readonly SiteGroup[]): ApiResponse {
  requireMethod(call, 'GET');
  const owner = associated(siteGroups(call.ctx.store.users()), 'owner');
  const rows = queryCollection(groups.map((g) => groupProps(g, owner)), readQueryOptions(call.req.url.searchParams));
  return json(call, 200, call.r.collection(rows.map((p) => call.r.entity({ type: 'SP.Group', uri: `Web/SiteGroups/GetById(${String(p.Id ?? '')})` }, p)), 'SP.ApiData.Groups'));
}

function groupResponse(call: Call, g: SiteGroup): ApiResponse {
  requireMethod(call, 'GET');
  const owner = associated(siteGroups(call.ctx.store.users()), 'owner');
  return json(call, 200, call.r.single({ type: 'SP.Group', uri: uriOf(g) }, selectProps(groupProps(g, owner), readQueryOptions(call.req.url.searchParams)), 'SP.Group'));
}

/** `web/sitegroups` */
export function getSiteGroups(call: Call): ApiResponse {
  return groupList(call, siteGroups(call.ctx.store.users()));
}

/** `web/currentuser/groups`, `web/getuserbyid(n)/groups`: the groups the user is in. */
export function getUserGroups(call: Call, user: SiteUser): ApiResponse {
  const mine = new Set(user.groups);
  return groupList(call, siteGroups(call.ctx.store.users()).filter((g) => mine.has(g.title)));
}

/** `web/sitegroups/getbyid(n)`, `sitegroups(n)`, `sitegroups/getbyname('…')` */
export function getSiteGroup(call: Call, how: 'id' | 'name', arg: Arg | undefined): ApiResponse {
  const groups = siteGroups(call.ctx.store.users());
  if (how === 'id') {
    if (arg?.kind !== 'number') throw badRequest('The group id must be a whole number.');
    const g = groups.find((x) => x.id === arg.value);
    if (!g) throw notFound(`Group cannot be found.`, codes.spException);
    return groupResponse(call, g);
  }
  if (arg?.kind !== 'string') throw badRequest('The group name must be a quoted string.');
  const g = groups.find((x) => x.title.toLowerCase() === arg.value.toLowerCase());
  if (!g) throw notFound(`Group cannot be found.`, codes.spException);
  return groupResponse(call, g);
}

/** `web/associatedownergroup` and its member and visitor siblings. */
export function getAssociatedGroup(call: Call, role: AssociatedRole): ApiResponse {
  const g = associated(siteGroups(call.ctx.store.users()), role);
  // A web without one answers with an empty object on a tenant; here, as its callers need, a 404.
  if (!g) throw notFound(`The site has no associated ${role} group.`, codes.spException);
  return groupResponse(call, g);
}
