// Detectors for credentials that must never be committed. Each finding names the file, line and
// detector, and shows only a masked excerpt, so a real leak is not copied into test logs.

export interface Finding {
  readonly file: string;
  readonly line: number;
  readonly detector: string;
  readonly excerpt: string;
}

interface Detector {
  readonly name: string;
  readonly pattern: RegExp;
  /** Which capture group holds the secret itself (0 = the whole match). */
  readonly group?: number;
  /** Only files whose path matches (e.g. env-style files, where `KEY=value` is an assignment). */
  readonly onlyIn?: RegExp;
}

// A quoted literal of at least 8 characters after the key: `clientSecret: 'abc…'`, `"client_secret": "…"`,
// `CLIENT_SECRET=…` in env files. Types (`clientSecret?: string`) and variables are not literals.
const quotedAfter = (key: string, min = 8) => new RegExp(`(?:${key})["']?\\s*[:=]\\s*["'\`]([^"'\`\\s]{${min},})["'\`]`, 'gi');
const envLine = (key: string) => new RegExp(`^\\s*(?:export\\s+)?(?:${key})\\s*=\\s*["']?([^"'\\s#]{8,})`, 'gim');

const ENV_STYLE_FILE = /(?:^|\/)\.env[^/]*$|\.(?:env|ini|properties|toml|cfg|conf|npmrc)$|(?:^|\/)\.npmrc$/i;

const SECRET_KEYS = 'client_?secret|app_?password|microsoft_?app_?password|bot_?password|api_?key|access_?key|account_?key|shared_?access_?key|password|passwd|secret';

export const DETECTORS: readonly Detector[] = [
  { name: 'private key', pattern: /-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?-----/g },
  { name: 'Azure storage connection string', pattern: /DefaultEndpointsProtocol=https?;[^"'\s]*AccountKey=([A-Za-z0-9+/=]{20,})/gi, group: 1 },
  { name: 'Azure shared access key', pattern: /SharedAccessKey=([A-Za-z0-9+/=]{20,})/gi, group: 1 },
  { name: 'Azure SAS signature', pattern: /[?&]sig=([A-Za-z0-9%+/=]{30,})/g, group: 1 },
  { name: 'SQL connection string with password', pattern: /(?:Server|Data Source)=[^;"']+;[^"'\n]*(?:Password|Pwd)=([^;"'\s]{4,})/gi, group: 1 },
  // Entra ID client secrets since 2021: three characters, a digit, 'Q~', then 31–34 more.
  { name: 'Entra ID client secret', pattern: /(?<![A-Za-z0-9_~.-])[A-Za-z0-9_~.-]{3}\dQ~[A-Za-z0-9_~.-]{31,34}(?![A-Za-z0-9_~.-])/g },
  { name: 'AWS access key id', pattern: /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g },
  { name: 'GitHub token', pattern: /\b(?:gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{60,})\b/g },
  { name: 'npm token', pattern: /\bnpm_[A-Za-z0-9]{36}\b/g },
  { name: 'Slack token', pattern: /\bxox[abposr]-[A-Za-z0-9-]{10,}/g },
  { name: 'Google API key', pattern: /\bAIza[0-9A-Za-z_-]{35}\b/g },
  { name: 'JSON web token', pattern: /\beyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}/g },
  { name: 'literal bearer token', pattern: /\bBearer\s+([A-Za-z0-9._~+/-]{24,}=*)/g, group: 1 },
  { name: 'npm registry auth', pattern: /_(?:authToken|auth|password)\s*=\s*(\S{8,})/g, group: 1 },
  { name: 'secret assigned a literal', pattern: quotedAfter(SECRET_KEYS), group: 1 },
  { name: 'secret in an env-style file', pattern: envLine(SECRET_KEYS), group: 1, onlyIn: ENV_STYLE_FILE },
  // Issued tokens are long; short literals are names in tests ('kim-token', 'sp-token-1').
  { name: 'token assigned a literal', pattern: quotedAfter('token|access_?token|auth_?token', 16), group: 1 },
];

