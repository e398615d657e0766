import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { unzipSync } from 'fflate';
import type { Lang } from '../../../shared/locale';
import { resolveConfig, type PackageConfig } from './package-config';
import { buildExcelManifest } from './package-excel';
import { buildTeamsPackage } from './package-teams';
import { readableByOfficeTools, validateManifest, type Verdict } from './package-validate';
import { fileForUrl, missingBundles, stageWeb } from './package-web';

/**
 * `namndstod package --base-url https://…` (what `npm run package` runs after the build): what an
 * M365 admin uploads and a web server publishes — the Teams app package, the Excel add-in
 * manifest, and the static task pane and tab — written to dist/package/ only when every part is
 * built and validated (a failed run leaves the previous package untouched).
 * Exit code: 0 written, 1 a part failed validation, 2 unusable configuration or input.
 */

const MARKER = '.namndstod-package';
const TEAMS_ZIP = 'teams/namndstod-teams.zip';
const EXCEL_MANIFEST = 'excel/manifest.xml';

const USAGE: Record<Lang, string> = {
  sv: `Användning: namndstod package --base-url https://… [--config fil.json] [--out MAPP] [--force] [--lang sv|en]

Bygger det som en Microsoft 365-administratör laddar upp: Teams-appens paket (.zip), Excel-tilläggets
manifest och de statiska filerna för aktivitetsfönstret och fliken. Kör "npm run build" först (npm run
package gör det). Uppgifterna om installationen kommer från miljövariabler, flaggor eller --config:
  NAMNDSTOD_BASE_URL            där filerna publiceras, https (eller --base-url)
  NAMNDSTOD_TEAMS_APP_ID        Teams-appens id (GUID)
  NAMNDSTOD_BOT_ID              chattbottens app-id (GUID)
  NAMNDSTOD_EXCEL_ADDIN_ID      Excel-tilläggets id (GUID)
  NAMNDSTOD_TAB_CLIENT_ID       flikens inloggningsapp i Entra ID (GUID)
  NAMNDSTOD_SITE_URL            nämndens SharePoint-webbplats, https
  NAMNDSTOD_TOKEN_EXCHANGE_URL  tokenutbytet för fliken, https
  NAMNDSTOD_APP_VERSION         x.y.z (valfri; annars manifestets)
  NAMNDSTOD_PRIVACY_URL, NAMNDSTOD_TERMS_URL  stadens integritetspolicy och villkor (valfria)
  --out MAPP  vart paketet skrivs (standard dist/package)
  --force     ersätt MAPP även om den innehåller annat än ett tidigare paket
Slutkod: 0 paketet skrivet, 1 en del klarade inte valideringen, 2 oanvändbar konfiguration.
`,
  en: `Usage: namndstod package --base-url https://… [--config file.json] [--out DIR] [--force] [--lang sv|en]

Builds what a Microsoft 365 admin uploads: the Teams app package (.zip), the Excel add-in manifest,
and the static files of the task pane and the tab. Run "npm run build" first (npm run package does).
The installation's values come from environment variables, flags or --config:
  NAMNDSTOD_BASE_URL            where the files are published, https (or --base-url)
  NAMNDSTOD_TEAMS_APP_ID        the Teams app's id (GUID)
  NAMNDSTOD_BOT_ID              the chat bot's app id (GUID)
  NAMNDSTOD_EXCEL_ADDIN_ID      the Excel add-in's id (GUID)
  NAMNDSTOD_TAB_CLIENT_ID       the tab's sign-in app in Entra ID (GUID)
  NAMNDSTOD_SITE_URL            the nämnd's SharePoint site, https
  NAMNDSTOD_TOKEN_EXCHANGE_URL  the tab's token exchange, https
  NAMNDSTOD_APP_VERSION         x.y.z (optional; else the manifest's)
  NAMNDSTOD_PRIVACY_URL, NAMNDSTOD_TERMS_URL  the city's privacy statement and terms (optional)
  --out DIR   where the package is written (default dist/package)
  --force     replace DIR even if it holds something other than an earlier package
Exit code: 0 package written, 1 a part failed validation, 2 unusable configuration.
`,
};

interface Args {
  readonly baseUrl?: string;
  readonly configFile?: string;
  readonly out?: string;
  readonly manifests?: string;
  readonly web?: string;
  readonly force: boolean;
  readonly lang: Lang;
  readonly help: boolean;
}

type Said = { readonly sv: string; readonly en: string };

