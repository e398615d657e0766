import { manifestForBaseUrl } from '../host/add-in-manifest';
import type { PackageConfig } from './package-config';
import { leftovers } from './package-urls';

/**
 * The Excel add-in's XML manifest for production (what an admin deploys through Integrated Apps
 * or a shared folder catalog): every development URL moved under the base URL and the base origin
 * as the add-in's app domain (manifestForBaseUrl, next to the manifest's other host code), plus
 * this installation's add-in id and version. Edited as text so that everything else — element
 * order matters to Office — stays exactly as checked in.
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
  let xml: string;
  try {
    xml = manifestForBaseUrl(template, config.baseUrl);
  } catch (e) {
    return { xml: template, sourceLocation: undefined, resourceUrls: [], problems: [`excel-addin.xml: ${(e as Error).message}`] };
  }
  // The checked-in comments describe the development set-up; they would only mislead here.
  xml = xml.replace(/[ \t]*<!--[\s\S]*?-->\r?\n?/g, '');
  xml = xml.replace(/<Id>[^<]*<\/Id>/, `<Id>${config.excelAddinId}</Id>`);
  if (config.version) xml = xml.replace(/<Version>[^<]*<\/Version>/, `<Version>${config.version}.0</Version>`);

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
