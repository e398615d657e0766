// `namndstod package` as an admin's build would run it: the built CLI in a real process, the
// repository's manifests and the built bundles, configuration from the environment or a file.
// The Teams zip is unpacked and checked (ids, URLs, validDomains) and validated again with
// office-addin-manifest on its own; the Excel manifest has production URLs only; bad or missing
// configuration is refused in Swedish and English with exit code 2 and nothing written.

import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { checkConfig } from '../../teams-app/src/tab/config';
import { assertBuiltCli, REPO, runCli } from '../excel-addin/cli/run-cli';

jest.setTimeout(90_000);

const BASE = 'https://namndstod.stadsdel.se';
const ENV = {
  NAMNDSTOD_TEAMS_APP_ID: '6d1f0a52-3c8e-4b7a-9e21-5f0c7d3a9b14',
  NAMNDSTOD_BOT_ID: '2b7e4c19-8a3d-4f60-b5e2-91c4d7a0e386',
  NAMNDSTOD_EXCEL_ADDIN_ID: 'c93a61d4-0f2b-4e8c-a7d5-3b1e9f604a27',
  NAMNDSTOD_TAB_CLIENT_ID: '8e05b3f7-6d21-4c9a-b148-d2a7f3c05e91',
  NAMNDSTOD_SITE_URL: 'https://stadsdel.sharepoint.com/sites/amn',
  NAMNDSTOD_TOKEN_EXCHANGE_URL: 'https://namndstod-api.stadsdel.se/api/sharepoint-token',
};
const CONFIG_KEYS: Record<keyof typeof ENV, string> = {
  NAMNDSTOD_TEAMS_APP_ID: 'teamsAppId',
  NAMNDSTOD_BOT_ID: 'botId',
  NAMNDSTOD_EXCEL_ADDIN_ID: 'excelAddinId',
  NAMNDSTOD_TAB_CLIENT_ID: 'tabClientId',
  NAMNDSTOD_SITE_URL: 'siteUrl',
  NAMNDSTOD_TOKEN_EXCHANGE_URL: 'tokenExchangeUrl',
};
const WEB = join(REPO, 'dist/web');
const VALIDATOR = require.resolve('office-addin-manifest/cli.js');

let dir = '';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'namndstod-package-'));
  assertBuiltCli();
  for (const surface of ['taskpane', 'tab']) {
    if (!existsSync(join(WEB, surface, 'index.html'))) throw new Error(`dist/web/${surface} is missing: run "npm run build" first (npm test does).`);
  }
  for (const file of ['manifest/teams/manifest.json', 'manifest/excel-addin.xml']) {
    if (!existsSync(join(REPO, file))) throw new Error(`${file} is missing from the repository`);
  }
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function pack(args: readonly string[], env: Record<string, string> = ENV) {
  if (!dir) throw new Error('no temporary folder');
  return runCli(['package', ...args], dir, env);
}

function validate(path: string): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [VALIDATOR, 'validate', path], { timeout: 30_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, output: `${stdout}${stderr}` });
    });
  });
}

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

function unzip(path: string): Record<string, Uint8Array> {
  return unzipSync(readFileSync(path));
}

