// Reading a page's Content-Security-Policy (header and <meta>) and the violations it reports.

import type { BrowserContext, Frame } from 'playwright-core';

export type Policy = ReadonlyMap<string, readonly string[]>;

export function parsePolicy(text: string): Policy {
  const map = new Map<string, string[]>();
  for (const part of text.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name && !map.has(name.toLowerCase())) map.set(name.toLowerCase(), sources);
  }
  return map;
}

/** The sources a directive allows, falling back to default-src as browsers do for fetch directives. */
export function sourcesFor(policy: Policy, directive: string): readonly string[] {
  return policy.get(directive) ?? (directive.endsWith('-src') ? (policy.get('default-src') ?? []) : []);
}

export async function metaPolicy(frame: Frame): Promise<string | null> {
  return frame.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy" i]')?.getAttribute('content') ?? null);
}

/** Every frame of every page in the context records its securitypolicyviolation events from the start. */
export async function recordViolations(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const w = window as unknown as { __cspViolations?: string[] };
    w.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      w.__cspViolations!.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'}${e.sample ? ` (${e.sample.slice(0, 40)})` : ''}`);
    });
  });
}

export async function violationsIn(frame: Frame): Promise<string[]> {
  return frame.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []);
}

/**
 * What the product pages' policy must say wherever it is delivered: scripts from the page's own
 * origin (plus `scriptHosts`), never inline or eval'd; no plugins; no <base>; styles without
 * 'unsafe-inline' beyond the empty <style> elements Fluent UI adds (see webpack.config.js).
 */
export function policyProblems(policy: Policy, scriptHosts: readonly string[] = []): string[] {
  const problems: string[] = [];
  const expectExactly = (directive: string, expected: readonly string[]) => {
    const got = [...sourcesFor(policy, directive)].sort();
    if (JSON.stringify(got) !== JSON.stringify([...expected].sort())) problems.push(`${directive}: ${got.join(' ') || '(none)'}, expected ${expected.join(' ')}`);
  };
  expectExactly('default-src', ["'self'"]);
  expectExactly('script-src', ["'self'", ...scriptHosts]);
  expectExactly('object-src', ["'none'"]);
  expectExactly('base-uri', ["'none'"]);
  const style = sourcesFor(policy, 'style-src');
  if (!style.includes("'self'")) problems.push(`style-src lacks 'self': ${style.join(' ')}`);
  for (const s of style) if (s !== "'self'" && !/^'sha256-[A-Za-z0-9+/=]+'$/.test(s)) problems.push(`style-src allows ${s}`);
  for (const directive of ['connect-src', 'img-src', 'font-src']) {
    for (const s of sourcesFor(policy, directive)) if (s === '*' || s === 'http:' || s === 'https:' || s.startsWith('http://')) problems.push(`${directive} allows ${s}`);
  }
  return problems;
}
