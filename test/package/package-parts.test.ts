// The package command's parts on their own: configuration sources and their precedence, URL
// moving under a base URL with a path, what counts as a leftover, the tab's connect-src, and the
// Teams manifest edits for a manifest with a bot, a message extension and extra domains.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { resolveConfig, type PackageConfig } from '../../excel-addin/src/cli/package-config';
import { buildExcelManifest } from '../../excel-addin/src/cli/package-excel';
import { buildTeamsPackage, pngSize } from '../../excel-addin/src/cli/package-teams';
import { leftovers, productionUrl } from '../../excel-addin/src/cli/package-urls';
import { fileForUrl, metaPolicy, withConnectSources } from '../../excel-addin/src/cli/package-web';

const REPO = join(__dirname, '../..');
const CONFIG: PackageConfig = {
  baseUrl: 'https://appar.stadsdel.se/namndstod',
  teamsAppId: '6d1f0a52-3c8e-4b7a-9e21-5f0c7d3a9b14',
  botId: '2b7e4c19-8a3d-4f60-b5e2-91c4d7a0e386',
  excelAddinId: 'c93a61d4-0f2b-4e8c-a7d5-3b1e9f604a27',
  tabClientId: '8e05b3f7-6d21-4c9a-b148-d2a7f3c05e91',
  siteUrl: 'https://stadsdel.sharepoint.com/sites/amn',
  tokenExchangeUrl: 'https://appar.stadsdel.se/namndstod/api/token',
};
const ICONS = {
  'color.png': new Uint8Array(readFileSync(join(REPO, 'manifest/teams/color.png'))),
  'outline.png': new Uint8Array(readFileSync(join(REPO, 'manifest/teams/outline.png'))),
};

