// `namndstod provision [--site URL] [--token T] [--seed FILE]`: creates the lists and imports the
// seed data. With --site it talks to that SharePoint site (a tenant) with the given bearer token;
// without, it runs against the local list service. Same code path either way.

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { BULK_RETRY } from '../data/retry';
import { createSp } from '../data/sp';
import { importSeed, ImportError, type ImportReport } from './import-seed';
import { provisionSite, type ProvisionReport } from './provision-site';
import type { SeedData } from './seed-mapping';

export const TOKEN_ENV = 'NAMNDSTOD_SP_TOKEN';

export interface ProvisionIo {
  readonly stdout: { write(s: string): unknown };
  readonly stderr: { write(s: string): unknown };
  readonly env: Readonly<Record<string, string | undefined>>;
}

/** A running local list service to provision when no --site is given. */
export interface LocalTarget {
  readonly siteUrl: string;
  readonly token: string;
  close(): Promise<void>;
}

export interface ProvisionArgs {
  readonly site?: string;
  readonly token?: string;
  readonly seed?: string;
  readonly noSeed: boolean;
  readonly lang: 'sv' | 'en';
  readonly help: boolean;
}

export const PROVISION_USAGE = {
  sv: `Användning: namndstod provision [--site URL] [--token TOKEN] [--seed FIL] [--no-seed] [--lang sv|en]

Skapar nämndens elva SharePoint-listor och importerar exempeldata (seed-items.json).
Kan köras flera gånger: befintliga listor, kolumner och poster dubbleras aldrig.

  --site URL     SharePoint-webbplats, t.ex. https://tenant.sharepoint.com/sites/amn.
                 Utan --site används den lokala listtjänsten.
  --token TOKEN  Bearer-token för webbplatsen. Miljövariabeln ${TOKEN_ENV} används i första hand.
  --seed FIL     Data att importera (standard: test/fixtures/seed-items.json).
  --no-seed      Skapa bara listorna.
`,
  en: `Usage: namndstod provision [--site URL] [--token TOKEN] [--seed FILE] [--no-seed] [--lang sv|en]

Creates the nämnd's eleven SharePoint lists and imports the seed data (seed-items.json).
Safe to run again: existing lists, columns and items are never duplicated.

  --site URL     SharePoint site, e.g. https://tenant.sharepoint.com/sites/amn.
                 Without --site the local list service is used.
  --token TOKEN  Bearer token for the site. The ${TOKEN_ENV} environment variable takes precedence.
  --seed FILE    Data to import (default: test/fixtures/seed-items.json).
  --no-seed      Only create the lists.
`,
};

type Parsed = { ok: true; args: ProvisionArgs } | { ok: false; sv: string; en: string; lang: 'sv' | 'en' };

export function parseProvisionArgs(argv: readonly string[]): Parsed {
  let lang: 'sv' | 'en' = 'sv';
  const out: { site?: string; token?: string; seed?: string; noSeed: boolean; help: boolean } = { noSeed: false, help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string | undefined => inline ?? argv[++i];
    switch (name) {
      case '--site':
      case '--token':
      case '--seed':
      case '--lang': {
        const v = value();
        if (v === undefined || v === '') return { ok: false, lang, sv: `${name} behöver ett värde.`, en: `${name} needs a value.` };
        if (name === '--lang') {
          if (v !== 'sv' && v !== 'en') return { ok: false, lang, sv: '--lang tar sv eller en.', en: '--lang takes sv or en.' };
          lang = v;
        } else out[name.slice(2) as 'site' | 'token' | 'seed'] = v;
        break;
      }
      case '--no-seed':
        out.noSeed = true;
        break;
      case '--help':
      case '-h':
        out.help = true;
        break;
      default:
        return { ok: false, lang, sv: `Okänt argument '${arg}'.`, en: `Unknown argument '${arg}'.` };
    }
  }
  if (out.site !== undefined) {
    let url: URL;
    try {
      url = new URL(out.site);
    } catch {
      return { ok: false, lang, sv: `--site är inte en URL: '${out.site}'.`, en: `--site is not a URL: '${out.site}'.` };
    }
    const local = url.hostname === '127.0.0.1' || url.hostname === 'localhost' || url.hostname === '[::1]';
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && local)) {
      return { ok: false, lang, sv: '--site måste vara https (http bara mot 127.0.0.1).', en: '--site must be https (http only for 127.0.0.1).' };
    }
  }
  return { ok: true, args: { ...out, lang } };
}

/** The repository root (where package.json names this product), so the default seed is found from src/ and dist/. */
export function packageRoot(from: string = __dirname): string {
  for (let dir = resolve(from); ; dir = dirname(dir)) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && /"name"\s*:\s*"namndstod"/.test(readFileSync(pkg, 'utf8'))) return dir;
    if (dirname(dir) === dir) return resolve(from);
  }
}

export function defaultSeedPath(): string {
  return join(packageRoot(), 'test', 'fixtures', 'seed-items.json');
}

export function readSeed(path: string): SeedData {
  const data = JSON.parse(readFileSync(path, 'utf8')) as Partial<SeedData>;
  for (const key of ['documents', 'plans', 'actionItems', 'projects', 'projectHistory', 'risks', 'controls', 'innovations', 'procurements', 'grantApplications'] as const) {
    if (!Array.isArray(data[key])) throw new Error(`${path} has no '${key}' array; is it seed-items.json?`);
  }
  return data as SeedData;
}

export interface ProvisionDeps {
  /** Starts (or connects to) the local list service when no --site is given. */
  readonly startLocal?: () => Promise<LocalTarget>;
}

