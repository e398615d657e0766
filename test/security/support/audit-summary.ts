// Reads `npm audit --json` (report version 2, npm 7+) into a short summary, and tells an audit
// that could not run (no network, a registry without the advisory endpoint) from one that ran.

export type Severity = 'info' | 'low' | 'moderate' | 'high' | 'critical';
const SEVERITIES: readonly Severity[] = ['critical', 'high', 'moderate', 'low', 'info'];

export interface AuditFinding {
  readonly name: string;
  readonly severity: Severity;
  readonly direct: boolean;
  /** Advisory titles, or the packages it is vulnerable through. */
  readonly via: readonly string[];
  readonly fixAvailable: boolean;
}

export type AuditOutcome =
  | { readonly ran: true; readonly dependencies: number; readonly counts: Readonly<Record<Severity, number>>; readonly findings: readonly AuditFinding[] }
  | { readonly ran: false; readonly reason: string };

interface ReportV2 {
  auditReportVersion?: number;
  vulnerabilities?: Record<string, { name: string; severity: Severity; isDirect?: boolean; via?: (string | { title?: string; name?: string })[]; fixAvailable?: unknown }>;
  metadata?: { vulnerabilities?: Partial<Record<Severity, number>>; dependencies?: { prod?: number; total?: number } };
}

interface ErrorReport {
  error?: { code?: string; summary?: string; detail?: string };
  message?: string;
  statusCode?: number;
  code?: string;
}

/** Network and endpoint failures: the audit could not ask, which is not a finding about our packages. */
const UNREACHABLE_CODES = /^(ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|EHOSTUNREACH|ENOAUDIT|E\d{3})$/;

export function readAudit(stdout: string, stderr: string): AuditOutcome | { readonly ran: 'unknown'; readonly detail: string } {
  let json: ReportV2 & ErrorReport;
  try {
    json = JSON.parse(stdout) as ReportV2 & ErrorReport;
  } catch {
    const code = /\bcode (E[A-Z0-9_]+)/.exec(stderr)?.[1];
    if (code && UNREACHABLE_CODES.test(code)) return { ran: false, reason: `npm could not reach the registry (${code})` };
    return { ran: 'unknown', detail: `npm audit printed no JSON.\n${stderr.slice(0, 2000)}` };
  }
  if (json.auditReportVersion === 2 && json.vulnerabilities && json.metadata?.vulnerabilities) {
    const counts = Object.fromEntries(SEVERITIES.map((s) => [s, json.metadata!.vulnerabilities![s] ?? 0])) as Record<Severity, number>;
    const findings = Object.values(json.vulnerabilities)
      .map((v) => ({
        name: v.name,
        severity: v.severity,
        direct: v.isDirect === true,
        via: [...new Set((v.via ?? []).map((x) => (typeof x === 'string' ? x : (x.title ?? x.name ?? '?'))))],
        fixAvailable: v.fixAvailable !== false && v.fixAvailable !== undefined,
      }))
      .sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) || a.name.localeCompare(b.name));
    return { ran: true, dependencies: json.metadata.dependencies?.prod ?? json.metadata.dependencies?.total ?? 0, counts, findings };
  }
  // A failed request comes back as { message: "request to … failed, reason: connect ECONNREFUSED …" }.
  const code = json.error?.code ?? json.code ?? /\breason: .*?\b(E[A-Z_]{3,})\b/.exec(json.message ?? '')?.[1];
  if (json.statusCode !== undefined) return { ran: false, reason: `the registry's audit endpoint answered ${json.message ?? `HTTP ${json.statusCode}`}` };
  if (code && UNREACHABLE_CODES.test(code)) return { ran: false, reason: `npm could not reach the registry's audit endpoint (${code})` };
  return { ran: 'unknown', detail: `npm audit answered something else:\n${stdout.slice(0, 2000)}` };
}

export function formatAudit(outcome: AuditOutcome): string {
  if (!outcome.ran) return `Dependency audit (npm audit --omit=dev): NOT RUN — ${outcome.reason}.`;
  const total = SEVERITIES.reduce((n, s) => n + outcome.counts[s], 0);
  const lines = [
    `Dependency audit (npm audit --omit=dev): ${outcome.dependencies} production dependencies, ${total} vulnerable` +
      (total ? ` (${SEVERITIES.filter((s) => outcome.counts[s]).map((s) => `${outcome.counts[s]} ${s}`).join(', ')})` : '') +
      '.',
  ];
  for (const f of outcome.findings) {
    lines.push(`  ${f.severity.padEnd(8)} ${f.name}${f.direct ? ' (direct)' : ''}: ${f.via.join('; ')}${f.fixAvailable ? ' — fix available' : ' — no fix yet'}`);
  }
  return lines.join('\n');
}

/** What fails the build: high or critical advisories in production dependencies that can be fixed. */
export function blocking(outcome: AuditOutcome): AuditFinding[] {
  return outcome.ran ? outcome.findings.filter((f) => (f.severity === 'high' || f.severity === 'critical') && f.fixAvailable) : [];
}
