// `npm audit --omit=dev`: the advisories for what ships. It needs the registry's advisory endpoint;
// when that cannot be reached (no network, or a registry mirror that does not offer it) the audit
// is reported as NOT RUN with the reason — on the console and in test-artifacts/ — never as a
// pass. A run fails on high or critical advisories in production packages that have a fix.

import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { blocking, formatAudit, readAudit, type AuditOutcome } from './support/audit-summary';

jest.setTimeout(120_000);

const REPO = resolve(__dirname, '../..');
const ARTIFACTS = join(REPO, 'test-artifacts');

function npm(args: readonly string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.platform === 'win32' ? 'npm.cmd' : 'npm', args, { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    const timer = setTimeout(() => child.kill('SIGKILL'), 90_000);
    child.on('error', fail);
    child.on('close', (code) => {
      clearTimeout(timer);
      done({ code, stdout, stderr });
    });
  });
}

describe('dependency audit', () => {
  it('npm audit --omit=dev: no fixable high or critical advisory in production dependencies (or NOT RUN, with the reason)', async () => {
    const run = await npm(['audit', '--omit=dev', '--json', '--fetch-retries=1']);
    const outcome = readAudit(run.stdout, run.stderr);
    // An answer that is neither a report nor a recognisable network/endpoint failure is a failure.
    if (outcome.ran === 'unknown') throw new Error(outcome.detail);
    const summary = formatAudit(outcome);
    mkdirSync(ARTIFACTS, { recursive: true });
    writeFileSync(join(ARTIFACTS, 'dependency-audit.txt'), `${summary}\n`);
    process.stderr.write(`\n${summary}\n(also in test-artifacts/dependency-audit.txt)\n\n`);
    expect(blocking(outcome)).toEqual([]);
  });
});

describe('reading npm audit output', () => {
  const report = (vulnerabilities: Record<string, unknown>, counts: Record<string, number>) =>
    JSON.stringify({ auditReportVersion: 2, vulnerabilities, metadata: { vulnerabilities: { ...counts, total: 0 }, dependencies: { prod: 120, total: 600 } } });

  it('a clean report ran and blocks nothing', () => {
    const outcome = readAudit(report({}, { info: 0, low: 0, moderate: 0, high: 0, critical: 0 }), '') as AuditOutcome;
    expect(outcome).toMatchObject({ ran: true, dependencies: 120, findings: [] });
    expect(formatAudit(outcome)).toBe('Dependency audit (npm audit --omit=dev): 120 production dependencies, 0 vulnerable.');
  });

  it('a fixable high advisory blocks; a moderate one and an unfixable high one are only reported', () => {
    const outcome = readAudit(
      report(
        {
          'xml-ish': { name: 'xml-ish', severity: 'high', isDirect: false, via: [{ title: 'Prototype pollution' }], fixAvailable: true },
          'zip-ish': { name: 'zip-ish', severity: 'high', isDirect: true, via: [{ title: 'Path traversal' }], fixAvailable: false },
          'csv-ish': { name: 'csv-ish', severity: 'moderate', isDirect: false, via: ['xml-ish'], fixAvailable: { name: 'exceljs', version: '4.4.1' } },
        },
        { info: 0, low: 0, moderate: 1, high: 2, critical: 0 },
      ),
      '',
    ) as AuditOutcome;
    expect(blocking(outcome).map((f) => f.name)).toEqual(['xml-ish']);
    expect(formatAudit(outcome).split('\n')).toEqual([
      'Dependency audit (npm audit --omit=dev): 120 production dependencies, 3 vulnerable (2 high, 1 moderate).',
      '  high     xml-ish: Prototype pollution — fix available',
      '  high     zip-ish (direct): Path traversal — no fix yet',
      '  moderate csv-ish: xml-ish — fix available',
    ]);
  });

  it('an unreachable registry or a mirror without the advisory endpoint is NOT RUN, with the reason', () => {
    const refused = readAudit(JSON.stringify({ message: 'request to http://127.0.0.1:9/-/npm/v1/security/advisories/bulk failed, reason: connect ECONNREFUSED 127.0.0.1:9', error: { summary: '', detail: '' } }), '');
    expect(refused).toEqual({ ran: false, reason: "npm could not reach the registry's audit endpoint (ECONNREFUSED)" });
    const mirror = readAudit(JSON.stringify({ message: '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk', statusCode: 405 }), '');
    expect(mirror.ran).toBe(false);
    expect(formatAudit(mirror as AuditOutcome)).toMatch(/^Dependency audit \(npm audit --omit=dev\): NOT RUN — the registry's audit endpoint answered 405 Method Not Allowed/);
  });

  it('anything else is not mistaken for a pass', () => {
    expect(readAudit('not json', 'npm error code EUSAGE').ran).toBe('unknown');
    expect(readAudit(JSON.stringify({ something: 'else' }), '').ran).toBe('unknown');
  });
});