export async function runProvision(argv: string[], io: ProvisionIo = process, deps: ProvisionDeps = {}): Promise<number> {
  const parsed = parseProvisionArgs(argv);
  if (!parsed.ok) {
    io.stderr.write(`namndstod provision: ${parsed[parsed.lang]}\n\n${PROVISION_USAGE[parsed.lang]}`);
    return 2;
  }
  const { args } = parsed;
  const say = (sv: string, en: string) => io.stderr.write(`${args.lang === 'sv' ? sv : en}\n`);
  if (args.help) {
    io.stdout.write(PROVISION_USAGE[args.lang]);
    return 0;
  }

  let seed: SeedData | undefined;
  if (!args.noSeed) {
    const path = resolve(args.seed ?? defaultSeedPath());
    try {
      seed = readSeed(path);
    } catch (error) {
      say(`Kunde inte läsa ${path}: ${(error as Error).message}`, `Could not read ${path}: ${(error as Error).message}`);
      return 2;
    }
  }

  let target: LocalTarget;
  if (args.site !== undefined) {
    const token = io.env[TOKEN_ENV] || args.token;
    if (!token) {
      say(`Ange en bearer-token i ${TOKEN_ENV} (eller --token).`, `Give a bearer token in ${TOKEN_ENV} (or --token).`);
      return 2;
    }
    target = { siteUrl: args.site, token, close: async () => undefined };
  } else {
    try {
      target = await (deps.startLocal ?? startLocalService)();
    } catch (error) {
      if (!(error instanceof LocalServiceDown)) throw error;
      say(
        `Ingen lokal listtjänst svarar på ${error.origin}. Starta den med \`npx namndstod sharepoint\`, eller ange --site och en token.`,
        `No local list service answers at ${error.origin}. Start it with \`npx namndstod sharepoint\`, or pass --site and a token.`,
      );
      return 2;
    }
  }

  try {
    // The token goes into the Authorization header only; it is never written to the output.
    const sp = createSp({ siteUrl: target.siteUrl, auth: { token: target.token }, retry: BULK_RETRY });
    const log = (m: string) => io.stderr.write(`  ${m}\n`);
    say(`Skapar listor på ${target.siteUrl} …`, `Provisioning lists on ${target.siteUrl} …`);
    const provisioned = await provisionSite(sp, { log });
    io.stdout.write(`${describeProvision(provisioned, args.lang)}\n`);
    if (seed) {
      say('Importerar data …', 'Importing data …');
      const imported = await importSeed(sp, seed, { log });
      io.stdout.write(`${describeImport(imported, args.lang)}\n`);
    }
    return 0;
  } catch (error) {
    if (error instanceof ImportError) {
      say(`Importen blev inte klar: ${error.failures.length} poster kunde inte sparas.`, `The import did not finish: ${error.failures.length} items could not be saved.`);
      for (const f of error.failures) io.stderr.write(`  ${f}\n`);
      return 1;
    }
    const status = (error as { status?: number }).status;
    const detail = `${status ? `HTTP ${status}: ` : ''}${(error as Error).message}`;
    say(`Provisioneringen misslyckades (${detail}).`, `Provisioning failed (${detail}).`);
    return 1;
  } finally {
    await target.close();
  }
}

function describeProvision(r: ProvisionReport, lang: 'sv' | 'en'): string {
  return lang === 'sv'
    ? `Listor: ${r.listsCreated.length} skapade, ${r.listsUpdated.length} uppdaterade. Kolumner: ${r.fieldsCreated.length} skapade, ${r.fieldsUpdated.length} uppdaterade.`
    : `Lists: ${r.listsCreated.length} created, ${r.listsUpdated.length} updated. Columns: ${r.fieldsCreated.length} created, ${r.fieldsUpdated.length} updated.`;
}

function describeImport(r: ImportReport, lang: 'sv' | 'en'): string {
  const lines = Object.entries(r.lists).map(([list, c]) =>
    lang === 'sv'
      ? `  ${list.padEnd(18)} ${c.created} nya, ${c.updated} ändrade, ${c.unchanged} oförändrade`
      : `  ${list.padEnd(18)} ${c.created} new, ${c.updated} changed, ${c.unchanged} unchanged`,
  );
  if (r.unresolvedPeople.length > 0) {
    lines.push(
      lang === 'sv'
        ? `  Personer som inte finns på webbplatsen (personkolumnen lämnas tom): ${r.unresolvedPeople.join(', ')}`
        : `  People not found on the site (their person column is left empty): ${r.unresolvedPeople.join(', ')}`,
    );
  }
  return lines.join('\n');
}

/** Where `namndstod sharepoint` listens by default. */
export const LOCAL_SITE_URL = 'http://127.0.0.1:4280/sites/amn';

/**
 * The running local list service (`namndstod sharepoint`), as its site-admin persona. Checked with
 * its health endpoint first, so "not running" is one clear message instead of retries.
 */
async function startLocalService(): Promise<LocalTarget> {
  const { DEFAULT_PERSONAS } = await import('../local-sharepoint/personas');
  const admin = DEFAULT_PERSONAS.find((p) => p.isSiteAdmin);
  if (!admin) throw new Error('The local list service has no site-admin persona');
  const origin = new URL(LOCAL_SITE_URL).origin;
  try {
    const res = await fetch(`${origin}/_namndstod/health`, { signal: AbortSignal.timeout(3000) });
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
  } catch (error) {
    throw new LocalServiceDown(origin, (error as Error).message);
  }
  return { siteUrl: LOCAL_SITE_URL, token: admin.token, close: async () => undefined };
}

export class LocalServiceDown extends Error {
  constructor(
    readonly origin: string,
    detail: string,
  ) {
    super(`No local list service at ${origin} (${detail})`);
    this.name = 'LocalServiceDown';
  }
}