export interface AllowEntry {
  /** Matched against the secret part of a finding. */
  readonly value: RegExp;
  readonly reason: string;
}

/** Shannon entropy in bits per character. */
export function entropy(s: string): number {
  const counts = new Map<string, number>();
  for (const c of s) counts.set(c, (counts.get(c) ?? 0) + 1);
  let h = 0;
  for (const n of counts.values()) {
    const p = n / s.length;
    h -= p * Math.log2(p);
  }
  return h;
}

const charClass = (c: string) => (c >= 'a' && c <= 'z' ? 0 : c >= 'A' && c <= 'Z' ? 1 : c >= '0' && c <= '9' ? 2 : 3);

/** How often the character class (lower, upper, digit, other) changes from one character to the next. */
function classChanges(s: string): number {
  let changes = 0;
  for (let i = 1; i < s.length; i++) if (charClass(s[i]!) !== charClass(s[i - 1]!)) changes++;
  return changes / (s.length - 1);
}

/**
 * Random-looking runs in configuration files: a key or password pasted into JSON/YAML/env/XML.
 * Base64-like runs qualify when their entropy is near the maximum for their length and the
 * character class keeps changing (random keys: ≥ 0.78 of log2(length) and ≥ 0.29 changes per
 * character in 5 000 samples; words and identifiers such as "Arbetsmarknadsnamndens_uppfoljning_2021"
 * change class rarely). Hex runs of 32+ characters qualify at 3 bits per character (random hex
 * keys sit at 3.0–3.5; GUIDs are broken up by dashes and mostly zeros in fixtures).
 */
export function highEntropyRuns(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/[A-Za-z0-9+/=_~.-]{24,}/g)) {
    const run = m[0];
    // The rest of a URL (http://www.w3.org/2001/XMLSchema-instance) is an address, not a key.
    if (/[a-z]:$/i.test(text.slice(Math.max(0, (m.index ?? 0) - 2), m.index)) && run.startsWith('//')) continue;
    const hex = /^(?:[0-9a-f]{32,}|[0-9A-F]{32,})$/.test(run);
    if (!hex && !(/[0-9]/.test(run) && /[a-z]/.test(run) && /[A-Z]/.test(run))) continue;
    const random = hex ? entropy(run) >= 3 : entropy(run) >= 0.72 * Math.log2(run.length) && classChanges(run) >= 0.25;
    if (random) out.push(run);
  }
  return out;
}

export function mask(secret: string): string {
  return secret.length <= 8 ? `${secret.slice(0, 2)}…` : `${secret.slice(0, 4)}…${secret.slice(-2)} (${secret.length} chars)`;
}

export const CONFIG_FILE = /(?:\.json|\.ya?ml|\.xml|\.env(?:\.[\w-]+)?|\.npmrc|\.ini|\.toml|\.config\.[cm]?js|\.properties|\.cfg|\.conf)$|(?:^|\/)\.env[^/]*$/i;

export function scanText(file: string, text: string, allow: readonly AllowEntry[], options: { entropy: boolean }): Finding[] {
  const findings: Finding[] = [];
  const lineAt = (index: number) => text.slice(0, index).split('\n').length;
  const allowed = (value: string) => allow.some((a) => a.value.test(value));
  for (const d of DETECTORS) {
    if (d.onlyIn && !d.onlyIn.test(file)) continue;
    for (const m of text.matchAll(d.pattern)) {
      const secret = m[d.group ?? 0] ?? m[0];
      // A template literal's interpolation is code, not a value.
      if (secret.includes('${') || allowed(secret)) continue;
      findings.push({ file, line: lineAt(m.index ?? 0), detector: d.name, excerpt: mask(secret) });
    }
  }
  if (options.entropy) {
    for (const run of highEntropyRuns(text)) {
      if (allowed(run)) continue;
      findings.push({ file, line: lineAt(text.indexOf(run)), detector: 'high-entropy string in a config file', excerpt: mask(run) });
    }
  }
  return findings;
}
