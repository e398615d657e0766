// Real PnPjs, configured as a browser would be (SPBrowser) plus the local bearer token, pointed at
// a running local list service.
import { InjectHeaders } from '@pnp/queryable';
import type { SPFI } from '@pnp/sp';
import { SPBrowser, spfi } from '@pnp/sp';
import '@pnp/sp/batching.js';
import '@pnp/sp/fields/index.js';
import '@pnp/sp/items/index.js';
import '@pnp/sp/lists/index.js';
import '@pnp/sp/site-users/web.js';
import '@pnp/sp/webs/index.js';
import type { ListService } from '../../../../teams-app/src/local-sharepoint';

export function pnp(service: Pick<ListService, 'siteUrl'>, token = 'local-anna', headers: Record<string, string> = {}): SPFI {
  return spfi(service.siteUrl).using(SPBrowser({ baseUrl: service.siteUrl }), InjectHeaders({ Authorization: `Bearer ${token}`, ...headers }));
}

/** A raw request with a persona token, for wire-level checks PnPjs would hide. */
export async function raw(
  service: Pick<ListService, 'siteUrl'>,
  path: string,
  init: { method?: string; headers?: Record<string, string>; body?: string; token?: string | null } = {},
): Promise<{ status: number; headers: Headers; text: string; json: () => any }> {
  const headers: Record<string, string> = { accept: 'application/json', ...init.headers };
  if (init.token !== null) headers.authorization = `Bearer ${init.token ?? 'local-anna'}`;
  const url = /^https?:/.test(path) ? path : `${service.siteUrl}/${path.replace(/^\//, '')}`;
  const res = await fetch(url, { method: init.method ?? 'GET', headers, ...(init.body !== undefined ? { body: init.body } : {}) });
  const text = await res.text();
  return { status: res.status, headers: res.headers, text, json: () => JSON.parse(text) };
}
