// The one place a PnPjs instance is made. Production (a tenant) and the local list service differ
// only in the site URL and the token; every request goes through the same behaviours.

import { combine, isUrlAbsolute, type TimelinePipe } from '@pnp/core';
import { DefaultParse, type Queryable } from '@pnp/queryable';
import { DefaultHeaders, DefaultInit, RequestDigest, spfi, type SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/fields';
import '@pnp/sp/site-users/web';
import '@pnp/sp/batching';
import { FetchWithRetry, INTERACTIVE_RETRY, type RetryOptions } from './retry';

export type SpAuth =
  /** A bearer token (a tenant access token, or a local persona token). */
  | { readonly token: string }
  /** Called before every request, so an expiring token (MSAL/NAA) is refreshed by its owner. */
  | { readonly getToken: () => Promise<string> }
  /** Same-origin cookies and a request digest: a page served from the SharePoint site itself. */
  | { readonly cookies: true }
  /** Any PnPjs auth behaviour, e.g. `MSAL(...)` from @pnp/msaljsclient or `SPFx(context)`. */
  | { readonly behavior: TimelinePipe<Queryable> };

export interface CreateSpOptions {
  readonly siteUrl: string;
  /** Shorthand for `auth: { token }`. */
  readonly token?: string;
  readonly auth?: SpAuth;
  /** Defaults to INTERACTIVE_RETRY; provisioning and import pass BULK_RETRY. */
  readonly retry?: RetryOptions;
}

function BaseUrl(siteUrl: string) {
  return (instance: Queryable) => {
    instance.on.pre.prepend(async (url: string, init: RequestInit, result: unknown) => {
      return [isUrlAbsolute(url) ? url : combine(siteUrl, url), init, result] as [string, RequestInit, unknown];
    });
    return instance;
  };
}

function Auth(auth: SpAuth) {
  return (instance: Queryable) => {
    if ('cookies' in auth) return instance.using(RequestDigest());
    if ('behavior' in auth) return instance.using(auth.behavior);
    instance.on.auth(async (url: URL, init: RequestInit) => {
      const token = 'token' in auth ? auth.token : await auth.getToken();
      init.headers = { ...(init.headers as Record<string, string>), Authorization: `Bearer ${token}` };
      return [url, init] as [URL, RequestInit];
    });
    return instance;
  };
}

/** `spfi` with SPBrowser's behaviours (headers, init, parse, base URL), our retry, and the chosen auth. */
export function createSp(options: CreateSpOptions): SPFI {
  const siteUrl = options.siteUrl.replace(/\/+$/, '');
  if (!isUrlAbsolute(siteUrl)) throw new Error(`The site URL must be absolute: '${options.siteUrl}'`);
  const auth = options.auth ?? (options.token !== undefined ? { token: options.token } : undefined);
  if (!auth) throw new Error('createSp needs a token or an auth behaviour');
  return spfi(siteUrl).using(
    DefaultHeaders(),
    DefaultInit(),
    FetchWithRetry(options.retry ?? INTERACTIVE_RETRY),
    DefaultParse(),
    Auth(auth),
    BaseUrl(siteUrl),
  );
}

