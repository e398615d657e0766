// The whole local stack for the tab's browser tests: the list service with the nämnd's write
// policy on a random 127.0.0.1 port, provisioned and seeded with the real items through the
// provisioning/import code, and the Teams host (harness + tab + list proxy) in front of it.

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { SPFI } from '@pnp/sp';
import { MANAGER_GROUP } from '../../../../shared/lists';
import { createSp } from '../../../../teams-app/src/data/sp';
import { createListService, type ListService, type ServicePersona } from '../../../../teams-app/src/local-sharepoint';
import { namndPolicy } from '../../../../teams-app/src/local-sharepoint/namnd-policy';
import { importSeed } from '../../../../teams-app/src/provisioning/import-seed';
import { provisionSite } from '../../../../teams-app/src/provisioning/provision-site';
import { startTeamsHost, type TeamsHost, type TeamsHostOptions } from '../../../../teams-app/src/teams-host/server';
import { FAST_RETRY, loadSeed } from '../../provisioning/local-site';

export const WEB_ROOT = join(__dirname, '../../../../dist/web');

export function requireBuiltTab(): void {
  for (const entry of ['tab', 'teams-host']) {
    if (!existsSync(join(WEB_ROOT, entry, 'index.html'))) {
      throw new Error(`dist/web/${entry} is missing: run "npm run build" before the tab's browser tests (npm test does).`);
    }
  }
}

export interface TabSite {
  readonly service: ListService;
  readonly host: TeamsHost;
  readonly manager: ServicePersona;
  /** Members who are not managers (Erik, Sara, …). */
  readonly members: readonly ServicePersona[];
  spAs(persona: ServicePersona): SPFI;
  close(): Promise<void>;
}

export async function startTabSite(options: { seed?: boolean; host?: Partial<TeamsHostOptions> } = {}): Promise<TabSite> {
  const service = await createListService({ port: 0, authorize: namndPolicy });
  const manager = service.personas.find((p) => p.groups?.includes(MANAGER_GROUP));
  if (!manager) throw new Error(`No local persona is in ${MANAGER_GROUP}`);
  const members = service.personas.filter((p) => p !== manager && p.groups?.includes('Nämndstöd Medlemmar'));
  const spAs = (persona: ServicePersona) => createSp({ siteUrl: service.siteUrl, auth: { token: persona.token }, retry: FAST_RETRY });
  const sp = spAs(manager);
  await provisionSite(sp);
  if (options.seed !== false) await importSeed(sp, loadSeed());
  const host = await startTeamsHost({ listServiceUrl: service.url, personas: service.personas, webRoot: WEB_ROOT, ...options.host });
  return {
    service,
    host,
    manager,
    members,
    spAs,
    async close() {
      await host.close();
      await service.close();
    },
  };
}