function parseArgs(argv: readonly string[]): Args | Said {
  let lang: Lang = 'sv';
  const values: Record<string, string> = {};
  let force = false;
  let help = false;
  const takes = new Set(['--base-url', '--config', '--out', '--manifests', '--web', '--lang']);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const eq = a.indexOf('=');
    const name = a.startsWith('--') && eq > 0 ? a.slice(0, eq) : a;
    if (takes.has(name)) {
      const v = eq > 0 && a.startsWith('--') ? a.slice(eq + 1) : argv[++i];
      if (v === undefined || v === '') return { sv: `${name} behöver ett värde.`, en: `${name} needs a value.` };
      values[name] = v;
    } else if (a === '--force') force = true;
    else if (a === '--help' || a === '-h') help = true;
    else return { sv: `Okänt argument '${a}'.`, en: `Unknown argument '${a}'.` };
  }
  if (values['--lang'] !== undefined) {
    if (values['--lang'] !== 'sv' && values['--lang'] !== 'en') return { sv: `--lang ska vara sv eller en, inte '${values['--lang']}'.`, en: `--lang must be sv or en, not '${values['--lang']}'.` };
    lang = values['--lang'];
  }
  return {
    ...(values['--base-url'] !== undefined ? { baseUrl: values['--base-url'] } : {}),
    ...(values['--config'] !== undefined ? { configFile: values['--config'] } : {}),
    ...(values['--out'] !== undefined ? { out: values['--out'] } : {}),
    ...(values['--manifests'] !== undefined ? { manifests: values['--manifests'] } : {}),
    ...(values['--web'] !== undefined ? { web: values['--web'] } : {}),
    force,
    lang,
    help,
  };
}

/** The checkout or installed package this CLI belongs to: it has package.json and manifest/. */
function packageRoot(): string {
  for (let dir = resolve(__dirname); ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'manifest'))) return dir;
    if (dirname(dir) === dir) return process.cwd();
  }
}

function refuse(said: Said, usage = false): number {
  process.stderr.write(`namndstod package: ${said.sv}\n\n${said.en}\n${usage ? `\n${USAGE.sv}` : ''}`);
  return 2;
}

function readInputs(manifests: string, web: string): { teams: unknown; icons: Record<string, Uint8Array>; excel: string } | Said {
  const missing = [join(manifests, 'teams', 'manifest.json'), join(manifests, 'excel-addin.xml')].filter((f) => !existsSync(f));
  if (missing.length) return { sv: `Manifest saknas: ${missing.join(', ')}.`, en: `Manifest missing: ${missing.join(', ')}.` };
  const bundles = missingBundles(web);
  if (bundles.length) {
    const where = bundles.map((b) => join(web, b)).join(', ');
    return { sv: `De byggda filerna saknas (${where}). Kör "npm run build" först.`, en: `The built bundles are missing (${where}). Run "npm run build" first.` };
  }
  let teams: unknown;
  try {
    teams = JSON.parse(readFileSync(join(manifests, 'teams', 'manifest.json'), 'utf8'));
  } catch (e) {
    return { sv: `manifest/teams/manifest.json är inte giltig JSON: ${(e as Error).message}`, en: `manifest/teams/manifest.json is not valid JSON: ${(e as Error).message}` };
  }
  const icons: Record<string, Uint8Array> = {};
  for (const name of readdirSync(join(manifests, 'teams'))) if (/\.png$/i.test(name)) icons[name] = readFileSync(join(manifests, 'teams', name));
  return { teams, icons, excel: readFileSync(join(manifests, 'excel-addin.xml'), 'utf8') };
}

