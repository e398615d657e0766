// Web-level endpoints: the web and site, the form digest, and site users (enough for PnPjs'
// currentUser, siteUsers and ensureUser, which people columns are written with). Groups: api-groups.

import { randomBytes } from 'node:crypto';
import type { ApiResponse, Call } from './api-types';
import { queryCollection, selectProps } from './collection-query';
import { claimsLogin, upnFromLogin } from './personas';
import { readQueryOptions } from './query-options';
import { contentTypeFor } from './query-options';
import type { Arg } from './resource-path';
import { SpError, badRequest, codes, notFound } from './sp-error';
import type { SiteUser } from './store';

export function json(call: Call, status: number, body: string | Buffer, extra: Record<string, string> = {}): ApiResponse {
  return { status, headers: { 'content-type': contentTypeFor(call.format), ...extra }, body };
}

export function requireMethod(call: Call, ...allowed: string[]): void {
  if (!allowed.includes(call.req.method)) {
    throw new SpError(405, codes.invalidQuery, `The HTTP method '${call.req.method}' is not allowed on this resource; use ${allowed.join(' or ')}.`, {
      allow: allowed.join(', '),
    });
  }
}

export function webProps(call: Call): Record<string, unknown> {
  const { site } = call.ctx;
  return {
    AllowRssFeeds: false,
    Configuration: 0,
    Created: '2024-01-01T00:00:00Z',
    Description: '',
    Id: site.webId,
    Language: 1053,
    LastItemModifiedDate: call.ctx.store.lists().reduce((m, l) => (l.lastItemModified > m ? l.lastItemModified : m), '2024-01-01T00:00:00Z'),
    ServerRelativeUrl: site.path,
    Title: site.title,
    Url: site.url,
    WebTemplate: 'STS',
  };
}

export function getWeb(call: Call): ApiResponse {
  requireMethod(call, 'GET');
  const options = readQueryOptions(call.req.url.searchParams);
  return json(call, 200, call.r.single({ type: 'SP.Web', uri: 'Web' }, selectProps(webProps(call), options), 'SP.Web'));
}

export function getSite(call: Call): ApiResponse {
  requireMethod(call, 'GET');
  const { site } = call.ctx;
  const options = readQueryOptions(call.req.url.searchParams);
  const props = { Id: site.siteId, ServerRelativeUrl: site.path, Url: site.url, ReadOnly: false };
  return json(call, 200, call.r.single({ type: 'SP.Site', uri: 'Site' }, selectProps(props, options), 'SP.Site'));
}

export function contextInfo(call: Call): ApiResponse {
  requireMethod(call, 'POST');
  const { site } = call.ctx;
  const props = {
    FormDigestTimeoutSeconds: 1800,
    FormDigestValue: `0x${randomBytes(64).toString('hex').toUpperCase()},${new Date().toUTCString()}`,
    LibraryVersion: '16.0.0.0',
    SiteFullUrl: site.url,
    SupportedSchemaVersions: call.r.multi(['14.0.0.0', '15.0.0.0'], 'Edm.String'),
    WebFullUrl: site.url,
  };
  return json(call, 200, call.r.value('SP.ContextWebInformation', props, 'GetContextWebInformation'));
}

function userProps(u: SiteUser): Record<string, unknown> {
  return {
    Id: u.id,
    IsHiddenInUI: false,
    LoginName: claimsLogin(u.loginName),
    Title: u.title,
    PrincipalType: 1,
    Email: u.email,
    Expiration: '',
    IsEmailAuthenticationGuestUser: false,
    IsShareByEmailGuestUser: false,
    IsSiteAdmin: u.isSiteAdmin,
    UserId: { NameId: Buffer.from(u.loginName).toString('hex').slice(0, 16), NameIdIssuer: 'urn:federation:microsoftonline' },
    UserPrincipalName: u.loginName,
  };
}

function userResponse(call: Call, u: SiteUser): ApiResponse {
  const options = readQueryOptions(call.req.url.searchParams);
  return json(call, 200, call.r.single({ type: 'SP.User', uri: `Web/GetUserById(${u.id})` }, selectProps(userProps(u), options), 'SP.User'));
}

const userMissing = (what: string): SpError => notFound(`The user ${what} could not be found.`, codes.spException);

export function currentUser(call: Call): ApiResponse {
  requireMethod(call, 'GET');
  return userResponse(call, call.req.user);
}

export function siteUsers(call: Call): ApiResponse {
  requireMethod(call, 'GET');
  const options = readQueryOptions(call.req.url.searchParams);
  const users = call.ctx.store.users();
  const rows = queryCollection(users.map(userProps), options);
  return json(
    call,
    200,
    call.r.collection(
      rows.map((p) => call.r.entity({ type: 'SP.User', uri: `Web/GetUserById(${String(p.Id ?? '')})` }, p)),
      'SP.ApiData.Users',
    ),
  );
}

/** `getById(n)`, `getByEmail('…')`, `getByLoginName('…')`, `siteusers(@v)` and `getUserById(n)`. */
export function siteUser(call: Call, how: 'id' | 'email' | 'login', arg: Arg | undefined): ApiResponse {
  requireMethod(call, 'GET');
  return userResponse(call, findSiteUser(call, how, arg));
}

export function findSiteUser(call: Call, how: 'id' | 'email' | 'login', arg: Arg | undefined): SiteUser {
  const users = call.ctx.store.users();
  let u: SiteUser | undefined;
  if (how === 'id') {
    if (arg?.kind !== 'number') throw badRequest('The user id must be a whole number.');
    u = users.find((x) => x.id === arg.value);
    if (!u) throw userMissing(`with id ${arg.value}`);
  } else {
    if (arg?.kind !== 'string') throw badRequest(`The user ${how === 'email' ? 'e-mail' : 'login name'} must be a quoted string.`);
    const wanted = how === 'email' ? arg.value.toLowerCase() : upnFromLogin(arg.value);
    u = users.find((x) => (how === 'email' ? x.email.toLowerCase() : x.loginName.toLowerCase()) === wanted);
    if (!u) throw userMissing(`'${arg.value}'`);
  }
  return u;
}

export function ensureUser(call: Call, body: Record<string, unknown>): ApiResponse {
  requireMethod(call, 'POST');
  const logon = body.logonName;
  if (typeof logon !== 'string' || logon.trim() === '') throw badRequest("ensureuser needs {\"logonName\": \"<login or e-mail>\"}.");
  const upn = upnFromLogin(logon);
  const u = call.ctx.store.users().find((x) => x.loginName.toLowerCase() === upn || x.email.toLowerCase() === upn);
  if (!u) throw userMissing(`'${logon}'`);
  return userResponse(call, u);
}
