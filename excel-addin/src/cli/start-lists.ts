import { rmSync } from 'node:fs';
import { BULK_RETRY, createRepositories, createSp } from '../../../teams-app/src/data';
import { createListService } from '../../../teams-app/src/local-sharepoint';
import { namndPolicy } from '../../../teams-app/src/local-sharepoint/namnd-policy';
import { defaultSeedPath, readSeed } from '../../../teams-app/src/provisioning/cli';
import { importSeed } from '../../../teams-app/src/provisioning/import-seed';
import { provisionSite } from '../../../teams-app/src/provisioning/provision-site';
import type { Running } from './start-command';

/**
 * The local list service with the nämnd's write policy, provisioned and seeded through PnPjs as
 * its site administrator — the same provisioning and import code a real tenant gets. Both are
 * idempotent, so a restart on the same data changes nothing a person posted.
 */
export async function startLists(opts: { port: number; dataDir: string; fresh: boolean }): Promise<Running & { siteUrl: string; url: string }> {
  if (opts.fresh) rmSync(opts.dataDir, { recursive: true, force: true });
  const service = await createListService({ port: opts.port, dataDir: opts.dataDir, authorize: namndPolicy });
  try {
    const admin = service.personas.find((p) => p.isSiteAdmin);
    if (!admin) throw new Error('no site-admin persona');
    const sp = createSp({ siteUrl: service.siteUrl, auth: { token: admin.token }, retry: BULK_RETRY });
    await provisionSite(sp);
    const report = await importSeed(sp, readSeed(defaultSeedPath()));
    await assignDemoOwners(sp, service.personas);
    const created = Object.values(report.lists).reduce((s, c) => s + c.created, 0);
    return {
      name: 'SharePoint-listor (lokal tjänst)',
      siteUrl: service.siteUrl,
      url: service.url,
      lines: [
        `Webbplats: ${service.siteUrl}`,
        `Data: ${opts.dataDir}${created > 0 ? ` (${created} poster importerade nu)` : ''}`,
        `Personer (Authorization: Bearer <token>): ${service.personas.map((p) => `${p.token} = ${p.title}`).join(', ')}`,
      ],
      close: () => service.close(),
    };
  } catch (error) {
    await service.close();
    throw error;
  }
}

/**
 * The seed names owners by role ("Lokal samordnare"), not by local person, so nobody but the
 * manager could post. Locally, Erik and Sara each get a few real items — only where no owner is
 * set, so a person's own assignment is never overwritten.
 */
const DEMO_OWNERS: Readonly<Record<string, readonly string[]>> = {
  'erik.berg@amn.local': ['VBE2021-03', 'VBE2021-04', 'KRIM-01', 'KOMP2022-01'],
  'sara.holm@amn.local': ['VBE2022-01', 'KRIM-02', 'KOMP2022-02'],
};

async function assignDemoOwners(sp: ReturnType<typeof createSp>, personas: readonly { id: number; login: string }[]): Promise<void> {
  const repos = createRepositories(sp);
  for (const [login, ids] of Object.entries(DEMO_OWNERS)) {
    const person = personas.find((p) => p.login === login);
    if (!person) continue;
    for (const externalId of ids) {
      const item = await repos.actionItems.getByExternalId(externalId);
      if (!item || (item.ownerPersonsId?.length ?? 0) > 0) continue;
      await repos.actionItems.update(item.Id, { ownerPersonsId: [person.id] }, item.etag);
    }
  }
}
