import { strToU8, zipSync } from 'fflate';
import { isLocalHost, type PackageConfig } from './package-config';
import { leftovers, productionUrl } from './package-urls';

/**
 * The Teams app package an admin uploads (Teams admin center → Manage apps → Upload): a zip with
 * manifest.json and the two icons at its root. The manifest is the repository's, with the app and
 * bot ids, the URLs and validDomains of this installation, and the tab's SSO app.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

export interface TeamsPackage {
  readonly manifest: JsonObject;
  readonly manifestText: string;
  readonly zip: Uint8Array;
  /** The URLs the manifest now points at, for the summary. */
  readonly urls: readonly string[];
  /** The tabs' pages (content, website, configuration URLs). */
  readonly tabUrls: readonly string[];
  readonly problems: readonly string[];
}

const ICON_SIZES = { color: 192, outline: 32 } as const;

function mapStrings(value: Json, f: (s: string) => string): Json {
  if (typeof value === 'string') return f(value);
  if (Array.isArray(value)) return value.map((v) => mapStrings(v, f));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapStrings(v, f)]));
  return value;
}

function objects(value: Json): JsonObject[] {
  return Array.isArray(value) ? value.filter((v): v is JsonObject => !!v && typeof v === 'object' && !Array.isArray(v)) : [];
}

/** Width and height from a PNG's IHDR chunk, or undefined when the bytes are not a PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | undefined {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((b, i) => bytes[i] !== b)) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

function collectUrls(value: Json, out: string[] = []): string[] {
  if (typeof value === 'string' && /^https?:\/\//i.test(value)) out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => collectUrls(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => collectUrls(v, out));
  return out;
}

export function buildTeamsPackage(template: unknown, icons: Readonly<Record<string, Uint8Array>>, config: PackageConfig): TeamsPackage {
  const problems: string[] = [];
  if (!template || typeof template !== 'object' || Array.isArray(template)) {
    return { manifest: {}, manifestText: '', zip: new Uint8Array(), urls: [], tabUrls: [], problems: ['manifest.json is not a JSON object'] };
  }
  const baseHost = new URL(config.baseUrl).host;
  const declared = ((template as JsonObject)['validDomains'] ?? []) as Json;
  const declaredDomains = (Array.isArray(declared) ? declared : []).filter((d): d is string => typeof d === 'string').map((d) => d.toLowerCase());
  // Stand-ins for this installation's server: the checked-in tabs' hosts and declared domains that
  // are local or placeholders. Other declared domains (a Microsoft sign-in host, say) are kept.
  const tabHosts = [...objects((template as JsonObject)['staticTabs'] ?? null), ...objects((template as JsonObject)['configurableTabs'] ?? null)]
    .flatMap((t) => ['contentUrl', 'websiteUrl', 'configurationUrl'].map((k) => t[k]))
    .filter((u): u is string => typeof u === 'string' && /^https?:\/\//.test(u))
    .map((u) => new URL(u).host.toLowerCase());
  const standIns = new Set([...tabHosts, ...declaredDomains.filter((d) => leftovers(`https://${d}/`, config.baseUrl).length > 0 || isLocalHost(d.replace(/:\d+$/, '')))]);
  const manifest = mapStrings(template as Json, (s) => productionUrl(s, config.baseUrl, standIns)) as JsonObject;
  manifest['id'] = config.teamsAppId;
  const developer = manifest['developer'];
  if (developer && typeof developer === 'object' && !Array.isArray(developer)) {
    if (config.privacyUrl) developer['privacyUrl'] = config.privacyUrl;
    if (config.termsOfUseUrl) developer['termsOfUseUrl'] = config.termsOfUseUrl;
  }
  if (config.version) manifest['version'] = config.version;
  for (const bot of objects(manifest['bots'] ?? null)) bot['botId'] = config.botId;
  for (const extension of objects(manifest['composeExtensions'] ?? null)) if ('botId' in extension) extension['botId'] = config.botId;
  // Teams only frames and trusts pages on these domains; local ones mean nothing on a tenant.
  manifest['validDomains'] = [baseHost, ...declaredDomains.filter((d) => !standIns.has(d) && d !== baseHost)];
  // Teams SSO hands the tab a token for this app; the resource must be on the tab's own domain.
  manifest['webApplicationInfo'] = { id: config.tabClientId, resource: `api://${baseHost}/${config.tabClientId}` };

  const manifestText = `${JSON.stringify(manifest, null, 2)}\n`;
  for (const leftover of leftovers(manifestText, config.baseUrl)) problems.push(`manifest.json still refers to ${leftover}`);
  const urls = collectUrls(manifest);
  for (const url of urls) if (!url.startsWith('https://')) problems.push(`manifest.json: ${url} is not https`);
  const tabUrls: string[] = [];
  for (const tab of [...objects(manifest['staticTabs'] ?? null), ...objects(manifest['configurableTabs'] ?? null)]) {
    for (const key of ['contentUrl', 'websiteUrl', 'configurationUrl']) {
      const url = tab[key];
      if (typeof url !== 'string' || url.startsWith('{{')) continue;
      tabUrls.push(url);
      if (new URL(url).host !== baseHost) problems.push(`manifest.json: ${key} ${url} is not on ${baseHost}`);
    }
  }

  const files: Record<string, Uint8Array> = { 'manifest.json': strToU8(manifestText) };
  const iconNames = (manifest['icons'] ?? {}) as JsonObject;
  for (const kind of ['color', 'outline'] as const) {
    const name = iconNames[kind];
    if (typeof name !== 'string') {
      problems.push(`manifest.json: icons.${kind} is missing`);
      continue;
    }
    const bytes = icons[name];
    if (!bytes) {
      problems.push(`the ${kind} icon ${name} is missing next to manifest.json`);
      continue;
    }
    const size = pngSize(bytes);
    const want = ICON_SIZES[kind];
    if (!size) problems.push(`${name} is not a PNG`);
    else if (size.width !== want || size.height !== want) problems.push(`${name} is ${size.width}×${size.height}; Teams wants ${want}×${want}`);
    files[name] = bytes;
  }
  // A fixed timestamp: the same inputs give the same package, byte for byte.
  const zip = zipSync(Object.fromEntries(Object.entries(files).map(([n, b]) => [n, [b, { mtime: new Date(Date.UTC(2020, 0, 1)) }]])), { level: 9 });
  return { manifest, manifestText, zip, urls: [...new Set(urls)], tabUrls: [...new Set(tabUrls)], problems };
}
