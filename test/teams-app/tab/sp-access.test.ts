// Where the tab's data layer points and which token it sends, locally and against a tenant (the
// tenant's token exchange is played by a local server; Teams SSO by a fake session).

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AccessError, spAccess } from '../../../teams-app/src/tab/sp-access';
import type { TeamsSession } from '../../../teams-app/src/tab/teams-context';

function session(token: string): TeamsSession & { asked: number } {
  const s = {
    asked: 0,
    inTeams: true as const,
    theme: 'default' as const,
    locale: 'sv-SE',
    subPageId: undefined,
    userPrincipalName: 'erik.berg@amn.local',
    userDisplayName: 'Erik Berg',
    onThemeChange: () => undefined,
    getAuthToken: async () => {
      s.asked++;
      return token;
    },
  };
  return s;
}

test('local: the site on the tab’s own origin; the host’s token, or the picked persona’s', async () => {
  const config = { mode: 'local' as const, sitePath: '/sites/amn' };
  const inHost = spAccess(config, { kind: 'host', session: session('local-erik') }, 'http://127.0.0.1:4321');
  expect(inHost.siteUrl).toBe('http://127.0.0.1:4321/sites/amn');
  await expect(inHost.getToken()).resolves.toBe('local-erik');
  await expect(spAccess(config, { kind: 'local-persona', token: 'local-sara' }, 'http://127.0.0.1:4321').getToken()).resolves.toBe('local-sara');
});

describe('tenant', () => {
  let server: Server;
  let url: string;
  const calls: string[] = [];
  let answer: { status: number; body: unknown } = { status: 200, body: {} };

  beforeAll(async () => {
    server = createServer((req, res) => {
      calls.push(req.headers.authorization ?? '');
      res.writeHead(answer.status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(answer.body));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/sharepoint-token`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  test('the Teams SSO token is exchanged for a SharePoint token, which is reused until shortly before it expires', async () => {
    answer = { status: 200, body: { accessToken: 'sp-token-1', expiresOn: Math.floor(Date.now() / 1000) + 3600 } };
    const teams = session('sso-token');
    const access = spAccess(
      { mode: 'tenant', siteUrl: 'https://stockholm.sharepoint.com/sites/amn', tokenExchangeUrl: url },
      { kind: 'host', session: teams },
      'https://namndstod.example.org',
    );
    expect(access.siteUrl).toBe('https://stockholm.sharepoint.com/sites/amn');
    await expect(access.getToken()).resolves.toBe('sp-token-1');
    await expect(access.getToken()).resolves.toBe('sp-token-1');
    expect(calls.splice(0)).toEqual(['Bearer sso-token']);
    expect(teams.asked).toBe(1);
  });

  test('a refused exchange is an AccessError with Swedish and English text', async () => {
    answer = { status: 401, body: { error: 'invalid_grant' } };
    const access = spAccess({ mode: 'tenant', siteUrl: 'https://x.sharepoint.com/sites/amn', tokenExchangeUrl: url }, { kind: 'host', session: session('sso') }, 'https://a');
    const error = await access.getToken().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AccessError);
    expect(error).toMatchObject({ sv: 'Inloggningen mot SharePoint misslyckades.', en: 'Signing in to SharePoint failed (HTTP 401).' });
  });

  test('outside Teams there is no SSO to exchange: open the tab in Teams', () => {
    expect(() => spAccess({ mode: 'tenant', siteUrl: 'https://x', tokenExchangeUrl: url }, { kind: 'local-persona', token: 't' }, 'https://a')).toThrow(AccessError);
  });
});
