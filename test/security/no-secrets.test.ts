// No credential in the repository: every file git tracks — and every new file not ignored, so a
// secret is caught before it is committed — is scanned for private keys, cloud and platform
// tokens, connection strings, client secrets and app passwords; configuration files also for
// random-looking runs (a pasted key). Workbooks (.xlsx) are unzipped and their XML parts scanned.

import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { CONFIG_FILE, highEntropyRuns, scanText, type AllowEntry, type Finding } from './support/secret-scan';

const REPO = resolve(__dirname, '../..');

/** Values the detectors match that are not secrets, each with the reason. */
const ALLOW: readonly AllowEntry[] = [
  {
    value: /^local-[a-z]+$/,
    reason:
      'Local persona tokens (local-anna, local-erik, …) name people for the local list service, which listens on 127.0.0.1 only; ' +
      'no tenant, Entra ID or SharePoint accepts them.',
  },
  {
    value: /^not-a-real-secret$/,
    reason: "A placeholder the chat service's test passes to start production mode with token validation on; it is never sent anywhere.",
  },
];

function repoFiles(): string[] {
  const out = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: REPO, maxBuffer: 64 * 1024 * 1024 });
  return out.toString('utf8').split('\0').filter(Boolean);
}

/** The texts to scan in one file: the file itself, or each XML part of a workbook. */
function textsOf(file: string): { name: string; text: string }[] {
  let buf: Buffer;
  try {
    buf = readFileSync(join(REPO, file));
  } catch {
    return []; // listed but deleted in the work tree
  }
  if (/\.(xlsx|xlsm|docx|pptx|zip)$/i.test(file)) {
    try {
      return Object.entries(unzipSync(buf))
        .filter(([part]) => /\.(xml|rels|json|txt|vml)$/i.test(part))
        .map(([part, data]) => ({ name: `${file}!${part}`, text: strFromU8(data) }));
    } catch {
      return []; // a deliberately broken workbook fixture
    }
  }
  if (buf.includes(0)) return [];
  return [{ name: file, text: buf.toString('utf8') }];
}

function scanRepo(): { files: number; findings: Finding[] } {
  const files = repoFiles();
  const findings: Finding[] = [];
  for (const file of files) {
    // The lock file's integrity hashes are random by design; its other fields are still scanned.
    const entropy = CONFIG_FILE.test(file) && !/(?:^|\/)package-lock\.json$/.test(file);
    for (const { name, text } of textsOf(file)) findings.push(...scanText(name, text, ALLOW, { entropy }));
  }
  return { files: files.length, findings };
}

describe('no secret in the repository', () => {
  it('no tracked or new file holds a key, token, connection string, client secret or app password', () => {
    const { files, findings } = scanRepo();
    expect(files).toBeGreaterThan(100);
    expect(findings).toEqual([]);
  });

  // The detectors must catch what they claim to. The samples are assembled at run time so that this
  // file itself holds none of them.
  const j = (...parts: string[]) => parts.join('');
  const b64 = (n: number) => Buffer.from(Array.from({ length: n }, (_, i) => (i * 73 + 41) % 256)).toString('base64');
  const planted: readonly [string, string, string][] = [
    ['private key', 'deploy/key.pem', j('-----BEGIN ', 'RSA PRIVATE KEY-----\nMIIE…\n')],
    ['Azure storage connection string', 'appsettings.json', j('{"Storage": "DefaultEndpointsProtocol=https;AccountName=amn;Account', 'Key=', b64(64), ';EndpointSuffix=core.windows.net"}')],
    ['Azure shared access key', 'sb.txt', j('Endpoint=sb://amn.servicebus.windows.net/;SharedAccessKeyName=root;SharedAccess', 'Key=', b64(32))],
    ['Azure SAS signature', 'urls.txt', j('https://amn.blob.core.windows.net/c/f.xlsx?sv=2022-11-02&sig=', b64(33).replace(/[+/=]/g, 'A'))],
    ['SQL connection string with password', 'db.config.js', j('module.exports = "Server=tcp:amn.database.windows.net;Database=x;User ID=u;', 'Password=Hemligt123;"')],
    ['Entra ID client secret', 'notes.md', j('secret: abc', '8Q~', 'aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY3z')],
    ['AWS access key id', 'ci.sh', j('AKIA', 'IOSFODNN7EXAMPLE')],
    ['GitHub token', 'ci.sh', j('ghp_', 'a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8s9')],
    ['npm token', '.npmrc', j('//registry.npmjs.org/:_authToken=npm_', 'a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8')],
    ['JSON web token', 'fixture.ts', j('const t = "eyJ', 'hbGciOiJSUzI1NiJ9.eyJ', 'zdWIiOiJhbm5hIn0.c2lnbmF0dXJlLXZhbHVlLXh5eg";')],
    ['literal bearer token', 'call.ts', j("headers: { Authorization: 'Bear", "er ", b64(30).replace(/[+/=]/g, 'x'), "' }")],
    ['secret assigned a literal', 'bot.ts', j('const app = new App({ client', "Secret: 'Sup3r", "-hemligt-värde' });")],
    ['secret assigned a literal', 'appsettings.json', j('{ "MicrosoftApp', 'Password": "Sup3r', 'Hemligt!" }')],
    ['secret in an env-style file', 'env/.env.prod', j('CLIENT_', 'SECRET=Sup3rHemligtVarde\n')],
    ['token assigned a literal', 'client.ts', j('const options = { access', "Token: 'ya29.A0", "ARrdaM-realistic' };")],
    ['high-entropy string in a config file', 'config/app.json', j('{ "signingKey": "', b64(48), '" }')],
  ];

  it.each(planted)('the scan catches a planted %s (%s)', (detector, file, text) => {
    const findings = scanText(file, text, ALLOW, { entropy: CONFIG_FILE.test(file) });
    expect(findings.map((f) => f.detector)).toContain(detector);
    // A finding shows a masked excerpt, never the whole value.
    for (const f of findings) expect(text.includes(f.excerpt)).toBe(false);
  });

  it('the allowlist lets the local persona tokens through, and only those values', () => {
    expect(scanText('personas.ts', "{ token: 'local-annalindstrom', login: 'anna.lind@amn.local' }", ALLOW, { entropy: false })).toEqual([]);
    expect(scanText('personas.ts', j("{ token: 'live-an", "na-2024-7f3k9q', login: 'anna.lind@amn.local' }"), ALLOW, { entropy: false })).toHaveLength(1);
  });

  it('ordinary code, words and identifiers are not flagged as random', () => {
    expect(highEntropyRuns('{"name": "namndstod-uppfoljning-teams-app", "description": "Arbetsmarknadsnamndens_uppfoljning_2021"}')).toEqual([]);
    expect(highEntropyRuns('"id": "00000000-0000-4000-8000-0000000000a1"')).toEqual([]);
    expect(highEntropyRuns('xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"')).toEqual([]);
    expect(highEntropyRuns('"contentUrl": "https://namndstod.stockholm.se/tab/Index.html?v=2021"')).toEqual([]);
    expect(highEntropyRuns(j('"key": "', '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"'))).toHaveLength(1);
    expect(scanText('service.ts', 'readonly clientSecret?: string; const token = await getToken(); password: options.password,', ALLOW, { entropy: false })).toEqual([]);
  });
});
