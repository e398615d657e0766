/** Where the manifest in manifest/excel-addin.xml points during development. */
export const DEV_BASE_URL = 'https://localhost:3000/';

/**
 * The manifest for a deployment at `baseUrl` (https only: Office loads add-ins over TLS): every
 * development URL is moved under the base, and the app domain becomes the base's origin.
 */
export function manifestForBaseUrl(xml: string, baseUrl: string): string {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new Error(`Not a URL: ${baseUrl}`);
  }
  if (url.protocol !== 'https:') throw new Error(`The add-in must be served over https, not ${url.protocol}//`);
  if (url.search || url.hash) throw new Error('The base URL may not carry a query or fragment');
  const base = url.href.endsWith('/') ? url.href : `${url.href}/`;
  const origin = DEV_BASE_URL.replace(/\/$/, '');
  return xml.split(DEV_BASE_URL).join(base).replace(new RegExp(`<AppDomain>${origin.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}</AppDomain>`, 'g'), `<AppDomain>${url.origin}</AppDomain>`);
}
