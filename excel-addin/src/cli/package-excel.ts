import { isLocalHost, type PackageConfig } from './package-config';
import { leftovers, rewriteUrls } from './package-urls';

/**
 * The Excel add-in's XML manifest for production (what an admin deploys through Integrated Apps
 * or a shared folder catalog): this installation's add-in id and version, every URL on the base
 * URL over https, the base origin as the add-in's app domain. Edited as text so that everything
 * else — element order matters to Office — stays exactly as checked in.
 */

export interface ExcelManifest {
  readonly xml: string;
  readonly sourceLocation: string | undefined;
  /** URLs Office loads from the add-in's own server: the pane, icons, command files. */
  readonly resourceUrls: readonly string[];
  readonly problems: readonly string[];
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).host.toLowerCase();
  } catch {
    return undefined;
  }
}

export function buildExcelManifest(template: string, config: PackageConfig): ExcelManifest {
  const problems: string[] = [];
  if (!/<OfficeApp\b/.test(template)) return { xml: template, sourceLocation: undefined, resourceUrls: [], problems: ['excel-addin.xml is not an Office add-in manifest (no <OfficeApp>)'] };
  const baseOrigin = new URL(config.baseUrl).origin;

  // Stand-ins for this installation's server: the checked-in source location's host, and app
  // domains that are local or placeholders.
  const declaredDomains = [...template.matchAll(/<AppDomain>\s*([^<\s]+)\s*<\/AppDomain>/g)].map((m) => m[1]!);
  const sourceHosts = [...template.matchAll(/<SourceLocation\s+DefaultValue="([^"]+)"/g)].map((m) => hostOf(m[1]!)).filter((h): h is string => !!h);
  const standIns = new Set<string>(sourceHosts);
  for (const d of declaredDomains) {
    const host = hostOf(/^https?:\/\//.test(d) ? d : `https://${d}`);
    if (host && (isLocalHost(host.replace(/:\d+$/, '')) || standIns.has(host) || leftovers(`https://${host}/`, config.baseUrl).length)) standIns.add(host);
  }

  let xml = template.replace(/<Id>[^<]*<\/Id>/, `<Id>${config.excelAddinId}</Id>`);
  if (config.version) xml = xml.replace(/<Version>[^<]*<\/Version>/, `<Version>${config.version}.0</Version>`);
  const kept = declaredDomains.filter((d) => {
    const host = hostOf(/^https?:\/\//.test(d) ? d : `https://${d}`);
    return host !== undefined && !standIns.has(host) && `https://${host}` !== baseOrigin;
  });
  const domains = [baseOrigin, ...kept].map((d) => `<AppDomain>${d}</AppDomain>`).join('');
  // Without <AppDomains> the source location's own domain is trusted anyway.
  xml = xml.replace(/<AppDomains>[\s\S]*?<\/AppDomains>/, `<AppDomains>${domains}</AppDomains>`);
  xml = rewriteUrls(xml, config.baseUrl, standIns);

  const id = /<Id>([^<]*)<\/Id>/.exec(xml)?.[1];
  if (!id || !GUID.test(id)) problems.push(`excel-addin.xml: <Id> '${id ?? ''}' is not a GUID`);
  const version = /<Version>([^<]*)<\/Version>/.exec(xml)?.[1];
  if (!version || !/^\d+(\.\d+){3}$/.test(version)) problems.push(`excel-addin.xml: <Version> '${version ?? ''}' must be x.y.z.w`);
  const sourceLocation = /<SourceLocation\s+DefaultValue="([^"]+)"/.exec(xml)?.[1];
  if (!sourceLocation) problems.push('excel-addin.xml has no <SourceLocation>');
  else if (hostOf(sourceLocation) !== new URL(config.baseUrl).host.toLowerCase()) problems.push(`excel-addin.xml: the task pane ${sourceLocation} is not on ${config.baseUrl}`);
  // Namespace names (xmlns="http://schemas.microsoft.com/…") are identifiers, never fetched.
  const fetched = xml.replace(/\sxmlns(?::\w+)?="[^"]*"/g, '');
  for (const leftover of leftovers(fetched, config.baseUrl)) problems.push(`excel-addin.xml still refers to ${leftover}`);
  for (const m of fetched.matchAll(/\b(?:DefaultValue|Url|href)="(https?:[^"]*)"/g)) if (!m[1]!.startsWith('https://')) problems.push(`excel-addin.xml: ${m[1]} is not https`);
  // Office rejects a manifest whose resource ids are longer than 32 characters.
  for (const m of xml.matchAll(/(?:\bresid="|<bt:(?:Url|String|Image)\s+id=")([^"]{33,})"/g)) problems.push(`excel-addin.xml: resource id '${m[1]}' is longer than 32 characters`);
  const resourceUrls = [...xml.matchAll(/<(?:SourceLocation|IconUrl|HighResolutionIconUrl|bt:Image|bt:Url)\b[^>]*\bDefaultValue="(https:[^"]+)"/g)].map((m) => m[1]!);
  return { xml, sourceLocation, resourceUrls: [...new Set(resourceUrls)], problems };
}
