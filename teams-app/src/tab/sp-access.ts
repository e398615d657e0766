// Where the tab reads and writes the lists, and with which token — the one place that knows
// whether it runs against the tenant or the local list service. Everything after this module is
// the production data layer (teams-app/src/data) unchanged.
//
// Local (npm start, the tests): the tab server serves the tab and proxies /sites/amn/_api/… to
// the local list service from the tab's own origin, so the browser needs no CORS. The bearer token
// is the current persona's local token: inside the Teams host harness the tab asks for it with
// teams-js authentication.getAuthToken() — the same call production makes — and the harness
// answers with the persona it shows; opened as a plain page, the person picks a persona.
//
// Production needs, before this runs against the nämnd's site:
//  1. an Entra ID app registration for the tab: application ID URI api://<tab domain>/<client id>,
//     the Teams clients pre-authorised for its access_as_user scope, and the manifest's
//     webApplicationInfo naming it (Teams SSO then hands the tab a token for that app);
//  2. the delegated SharePoint permission AllSites.Write — or Sites.Selected with write granted on
//     the nämnd's site only — with admin consent;
//  3. a token exchange endpoint (tokenExchangeUrl) that swaps the SSO token for a SharePoint token
//     on behalf of the user (OAuth on-behalf-of). A browser cannot do that step: it needs the app's
//     secret or certificate, so it lives with the chat service, not in the tab.
// The site URL is the nämnd's site, e.g. https://stockholm.sharepoint.com/sites/amn.

import type { SPFI } from '@pnp/sp';
import { createSp } from '../data/sp';
import type { TabConfig } from './config';
import type { TeamsSession } from './teams-context';

export type SignIn =
  /** Inside Teams or the harness: the host hands out tokens. */
  | { readonly kind: 'host'; readonly session: TeamsSession }
  /** A plain page in local mode: a persona's local token, picked on the page. */
  | { readonly kind: 'local-persona'; readonly token: string };

export interface SpAccess {
  readonly siteUrl: string;
  readonly getToken: () => Promise<string>;
}

export class AccessError extends Error {
  constructor(
    readonly sv: string,
    readonly en: string,
  ) {
    super(en);
    this.name = 'AccessError';
  }
}

/** A SharePoint token from the exchange endpoint, reused until shortly before it expires. */
function exchangedToken(exchangeUrl: string, sso: () => Promise<string>): () => Promise<string> {
  let cached: { token: string; until: number } | undefined;
  return async () => {
    if (cached && Date.now() < cached.until) return cached.token;
    const response = await fetch(exchangeUrl, { method: 'POST', headers: { Authorization: `Bearer ${await sso()}` } });
    if (!response.ok) throw new AccessError('Inloggningen mot SharePoint misslyckades.', `Signing in to SharePoint failed (HTTP ${response.status}).`);
    const body = (await response.json()) as { accessToken?: unknown; expiresOn?: unknown };
    if (typeof body.accessToken !== 'string') throw new AccessError('Inloggningen mot SharePoint gav ingen token.', 'The token exchange returned no token.');
    const expires = typeof body.expiresOn === 'number' ? body.expiresOn * 1000 : Date.now() + 10 * 60_000;
    cached = { token: body.accessToken, until: expires - 5 * 60_000 };
    return cached.token;
  };
}

export function spAccess(config: TabConfig, signIn: SignIn, origin = window.location.origin): SpAccess {
  if (config.mode === 'local') {
    const siteUrl = `${origin}${config.sitePath ?? '/sites/amn'}`;
    if (signIn.kind === 'local-persona') return { siteUrl, getToken: async () => signIn.token };
    return { siteUrl, getToken: () => signIn.session.getAuthToken() };
  }
  if (signIn.kind !== 'host') {
    throw new AccessError('Öppna fliken i Teams för att logga in.', 'Open the tab in Teams to sign in.');
  }
  return { siteUrl: config.siteUrl!, getToken: exchangedToken(config.tokenExchangeUrl!, () => signIn.session.getAuthToken()) };
}

export function createTabSp(access: SpAccess): SPFI {
  return createSp({ siteUrl: access.siteUrl, auth: { getToken: access.getToken } });
}