describe('namndstod package with the configuration in the environment', () => {
  let out = '';
  let run: Awaited<ReturnType<typeof pack>>;
  beforeAll(async () => {
    out = join(dir, 'env-out');
    run = await pack(['--base-url', BASE, '--out', out]);
  });

  it('exits 0 and prints a Swedish summary naming what to upload where', () => {
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(run.stdout).toContain(`produktionspaket för ${BASE}`);
    expect(run.stdout).toContain('teams/namndstod-teams.zip');
    expect(run.stdout).toContain('Teams administrationscenter');
    expect(run.stdout).toContain('excel/manifest.xml');
    expect(run.stdout).toContain('validerad med office-addin-manifest');
    expect(run.stdout).toContain(`${BASE}/taskpane/`);
  });

  it('the Teams package holds exactly manifest.json and the two icons, as checked in', () => {
    const files = unzip(join(out, 'teams/namndstod-teams.zip'));
    expect(Object.keys(files).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
    expect(Buffer.from(files['color.png']!)).toEqual(readFileSync(join(REPO, 'manifest/teams/color.png')));
    expect(Buffer.from(files['outline.png']!)).toEqual(readFileSync(join(REPO, 'manifest/teams/outline.png')));
  });

  it('its manifest carries the ids from the environment and only URLs on the base URL', () => {
    const text = Buffer.from(unzip(join(out, 'teams/namndstod-teams.zip'))['manifest.json']!).toString('utf8');
    const manifest = JSON.parse(text);
    const checkedIn = JSON.parse(readFileSync(join(REPO, 'manifest/teams/manifest.json'), 'utf8'));
    expect(manifest.id).toBe(ENV.NAMNDSTOD_TEAMS_APP_ID);
    expect(manifest.id).not.toBe(checkedIn.id);
    for (const bot of manifest.bots ?? []) expect(bot.botId).toBe(ENV.NAMNDSTOD_BOT_ID);
    for (const extension of manifest.composeExtensions ?? []) if (extension.botId) expect(extension.botId).toBe(ENV.NAMNDSTOD_BOT_ID);
    expect(manifest.validDomains[0]).toBe('namndstod.stadsdel.se');
    expect(manifest.webApplicationInfo).toEqual({ id: ENV.NAMNDSTOD_TAB_CLIENT_ID, resource: `api://namndstod.stadsdel.se/${ENV.NAMNDSTOD_TAB_CLIENT_ID}` });
    for (const tab of manifest.staticTabs) {
      expect(tab.contentUrl).toBe(`${BASE}/tab/`);
      if (tab.websiteUrl) expect(tab.websiteUrl).toBe(`${BASE}/tab/`);
    }
    // Nothing of the checked-in stand-in server, the local run or plain http is left.
    const standIn = new URL(checkedIn.staticTabs[0].contentUrl).host;
    expect(text).not.toContain(standIn);
    expect(text).not.toMatch(/localhost|127\.0\.0\.1|http:\/\//);
    for (const url of text.match(/https?:\/\/[^"\s]+/g) ?? []) expect(url.startsWith('https://')).toBe(true);
    // Everything else is as checked in.
    expect(manifest.name).toEqual(checkedIn.name);
    expect(manifest.description).toEqual(checkedIn.description);
    expect(manifest.manifestVersion).toBe(checkedIn.manifestVersion);
  });

  it('the unpacked package passes office-addin-manifest on its own (offline, schema bundled)', async () => {
    const unpacked = join(dir, 'unpacked');
    mkdirSync(unpacked, { recursive: true });
    for (const [name, bytes] of Object.entries(unzip(join(out, 'teams/namndstod-teams.zip')))) writeFileSync(join(unpacked, name), bytes);
    const { code, output } = await validate(join(unpacked, 'manifest.json'));
    expect([code, output.trim()]).toEqual([0, '']);
  });

  it('the Excel manifest has the add-in id, https URLs on the base URL only, and the base as app domain', () => {
    const xml = readFileSync(join(out, 'excel/manifest.xml'), 'utf8');
    expect(/<Id>([^<]+)<\/Id>/.exec(xml)?.[1]).toBe(ENV.NAMNDSTOD_EXCEL_ADDIN_ID);
    const source = /<SourceLocation\s+DefaultValue="([^"]+)"/.exec(xml)?.[1];
    expect(source?.startsWith(`${BASE}/taskpane/`)).toBe(true);
    const fetched = xml.replace(/\sxmlns(?::\w+)?="[^"]*"/g, '');
    expect(fetched).not.toMatch(/localhost|127\.0\.0\.1|http:\/\//);
    for (const url of fetched.match(/https:\/\/[^"<\s]+/g) ?? []) expect(url.startsWith(BASE) || !/example\.(org|com)/.test(url)).toBe(true);
    expect(xml).toContain(`<AppDomain>${BASE}</AppDomain>`);
    // Every file the manifest makes Office load is in what gets published.
    for (const m of xml.matchAll(/<(?:SourceLocation|IconUrl|HighResolutionIconUrl|bt:Image|bt:Url)\b[^>]*DefaultValue="([^"]+)"/g)) {
      const path = m[1]!.slice(BASE.length + 1).replace(/[?#].*$/, '');
      expect(existsSync(join(out, 'web', path.endsWith('/') || path === '' ? `${path}index.html` : path))).toBe(true);
    }
  });

  it('the static files are the built bundles; the tab gets its tenant configuration and policy', () => {
    for (const surface of ['taskpane', 'tab']) {
      for (const name of readdirSync(join(WEB, surface))) {
        if (surface === 'tab' && name === 'index.html') continue;
        expect([name, sha256(join(out, 'web', surface, name))]).toEqual([name, sha256(join(WEB, surface, name))]);
      }
    }
    const tabConfig = JSON.parse(readFileSync(join(out, 'web/tab/tab-config.json'), 'utf8'));
    expect(tabConfig).toEqual({ mode: 'tenant', siteUrl: ENV.NAMNDSTOD_SITE_URL, tokenExchangeUrl: ENV.NAMNDSTOD_TOKEN_EXCHANGE_URL });
    expect(() => checkConfig(tabConfig)).not.toThrow();
    const html = readFileSync(join(out, 'web/tab/index.html'), 'utf8');
    const policy = /http-equiv=["']?Content-Security-Policy["']?\s+content="([^"]+)"/i.exec(html)?.[1] ?? '';
    const connect = policy.split(';').map((d) => d.trim()).find((d) => d.startsWith('connect-src'))?.split(/\s+/) ?? [];
    expect(connect).toEqual(expect.arrayContaining(["'self'", 'https://stadsdel.sharepoint.com', 'https://namndstod-api.stadsdel.se']));
    expect(policy).toMatch(/script-src 'self';/);
    const headers = JSON.parse(readFileSync(join(out, 'web/security-headers.json'), 'utf8'));
    expect(headers['/tab/']['Content-Security-Policy']).toMatch(/^frame-ancestors .*https:\/\/teams\.microsoft\.com/);
  });

  it('the same inputs give the same Teams package, byte for byte; a second run replaces the first', async () => {
    const first = readFileSync(join(out, 'teams/namndstod-teams.zip'));
    const again = await pack(['--base-url', BASE, '--out', out]);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('ersätter det tidigare paketet');
    expect(readFileSync(join(out, 'teams/namndstod-teams.zip'))).toEqual(first);
    expect(readdirSync(dir).filter((n) => /\.(partial|old)-\d+$/.test(n))).toEqual([]);
  });
});

describe('namndstod package with a config file', () => {
  it('reads every value from --config; the environment and --base-url override it', async () => {
    const file = join(dir, 'namndstod.config.json');
    const values = Object.fromEntries(Object.entries(ENV).map(([k, v]) => [CONFIG_KEYS[k as keyof typeof ENV], v]));
    writeFileSync(file, JSON.stringify({ ...values, baseUrl: 'https://fel.stadsdel.se', version: '1.2.3' }));
    const overriddenBot = 'f1e2d3c4-b5a6-4978-8a9b-0c1d2e3f4a5b';
    const out = join(dir, 'config-out');
    const run = await pack(['--config', file, '--base-url', BASE, '--out', out, '--lang', 'en'], { NAMNDSTOD_BOT_ID: overriddenBot });
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(run.stdout).toContain(`production package for ${BASE} (version 1.2.3)`);
    const manifest = JSON.parse(Buffer.from(unzip(join(out, 'teams/namndstod-teams.zip'))['manifest.json']!).toString('utf8'));
    expect([manifest.id, manifest.version]).toEqual([ENV.NAMNDSTOD_TEAMS_APP_ID, '1.2.3']);
    for (const bot of manifest.bots ?? []) expect(bot.botId).toBe(overriddenBot);
    expect(manifest.staticTabs[0].contentUrl.startsWith(`${BASE}/`)).toBe(true);
    expect(readFileSync(join(out, 'excel/manifest.xml'), 'utf8')).toContain('<Version>1.2.3.0</Version>');
  });
});

describe('refusals: exit 2, in Swedish and English, nothing written', () => {
  const refused = async (args: readonly string[], env: Record<string, string>, sv: RegExp, en: RegExp) => {
    const out = join(dir, `refused-${Math.random().toString(36).slice(2)}`);
    const run = await pack([...args, '--out', out], env);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(sv);
    expect(run.stderr).toMatch(en);
    expect(run.stdout).toBe('');
    expect(existsSync(out)).toBe(false);
  };

  it('when no configuration is given at all, naming every missing value', async () => {
    await refused(['--base-url', BASE], {}, /Uppgifter saknas:[\s\S]*NAMNDSTOD_TEAMS_APP_ID[\s\S]*NAMNDSTOD_BOT_ID[\s\S]*NAMNDSTOD_SITE_URL/, /Missing values:[\s\S]*NAMNDSTOD_TEAMS_APP_ID/);
  });

  it('when one required value is missing', async () => {
    const { NAMNDSTOD_SITE_URL: _omitted, ...rest } = ENV;
    await refused(['--base-url', BASE], rest, /Uppgifter saknas:\n {2}NAMNDSTOD_SITE_URL – nämndens SharePoint-webbplats\n/, /Missing values:\n {2}NAMNDSTOD_SITE_URL/);
  });

  it('when the base URL is not https', async () => {
    await refused(['--base-url', 'http://namndstod.stadsdel.se'], ENV, /måste börja med https:\/\//, /must start with https:\/\//);
  });

  it('when the base URL is this machine', async () => {
    await refused(['--base-url', 'https://localhost:3000'], ENV, /ingen publik serveradress/, /not a public server address/);
  });

  it('when an id is not a GUID', async () => {
    await refused(['--base-url', BASE], { ...ENV, NAMNDSTOD_BOT_ID: 'min-bot' }, /NAMNDSTOD_BOT_ID: 'min-bot' är inget GUID/, /NAMNDSTOD_BOT_ID: 'min-bot' is not a GUID/);
  });

  it('when the config file is not JSON or has keys it does not know', async () => {
    const broken = join(dir, 'trasig.json');
    writeFileSync(broken, '{ teamsAppId: ');
    await refused(['--config', broken, '--base-url', BASE], {}, /är inte giltig JSON/, /is not valid JSON/);
    const typo = join(dir, 'stavfel.json');
    writeFileSync(typo, JSON.stringify({ teamsAppID: ENV.NAMNDSTOD_TEAMS_APP_ID }));
    await refused(['--config', typo, '--base-url', BASE], ENV, /okända nycklar: teamsAppID/, /unknown keys: teamsAppID/);
  });

  it('when the output folder holds something else, unless --force', async () => {
    const out = join(dir, 'someone-elses');
    mkdirSync(out);
    writeFileSync(join(out, 'viktigt.txt'), 'rör ej');
    const run = await pack(['--base-url', BASE, '--out', out]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/finns redan[\s\S]*already exists/);
    expect(readdirSync(out)).toEqual(['viktigt.txt']);
  });
});

describe('a manifest that fails validation', () => {
  it('exits 1, says why, and leaves the previous package as it was', async () => {
    const manifests = join(dir, 'broken-manifests');
    cpSync(join(REPO, 'manifest'), manifests, { recursive: true });
    const teams = JSON.parse(readFileSync(join(manifests, 'teams/manifest.json'), 'utf8'));
    // The schema caps the short name at 30 characters: only office-addin-manifest knows that.
    teams.name.short = 'Nämndstöd för Arbetsmarknadsnämnden';
    writeFileSync(join(manifests, 'teams/manifest.json'), JSON.stringify(teams));
    const out = join(dir, 'kept-out');
    expect((await pack(['--base-url', BASE, '--out', out])).code).toBe(0);
    const before = readFileSync(join(out, 'teams/namndstod-teams.zip'));
    const run = await pack(['--base-url', BASE, '--out', out, '--manifests', manifests]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('office-addin-manifest rejects the Teams manifest');
    expect(run.stderr).toContain('/name/short');
    expect(run.stderr).toMatch(/inget skrevs[\s\S]*nothing was written/);
    expect(readFileSync(join(out, 'teams/namndstod-teams.zip'))).toEqual(before);
  });
});
