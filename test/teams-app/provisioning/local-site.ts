// A local list service on a random 127.0.0.1 port with the product's authorization wired in, and
// PnPjs instances per persona — the same code path as production against a tenant.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SPFI } from '@pnp/sp';
import { MANAGER_GROUP } from '../../../shared/lists';
import { namndPolicy } from '../../../teams-app/src/local-sharepoint/namnd-policy';
import type { RetryOptions } from '../../../teams-app/src/data/retry';
import { createSp } from '../../../teams-app/src/data/sp';
import { createListService, type ListService, type ServicePersona } from '../../../teams-app/src/local-sharepoint';
import type { SeedData } from '../../../teams-app/src/provisioning/seed-mapping';

export const FAST_RETRY: RetryOptions = { attempts: 3, baseDelayMs: 5, maxDelayMs: 5_000 };

export function loadSeed(): SeedData {
  return JSON.parse(readFileSync(join(__dirname, '../../fixtures/seed-items.json'), 'utf8')) as SeedData;
}

export interface LocalSite {
  readonly service: ListService;
  readonly manager: ServicePersona;
  /** Members who are not managers. */
  readonly members: readonly ServicePersona[];
  spAs(persona: ServicePersona, retry?: RetryOptions): SPFI;
  close(): Promise<void>;
}

export async function startLocalSite(options: { authorize?: boolean } = {}): Promise<LocalSite> {
  const service = await createListService({
    port: 0,
    ...(options.authorize === false ? {} : { authorize: namndPolicy }),
  });
  const manager = service.personas.find((p) => p.groups?.includes(MANAGER_GROUP));
  if (!manager) throw new Error(`No local persona is in ${MANAGER_GROUP}`);
  const members = service.personas.filter((p) => p !== manager && !p.isSiteAdmin && !p.groups?.includes(MANAGER_GROUP));
  return {
    service,
    manager,
    members,
    spAs: (persona, retry = FAST_RETRY) => createSp({ siteUrl: service.siteUrl, auth: { token: persona.token }, retry }),
    close: () => service.close(),
  };
}
