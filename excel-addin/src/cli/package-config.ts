import { readFileSync } from 'node:fs';

/**
 * What a production package needs to know about the tenant, from the command line, the
 * environment or a JSON file — never from the repository: app ids and tenant URLs differ per
 * organisation, and an id committed here would be reused by every clone.
 */
export interface PackageConfig {
  /** Where the static files are served, https, no trailing slash: https://namndstod.example.se */
  readonly baseUrl: string;
  /** The Teams app's id (a GUID the admin picks once and keeps for every update). */
  readonly teamsAppId: string;
  /** The chat bot's Microsoft app id (its Azure Bot / Entra ID registration). */
  readonly botId: string;
  /** The Excel add-in's id (<Id> in its manifest). */
  readonly excelAddinId: string;
  /** The Entra ID app the tab signs in with (Teams SSO, webApplicationInfo). */
  readonly tabClientId: string;
  /** The nämnd's SharePoint site: https://<tenant>.sharepoint.com/sites/amn */
  readonly siteUrl: string;
  /** Where the tab exchanges its Teams SSO token for a SharePoint token (on behalf of the user). */
  readonly tokenExchangeUrl: string;
  /** x.y.z; raise it for every update an admin uploads. */
  readonly version?: string;
  /** The city's privacy statement and terms of use, shown in Teams' app details. */
  readonly privacyUrl?: string;
  readonly termsOfUseUrl?: string;
}

type Key = keyof PackageConfig;

interface Field {
  readonly env: string;
  readonly sv: string;
  readonly en: string;
  readonly kind: 'https' | 'guid' | 'version';
  readonly optional?: boolean;
}

export const FIELDS: Readonly<Record<Key, Field>> = {
  baseUrl: { env: 'NAMNDSTOD_BASE_URL', sv: 'webbadressen där filerna publiceras (--base-url)', en: 'the web address the files are published at (--base-url)', kind: 'https' },
  teamsAppId: { env: 'NAMNDSTOD_TEAMS_APP_ID', sv: 'Teams-appens id', en: "the Teams app's id", kind: 'guid' },
  botId: { env: 'NAMNDSTOD_BOT_ID', sv: 'chattbottens app-id', en: "the chat bot's app id", kind: 'guid' },
  excelAddinId: { env: 'NAMNDSTOD_EXCEL_ADDIN_ID', sv: 'Excel-tilläggets id', en: "the Excel add-in's id", kind: 'guid' },
  tabClientId: { env: 'NAMNDSTOD_TAB_CLIENT_ID', sv: 'fliken inloggningsapp (Entra ID, klient-id)', en: "the tab's sign-in app (Entra ID client id)", kind: 'guid' },
  siteUrl: { env: 'NAMNDSTOD_SITE_URL', sv: 'nämndens SharePoint-webbplats', en: "the nämnd's SharePoint site", kind: 'https' },
  tokenExchangeUrl: { env: 'NAMNDSTOD_TOKEN_EXCHANGE_URL', sv: 'adressen för tokenutbyte (SSO till SharePoint)', en: 'the token exchange address (SSO to SharePoint)', kind: 'https' },
  version: { env: 'NAMNDSTOD_APP_VERSION', sv: 'versionsnummer (x.y.z)', en: 'version number (x.y.z)', kind: 'version', optional: true },
  privacyUrl: { env: 'NAMNDSTOD_PRIVACY_URL', sv: 'integritetspolicyns adress', en: "the privacy statement's address", kind: 'https', optional: true },
  termsOfUseUrl: { env: 'NAMNDSTOD_TERMS_URL', sv: 'användarvillkorens adress', en: "the terms of use's address", kind: 'https', optional: true },
};

export interface Refusal {
  readonly sv: string;
  readonly en: string;
}

export type ConfigResult = { readonly ok: true; readonly config: PackageConfig } | ({ readonly ok: false } & Refusal);

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const NIL_GUID = /^0{8}-0{4}-0{4}-0{4}-0{12}$/;
const VERSION = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;

/** Hosts that only mean something on the machine that runs the package command. */
export function isLocalHost(hostname: string): boolean {
  const h = hostname.toLowerCase().replace(/^\[|\]$/g, '');
  return h === 'localhost' || h.endsWith('.localhost') || h.endsWith('.local') || /^127\./.test(h) || h === '::1' || h === '0.0.0.0' || h === '::' || !h.includes('.');
}

/** Why `value` is not a usable production https URL, or undefined when it is. */
export function httpsProblem(value: string): Refusal | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return { sv: `'${value}' är ingen webbadress`, en: `'${value}' is not a URL` };
  }
  if (url.protocol !== 'https:') return { sv: `'${value}' måste börja med https://`, en: `'${value}' must start with https://` };
  if (isLocalHost(url.hostname)) {
    return {
      sv: `'${value}' är ingen publik serveradress (localhost, 127.0.0.1, .local och namn utan domän fungerar inte i Teams och Excel)`,
      en: `'${value}' is not a public server address (localhost, 127.0.0.1, .local and names without a domain do not work in Teams and Excel)`,
    };
  }
  if (url.username || url.password) return { sv: `'${value}' får inte innehålla inloggningsuppgifter`, en: `'${value}' must not carry credentials` };
  if (url.search || url.hash) return { sv: `'${value}' får inte ha ? eller #`, en: `'${value}' must not have ? or #` };
  return undefined;
}

