// What the tab needs to know about where it runs, read from tab-config.json next to the page: the
// same bundle serves the local run and production, and only this file differs between them.

import { CalendarError, followUpCalendar, type CalendarOverrides, type FollowUpCalendar } from '../../../shared/lists';

export type TabMode = 'local' | 'tenant';

export interface TabConfig {
  readonly mode: TabMode;
  /** Local: the site's path on the tab's own origin (the tab server proxies it to the list service). */
  readonly sitePath?: string;
  /** Tenant: the nämnd's site, e.g. https://stockholm.sharepoint.com/sites/amn. */
  readonly siteUrl?: string;
  /** Tenant: where the Teams SSO token is exchanged for a SharePoint token (on behalf of the user). */
  readonly tokenExchangeUrl?: string;
  /** Origins of a host other than Teams itself (the local harness) that may talk to the tab through teams-js. */
  readonly hostOrigins?: readonly string[];
  /** Report due dates and moved period ends per year, from the city's anvisningar. */
  readonly calendar?: CalendarOverrides;
}

export interface LoadedConfig {
  readonly config: TabConfig;
  readonly calendar: FollowUpCalendar;
}

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

export function checkConfig(value: unknown): LoadedConfig {
  if (typeof value !== 'object' || value === null) throw new ConfigError('tab-config.json is not a JSON object');
  const c = value as Record<string, unknown>;
  if (c['mode'] !== 'local' && c['mode'] !== 'tenant') throw new ConfigError("tab-config.json: mode must be 'local' or 'tenant'");
  if (c['mode'] === 'local' && (typeof c['sitePath'] !== 'string' || !/^\/[A-Za-z0-9/_-]+$/.test(c['sitePath']))) {
    throw new ConfigError('tab-config.json: local mode needs sitePath such as /sites/amn');
  }
  if (c['mode'] === 'tenant') {
    for (const key of ['siteUrl', 'tokenExchangeUrl']) {
      const v = c[key];
      if (typeof v !== 'string' || !/^https:\/\//.test(v)) throw new ConfigError(`tab-config.json: tenant mode needs ${key} (https)`);
    }
  }
  const origins = c['hostOrigins'] ?? [];
  if (!Array.isArray(origins) || !origins.every((o) => typeof o === 'string' && /^https?:\/\/[^/]+$/.test(o))) {
    throw new ConfigError('tab-config.json: hostOrigins must be a list of origins (scheme://host[:port])');
  }
  let calendar: FollowUpCalendar;
  try {
    calendar = followUpCalendar((c['calendar'] ?? {}) as CalendarOverrides);
  } catch (e) {
    throw new ConfigError(`tab-config.json: ${e instanceof CalendarError ? e.message : String(e)}`);
  }
  return { config: c as unknown as TabConfig, calendar };
}

export async function loadConfig(url = './tab-config.json'): Promise<LoadedConfig> {
  const response = await fetch(url, { cache: 'no-store' });
  if (!response.ok) throw new ConfigError(`tab-config.json could not be read (HTTP ${response.status})`);
  return checkConfig(await response.json());
}
