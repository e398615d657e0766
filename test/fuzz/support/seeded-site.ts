// The nämnd's lists with the seed data, as `npm start` sets them up: created and imported through
// the product's own provisioning over HTTP, against any running list service.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BULK_RETRY } from '../../../teams-app/src/data/retry';
import { createSp } from '../../../teams-app/src/data/sp';
import { importSeed } from '../../../teams-app/src/provisioning/import-seed';
import { provisionSite } from '../../../teams-app/src/provisioning/provision-site';
import type { SeedData } from '../../../teams-app/src/provisioning/seed-mapping';
import { repoRoot } from './fixtures';

export function loadSeed(): SeedData {
  return JSON.parse(readFileSync(join(repoRoot(), 'test', 'fixtures', 'seed-items.json'), 'utf8')) as SeedData;
}

/** Provisions and imports as `token` (a manager). */
export async function seedSite(siteUrl: string, token: string): Promise<void> {
  const sp = createSp({ siteUrl, token, retry: { ...BULK_RETRY, baseDelayMs: 20 } });
  await provisionSite(sp);
  await importSeed(sp, loadSeed());
}
