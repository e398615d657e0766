import { isLocalHost } from './package-config';

/**
 * The Teams manifest in the repository points at a stand-in for the real server: the local run
 * (127.0.0.1, localhost) or a placeholder domain it declares as its own (the tabs' host, e.g.
 * namndstod.example.org), so that the checked-in file validates.
 * For production every such URL moves to the base URL with its path kept:
 * https://namndstod.example.org/tab/?x=1 → https://namndstod.stockholm.se/tab/?x=1
 * (or …/namndstod/tab/?x=1 when the base URL has a path).
 */
export function productionUrl(url: string, baseUrl: string, standInHosts: ReadonlySet<string>): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url;
  }
  if (!/^https?:$/.test(parsed.protocol)) return url;
  if (!isLocalHost(parsed.hostname) && !standInHosts.has(parsed.host.toLowerCase())) return url;
  return `${baseUrl.replace(/\/+$/, '')}${parsed.pathname}${parsed.search}${parsed.hash}`;
}

/**
 * What must not be left in a production manifest: local hosts, plain http, placeholder domains
 * (RFC 2606: example.org/.com/.net, .test, .invalid) other than the base URL's own, unfilled
 * {{placeholders}}.
 */
export function leftovers(text: string, baseUrl: string): string[] {
  const baseHost = new URL(baseUrl).hostname.toLowerCase();
  const found = new Set<string>();
  for (const m of text.matchAll(/\bhttp:\/\/[^\s"'<>]+/g)) found.add(m[0]);
  for (const m of text.matchAll(/\b(?:localhost|127\.\d+\.\d+\.\d+|0\.0\.0\.0)\b(?::\d+)?|\[::1\]/gi)) found.add(m[0]);
  for (const m of text.matchAll(/\$?\{\{[^}]*\}\}/g)) found.add(m[0]);
  for (const m of text.matchAll(/\b(?:[a-z0-9-]+\.)*(?:example\.(?:org|com|net)|[a-z0-9-]+\.(?:test|invalid))\b/gi)) {
    if (m[0].toLowerCase() !== baseHost) found.add(m[0]);
  }
  return [...found];
}