/** Validates exactly what ships: the manifest and icons as unpacked from the zip. */
async function validateZip(zip: Uint8Array): Promise<Verdict> {
  const dir = mkdtempSync(join(tmpdir(), 'namndstod-teams-'));
  try {
    for (const [name, bytes] of Object.entries(unzipSync(zip))) writeFileSync(join(dir, name), bytes);
    return await validateManifest(join(dir, 'manifest.json'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function emptyOrOurs(out: string): boolean {
  return !existsSync(out) || readdirSync(out).length === 0 || existsSync(join(out, MARKER));
}

function kB(bytes: number): string {
  return `${Math.round(bytes / 1024).toLocaleString('sv-SE')} kB`;
}

export async function runPackage(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  if ('sv' in args) return refuse(args, true);
  if (args.help) {
    process.stdout.write(USAGE[args.lang]);
    return 0;
  }
  const lang = args.lang;
  const configured = resolveConfig({ flags: args.baseUrl !== undefined ? { baseUrl: args.baseUrl } : {}, env: process.env, ...(args.configFile !== undefined ? { configFile: args.configFile } : {}) });
  if (!configured.ok) return refuse(configured);
  const config = configured.config;

  const root = packageRoot();
  const manifests = resolve(args.manifests ?? join(root, 'manifest'));
  const web = resolve(args.web ?? join(root, 'dist', 'web'));
  const out = resolve(args.out ?? join(root, 'dist', 'package'));
  const inputs = readInputs(manifests, web);
  if ('sv' in inputs) return refuse(inputs);
  if (!emptyOrOurs(out) && !args.force) {
    return refuse({
      sv: `${out} finns redan och innehåller annat än ett paket från namndstod package. Välj en annan mapp med --out eller ersätt den med --force.`,
      en: `${out} already exists and holds something other than a package from namndstod package. Choose another folder with --out or replace it with --force.`,
    });
  }

  const stage = `${out}.partial-${process.pid}`;
  rmSync(stage, { recursive: true, force: true });
  mkdirSync(stage, { recursive: true });
  try {
    const teams = buildTeamsPackage(inputs.teams, inputs.icons, config);
    mkdirSync(join(stage, 'teams'), { recursive: true });
    writeFileSync(join(stage, TEAMS_ZIP), teams.zip);
    const excel = buildExcelManifest(inputs.excel, config);
    mkdirSync(join(stage, 'excel'), { recursive: true });
    writeFileSync(join(stage, EXCEL_MANIFEST), excel.xml);
    const site = stageWeb(web, join(stage, 'web'), config, join(manifests, 'assets'));

    const problems = [...teams.problems, ...excel.problems, ...site.problems];
    // Every page and icon the manifests send Teams and Office to must be in what gets published.
    for (const url of [...teams.tabUrls, ...excel.resourceUrls]) {
      const file = fileForUrl(url, config.baseUrl, join(stage, 'web'));
      if (file && !existsSync(file)) problems.push(`${url} is not in the package (web/${relative(join(stage, 'web'), file)})`);
    }
    const teamsVerdict = teams.problems.length ? undefined : await validateZip(teams.zip);
    const excelReadable = await readableByOfficeTools(join(stage, EXCEL_MANIFEST));
    const excelVerdict = await validateManifest(join(stage, EXCEL_MANIFEST));
    if (teamsVerdict?.kind === 'invalid') problems.push(`office-addin-manifest rejects the Teams manifest:\n${teamsVerdict.output}`);
    if (teamsVerdict?.kind === 'not-run') problems.push(`the Teams manifest could not be validated: ${teamsVerdict.reason}`);
    if (excelReadable.kind === 'invalid') problems.push(`office-addin-manifest cannot read the Excel manifest:\n${excelReadable.output}`);
    if (excelVerdict.kind === 'invalid') problems.push(`Microsoft's validation service rejects the Excel manifest:\n${excelVerdict.output}`);
    if (problems.length) {
      process.stderr.write(
        `namndstod package: paketet klarade inte kontrollerna; inget skrevs till ${out}.\n` +
          `The package failed its checks; nothing was written to ${out}.\n${problems.map((p) => `  - ${p}`).join('\n')}\n`,
      );
      return 1;
    }

    writeFileSync(join(stage, MARKER), `${JSON.stringify({ baseUrl: config.baseUrl, version: teams.manifest['version'] }, null, 2)}\n`);
    const replaced = existsSync(out);
    const old = `${out}.old-${process.pid}`;
    if (replaced) renameSync(out, old);
    mkdirSync(dirname(out), { recursive: true });
    renameSync(stage, out);
    if (replaced) rmSync(old, { recursive: true, force: true });

    process.stdout.write(summary({ config, out, replaced, lang, teams, excel, site, excelVerdict }));
    return 0;
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}

interface SummaryInput {
  readonly config: PackageConfig;
  readonly out: string;
  readonly replaced: boolean;
  readonly lang: Lang;
  readonly teams: ReturnType<typeof buildTeamsPackage>;
  readonly excel: ReturnType<typeof buildExcelManifest>;
  readonly site: ReturnType<typeof stageWeb>;
  readonly excelVerdict: Verdict;
}

function summary(s: SummaryInput): string {
  const rel = relative(process.cwd(), s.out);
  const where = rel === '' ? '.' : rel.startsWith('..') ? s.out : rel;
  const m = s.teams.manifest;
  const tabs = (Array.isArray(m['staticTabs']) ? m['staticTabs'] : []) as { contentUrl?: string }[];
  const tabUrl = tabs[0]?.contentUrl ?? '';
  const domains = (m['validDomains'] as string[]).join(', ');
  const headers = s.site.headers['/tab/']?.['Content-Security-Policy'] ?? '';
  const developer = (m['developer'] ?? {}) as Record<string, string>;
  const sv = s.lang === 'sv';
  const xmlCheck =
    s.excelVerdict.kind === 'valid'
      ? sv
        ? 'godkänt av Microsofts valideringstjänst'
        : "accepted by Microsoft's validation service"
      : sv
        ? `offline-kontroller godkända; Microsofts valideringstjänst gick inte att nå (${s.excelVerdict.kind === 'not-run' ? s.excelVerdict.reason : ''}) – kör "npx office-addin-manifest validate ${where}/${EXCEL_MANIFEST}" på en dator med internet`
        : `offline checks passed; Microsoft's validation service could not be reached (${s.excelVerdict.kind === 'not-run' ? s.excelVerdict.reason : ''}) – run "npx office-addin-manifest validate ${where}/${EXCEL_MANIFEST}" on a machine with internet access`;
  const lines = sv
    ? [
        `Nämndstöd – produktionspaket för ${s.config.baseUrl} (version ${String(m['version'])})${s.replaced ? ', ersätter det tidigare paketet' : ''}`,
        `Skrivet till ${where}/:`,
        `  ${TEAMS_ZIP}  Teams-appen – ladda upp i Teams administrationscenter (Hantera appar → Ladda upp ny app)`,
        `      app-id ${s.config.teamsAppId}, bot-id ${s.config.botId}, inloggning (SSO) ${s.config.tabClientId}`,
        `      flik ${tabUrl}, giltiga domäner ${domains}`,
        `      validerad med office-addin-manifest (${String(m['manifestVersion'])}): godkänd`,
        `  ${EXCEL_MANIFEST}  Excel-tillägget – distribuera i Microsoft 365 administrationscenter (Integrerade appar)`,
        `      id ${s.config.excelAddinId}, aktivitetsfönster ${s.excel.sourceLocation ?? ''}`,
        `      ${xmlCheck}`,
        `  web/  publicera innehållet på ${s.config.baseUrl}/ (${s.site.files} filer, ${kB(s.site.bytes)}): taskpane/, tab/, assets/`,
        `      tab/tab-config.json: SharePoint ${s.config.siteUrl}, tokenutbyte ${s.config.tokenExchangeUrl}`,
        `      webbservern ska skicka rubrikerna i web/security-headers.json; för tab/: Content-Security-Policy: ${headers}`,
        `  Integritetspolicy ${developer['privacyUrl'] ?? '–'}, villkor ${developer['termsOfUseUrl'] ?? '–'}${s.config.privacyUrl && s.config.termsOfUseUrl ? '' : ' (sätt NAMNDSTOD_PRIVACY_URL och NAMNDSTOD_TERMS_URL till stadens sidor)'}`,
      ]
    : [
        `Nämndstöd – production package for ${s.config.baseUrl} (version ${String(m['version'])})${s.replaced ? ', replacing the previous package' : ''}`,
        `Written to ${where}/:`,
        `  ${TEAMS_ZIP}  the Teams app – upload in the Teams admin center (Manage apps → Upload new app)`,
        `      app id ${s.config.teamsAppId}, bot id ${s.config.botId}, sign-in (SSO) ${s.config.tabClientId}`,
        `      tab ${tabUrl}, valid domains ${domains}`,
        `      validated with office-addin-manifest (${String(m['manifestVersion'])}): valid`,
        `  ${EXCEL_MANIFEST}  the Excel add-in – deploy in the Microsoft 365 admin center (Integrated apps)`,
        `      id ${s.config.excelAddinId}, task pane ${s.excel.sourceLocation ?? ''}`,
        `      ${xmlCheck}`,
        `  web/  publish its contents at ${s.config.baseUrl}/ (${s.site.files} files, ${kB(s.site.bytes)}): taskpane/, tab/, assets/`,
        `      tab/tab-config.json: SharePoint ${s.config.siteUrl}, token exchange ${s.config.tokenExchangeUrl}`,
        `      the web server must send the headers in web/security-headers.json; for tab/: Content-Security-Policy: ${headers}`,
        `  Privacy statement ${developer['privacyUrl'] ?? '–'}, terms ${developer['termsOfUseUrl'] ?? '–'}${s.config.privacyUrl && s.config.termsOfUseUrl ? '' : " (set NAMNDSTOD_PRIVACY_URL and NAMNDSTOD_TERMS_URL to the city's pages)"}`,
      ];
  return `${lines.join('\n')}\n`;
}