describe('configuration', () => {
  const env = {
    NAMNDSTOD_TEAMS_APP_ID: CONFIG.teamsAppId,
    NAMNDSTOD_BOT_ID: CONFIG.botId,
    NAMNDSTOD_EXCEL_ADDIN_ID: CONFIG.excelAddinId,
    NAMNDSTOD_TAB_CLIENT_ID: CONFIG.tabClientId.toUpperCase(),
    NAMNDSTOD_SITE_URL: `${CONFIG.siteUrl}/`,
    NAMNDSTOD_TOKEN_EXCHANGE_URL: CONFIG.tokenExchangeUrl,
  };

  it('takes the flag over the environment, drops trailing slashes and lower-cases ids', () => {
    const r = resolveConfig({ flags: { baseUrl: `${CONFIG.baseUrl}/` }, env: { ...env, NAMNDSTOD_BASE_URL: 'https://annan.stadsdel.se' } });
    expect(r).toEqual({ ok: true, config: CONFIG });
  });

  it('refuses a nil GUID, a URL with credentials or a query, and a version that is not x.y.z — all at once', () => {
    const r = resolveConfig({
      flags: { baseUrl: 'https://user:pw@appar.stadsdel.se' },
      env: { ...env, NAMNDSTOD_BOT_ID: '00000000-0000-0000-0000-000000000000', NAMNDSTOD_SITE_URL: 'https://stadsdel.sharepoint.com/sites/amn?x=1', NAMNDSTOD_APP_VERSION: '1.0' },
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.sv.split('\n').filter((l) => l.startsWith('  '))).toHaveLength(4);
    expect(r.en).toContain("NAMNDSTOD_APP_VERSION: '1.0' must be x.y.z");
    expect(r.en).toContain('must not carry credentials');
  });

  it('refuses hosts that only exist on this machine or inside a network', () => {
    for (const base of ['https://127.0.0.1', 'https://[::1]:8443', 'https://namndstod.local', 'https://intranat']) {
      const r = resolveConfig({ flags: { baseUrl: base }, env });
      expect([base, r.ok]).toEqual([base, false]);
    }
  });
});

describe('URLs', () => {
  const standIns = new Set(['namndstod.example.org']);

  it('moves local and stand-in URLs under a base URL with a path, keeping path, query and fragment', () => {
    expect(productionUrl('https://namndstod.example.org/tab/?x=1#y', CONFIG.baseUrl, standIns)).toBe('https://appar.stadsdel.se/namndstod/tab/?x=1#y');
    expect(productionUrl('http://127.0.0.1:4282/tab/', CONFIG.baseUrl, standIns)).toBe('https://appar.stadsdel.se/namndstod/tab/');
    expect(productionUrl('https://token.botframework.com/x', CONFIG.baseUrl, standIns)).toBe('https://token.botframework.com/x');
    expect(productionUrl('inte en adress', CONFIG.baseUrl, standIns)).toBe('inte en adress');
  });

  it('finds what must not reach production, but not the base URL itself', () => {
    expect(leftovers('{"a":"http://x.se","b":"https://localhost:3000/","c":"{{TAB_URL}}","d":"https://namndstod.example.org/"}', CONFIG.baseUrl).sort()).toEqual(
      ['http://x.se', 'localhost:3000', '{{TAB_URL}}', 'namndstod.example.org'].sort(),
    );
    expect(leftovers('https://demo.example.org/tab/', 'https://demo.example.org')).toEqual([]);
  });

  it('maps a URL on the base to the file that serves it', () => {
    expect(fileForUrl(`${CONFIG.baseUrl}/tab/`, CONFIG.baseUrl, '/w')).toBe('/w/tab/index.html');
    expect(fileForUrl(`${CONFIG.baseUrl}/assets/icon-32.png?v=2`, CONFIG.baseUrl, '/w')).toBe('/w/assets/icon-32.png');
    expect(fileForUrl('https://annan.se/tab/', CONFIG.baseUrl, '/w')).toBeUndefined();
  });
});

describe("the tab page's policy", () => {
  it('reads the <meta> policy in either quoting and adds origins to connect-src once', () => {
    const html = `<meta http-equiv=Content-Security-Policy content="default-src 'self'; connect-src 'self' https://res.cdn.office.net">`;
    const policy = metaPolicy(html)!;
    expect(policy).toBe("default-src 'self'; connect-src 'self' https://res.cdn.office.net");
    expect(withConnectSources(policy, ['https://stadsdel.sharepoint.com', 'https://res.cdn.office.net'])).toBe(
      "default-src 'self'; connect-src 'self' https://res.cdn.office.net https://stadsdel.sharepoint.com",
    );
    expect(withConnectSources("default-src 'self'", ['https://x.se'])).toBe("default-src 'self'; connect-src 'self' https://x.se");
  });
});

describe('the Teams manifest edits', () => {
  const template = {
    ...JSON.parse(readFileSync(join(REPO, 'manifest/teams/manifest.json'), 'utf8')),
    bots: [{ botId: '11111111-1111-4111-8111-111111111111', scopes: ['personal'] }],
    composeExtensions: [{ botId: '11111111-1111-4111-8111-111111111111', commands: [] }],
    validDomains: ['namndstod.example.org', 'token.botframework.com', 'localhost:3978'],
  };

  it('sets the bot id everywhere, keeps real extra domains and drops stand-ins and local ones', () => {
    const pkg = buildTeamsPackage(template, ICONS, CONFIG);
    expect(pkg.problems).toEqual([]);
    expect(pkg.manifest['validDomains']).toEqual(['appar.stadsdel.se', 'token.botframework.com']);
    const inZip = JSON.parse(strFromU8(unzipSync(pkg.zip)['manifest.json']!));
    expect(inZip.bots[0].botId).toBe(CONFIG.botId);
    expect(inZip.composeExtensions[0].botId).toBe(CONFIG.botId);
    expect(inZip.staticTabs[0].contentUrl).toBe('https://appar.stadsdel.se/namndstod/tab/');
  });

  it('moves a tab whatever host it was checked in with, and names wrong icon sizes', () => {
    const pkg = buildTeamsPackage(
      { ...template, staticTabs: [{ ...template.staticTabs[0], contentUrl: 'https://annan.stadsdel.se/tab/' }] },
      { 'color.png': ICONS['outline.png'], 'outline.png': ICONS['outline.png'] },
      CONFIG,
    );
    expect(pkg.problems).toEqual(['color.png is 32×32; Teams wants 192×192']);
    expect(pkg.tabUrls).toEqual(['https://appar.stadsdel.se/namndstod/tab/']);
    expect(pngSize(new Uint8Array([1, 2, 3]))).toBeUndefined();
  });
});

describe('the Excel manifest edits', () => {
  it('moves every URL under the base, sets id and version, drops the development comments', () => {
    const xml = readFileSync(join(REPO, 'manifest/excel-addin.xml'), 'utf8');
    const m = buildExcelManifest(xml, { ...CONFIG, version: '2.1.0' });
    expect(m.problems).toEqual([]);
    expect(m.xml).toContain(`<Id>${CONFIG.excelAddinId}</Id>`);
    expect(m.xml).toContain('<Version>2.1.0.0</Version>');
    expect(m.xml).toContain('<AppDomain>https://appar.stadsdel.se</AppDomain>');
    expect(m.xml).not.toContain('<!--');
    expect(m.sourceLocation).toBe('https://appar.stadsdel.se/namndstod/taskpane/index.html');
    expect(m.resourceUrls.every((u) => u.startsWith(`${CONFIG.baseUrl}/`))).toBe(true);
  });

  it('names a resource id Office would reject', () => {
    const xml = readFileSync(join(REPO, 'manifest/excel-addin.xml'), 'utf8').replace(/Icon\.16x16/g, 'Namndstod.Ikon.Sexton.Gange.Sexton.Bildpunkter');
    expect(buildExcelManifest(xml, CONFIG).problems).toEqual([expect.stringContaining('longer than 32 characters'), expect.stringContaining('longer than 32 characters'), expect.stringContaining('longer than 32 characters')]);
  });
});
