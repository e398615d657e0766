import { cpSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkConfig, type TabConfig } from '../../../teams-app/src/tab/config';
import type { PackageConfig } from './package-config';

/**
 * The static files to publish at the base URL: the task pane and the tab as `npm run build` made
 * them, the add-in's icons, and the tab's tenant configuration. The pages carry their Content-Security-Policy in a
 * <meta>; the tab's connect-src gains the SharePoint site and the token exchange here, because
 * only now are they known. frame-ancestors cannot live in a <meta>, so the headers the host must
 * send are written next to the files (security-headers.json) and printed.
 */

export const SURFACES = ['taskpane', 'tab'] as const;

/** Teams and the other Microsoft 365 hosts that may frame a tab (learn.microsoft.com, "Tab requirements"). */
export const TAB_FRAME_ANCESTORS = [
  'https://teams.microsoft.com',
  'https://*.teams.microsoft.com',
  'https://*.cloud.microsoft',
  'https://*.microsoft365.com',
  'https://*.office.com',
  'https://outlook.office.com',
  'https://outlook.office365.com',
];

export interface WebStage {
  readonly files: number;
  readonly bytes: number;
  readonly tabConfig: TabConfig;
  readonly headers: Readonly<Record<string, Readonly<Record<string, string>>>>;
  readonly problems: readonly string[];
}

const META = /(<meta\s+http-equiv=["']?Content-Security-Policy["']?\s+content=)(?:"([^"]*)"|'([^']*)')/i;

export function metaPolicy(html: string): string | undefined {
  const m = META.exec(html);
  return m ? (m[2] ?? m[3]) : undefined;
}

/** The policy with `origins` added to connect-src (and connect-src created when absent). */
export function withConnectSources(policy: string, origins: readonly string[]): string {
  const directives = policy.split(';').map((d) => d.trim()).filter(Boolean);
  const at = directives.findIndex((d) => /^connect-src\s/i.test(d) || d === 'connect-src');
  const current = at >= 0 ? directives[at]!.split(/\s+/).slice(1) : ["'self'"];
  const merged = [...current, ...origins.filter((o) => !current.includes(o))];
  const directive = `connect-src ${merged.join(' ')}`;
  if (at >= 0) directives[at] = directive;
  else directives.push(directive);
  return directives.join('; ');
}

function countFiles(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      const inner = countFiles(path);
      files += inner.files;
      bytes += inner.bytes;
    } else {
      files++;
      bytes += statSync(path).size;
    }
  }
  return { files, bytes };
}

/**
 * The file under `webDir` a URL on the base URL serves (…/tab/ → tab/index.html), or undefined
 * for URLs elsewhere.
 */
export function fileForUrl(url: string, baseUrl: string, webDir: string): string | undefined {
  const base = `${baseUrl.replace(/\/+$/, '')}/`;
  if (!url.startsWith(base)) return undefined;
  const path = decodeURIComponent(url.slice(base.length).replace(/[?#].*$/, ''));
  return join(webDir, path === '' || path.endsWith('/') ? `${path}index.html` : path);
}

/** Which built bundles are missing (each needs an index.html). */
export function missingBundles(webRoot: string): string[] {
  return SURFACES.filter((s) => !existsSync(join(webRoot, s, 'index.html')));
}

/** `assetsDir`: the add-in's icons (manifest/assets), published at <base>/assets/ as its manifest expects. */
export function stageWeb(webRoot: string, outWeb: string, config: PackageConfig, assetsDir?: string): WebStage {
  const problems: string[] = [];
  for (const surface of SURFACES) cpSync(join(webRoot, surface), join(outWeb, surface), { recursive: true });
  if (assetsDir && existsSync(assetsDir)) cpSync(assetsDir, join(outWeb, 'assets'), { recursive: true });

  const tabConfig: TabConfig = { mode: 'tenant', siteUrl: config.siteUrl, tokenExchangeUrl: config.tokenExchangeUrl };
  try {
    checkConfig(tabConfig);
  } catch (e) {
    problems.push(`tab-config.json: ${(e as Error).message}`);
  }
  writeFileSync(join(outWeb, 'tab', 'tab-config.json'), `${JSON.stringify(tabConfig, null, 2)}\n`);

  const base = new URL(config.baseUrl).origin;
  const extraOrigins = [...new Set([new URL(config.siteUrl).origin, new URL(config.tokenExchangeUrl).origin])].filter((o) => o !== base);
  for (const surface of SURFACES) {
    const file = join(outWeb, surface, 'index.html');
    const html = readFileSync(file, 'utf8');
    const policy = metaPolicy(html);
    if (!policy) {
      problems.push(`dist/web/${surface}/index.html has no Content-Security-Policy <meta>; rebuild with npm run build`);
      continue;
    }
    if (surface === 'tab' && extraOrigins.length) {
      writeFileSync(file, html.replace(META, (_m, head: string) => `${head}"${withConnectSources(policy, extraOrigins).replace(/"/g, '&quot;')}"`));
    }
  }

  const common = { 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'strict-origin-when-cross-origin' };
  const headers = {
    '/tab/': { ...common, 'Content-Security-Policy': `frame-ancestors 'self' ${TAB_FRAME_ANCESTORS.join(' ')}` },
    '/taskpane/': { ...common },
    '/assets/': { ...common },
  };
  writeFileSync(join(outWeb, 'security-headers.json'), `${JSON.stringify(headers, null, 2)}\n`);
  const { files, bytes } = countFiles(outWeb);
  return { files, bytes, tabConfig, headers, problems };
}