export interface ConfigSources {
  readonly flags: Partial<Record<Key, string>>;
  readonly env: NodeJS.ProcessEnv;
  readonly configFile?: string;
}

type FileRead = { readonly ok: true; readonly values: Partial<Record<Key, string>> } | ({ readonly ok: false } & Refusal);

function readConfigFile(path: string): FileRead {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    return { ok: false, sv: `Konfigurationsfilen ${path} kunde inte läsas (${(e as NodeJS.ErrnoException).code ?? 'fel'}).`, en: `The config file ${path} could not be read (${(e as NodeJS.ErrnoException).code ?? 'error'}).` };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, sv: `Konfigurationsfilen ${path} är inte giltig JSON: ${(e as Error).message}`, en: `The config file ${path} is not valid JSON: ${(e as Error).message}` };
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return { ok: false, sv: `Konfigurationsfilen ${path} ska innehålla ett JSON-objekt.`, en: `The config file ${path} must hold a JSON object.` };
  }
  const out: Partial<Record<Key, string>> = {};
  const unknown: string[] = [];
  for (const [k, v] of Object.entries(json)) {
    if (k === '$schema' || k.startsWith('//')) continue;
    if (!(k in FIELDS)) unknown.push(k);
    else if (typeof v !== 'string') return { ok: false, sv: `Konfigurationsfilen ${path}: '${k}' ska vara en text.`, en: `The config file ${path}: '${k}' must be a string.` };
    else out[k as Key] = v;
  }
  if (unknown.length) {
    const known = Object.keys(FIELDS).join(', ');
    return { ok: false, sv: `Konfigurationsfilen ${path} har okända nycklar: ${unknown.join(', ')} (kända: ${known}).`, en: `The config file ${path} has unknown keys: ${unknown.join(', ')} (known: ${known}).` };
  }
  return { ok: true, values: out };
}

/** Flags win over the environment, the environment over the config file. */
export function resolveConfig(sources: ConfigSources): ConfigResult {
  let file: Partial<Record<Key, string>> = {};
  if (sources.configFile !== undefined) {
    const read = readConfigFile(sources.configFile);
    if (!read.ok) return read;
    file = read.values;
  }
  const values: Partial<Record<Key, string>> = {};
  const missing: Key[] = [];
  const invalid: Refusal[] = [];
  for (const [key, field] of Object.entries(FIELDS) as [Key, Field][]) {
    const raw = sources.flags[key] ?? sources.env[field.env] ?? file[key];
    const value = raw?.trim();
    if (!value) {
      if (!field.optional) missing.push(key);
      continue;
    }
    if (field.kind === 'https') {
      const problem = httpsProblem(value);
      if (problem) invalid.push({ sv: `${field.env}: ${problem.sv}`, en: `${field.env}: ${problem.en}` });
      else values[key] = value.replace(/\/+$/, '');
    } else if (field.kind === 'guid') {
      if (!GUID.test(value) || NIL_GUID.test(value)) invalid.push({ sv: `${field.env}: '${value}' är inget GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)`, en: `${field.env}: '${value}' is not a GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)` });
      else values[key] = value.toLowerCase();
    } else if (!VERSION.test(value)) {
      invalid.push({ sv: `${field.env}: '${value}' ska vara x.y.z, t.ex. 1.0.0`, en: `${field.env}: '${value}' must be x.y.z, e.g. 1.0.0` });
    } else values[key] = value;
  }
  if (missing.length || invalid.length) {
    const sv: string[] = [];
    const en: string[] = [];
    if (missing.length) {
      sv.push('Uppgifter saknas:', ...missing.map((k) => `  ${FIELDS[k].env} – ${FIELDS[k].sv}`));
      en.push('Missing values:', ...missing.map((k) => `  ${FIELDS[k].env} – ${FIELDS[k].en}`));
      sv.push('Ange dem som miljövariabler, som flaggor eller i en JSON-fil med --config (nycklar: ' + missing.join(', ') + ').');
      en.push('Give them as environment variables, flags, or in a JSON file with --config (keys: ' + missing.join(', ') + ').');
    }
    if (invalid.length) {
      sv.push('Ogiltiga värden:', ...invalid.map((r) => `  ${r.sv}`));
      en.push('Invalid values:', ...invalid.map((r) => `  ${r.en}`));
    }
    return { ok: false, sv: sv.join('\n'), en: en.join('\n') };
  }
  return { ok: true, config: values as PackageConfig };
}
