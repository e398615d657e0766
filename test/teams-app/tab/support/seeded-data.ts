// The tab's data as the tab reads it (loadTabData over PnPjs), from a local list service seeded
// with the real items through the import code — for the model tests, without a browser.

import { importSeed } from '../../../../teams-app/src/provisioning/import-seed';
import { provisionSite } from '../../../../teams-app/src/provisioning/provision-site';
import { loadTabData, type TabData } from '../../../../teams-app/src/tab/model/tab-data';
import { loadSeed, startLocalSite } from '../../provisioning/local-site';

export async function loadSeededTabData(): Promise<TabData> {
  const site = await startLocalSite();
  try {
    const sp = site.spAs(site.manager);
    await provisionSite(sp);
    await importSeed(sp, loadSeed());
    return await loadTabData(sp);
  } finally {
    await site.close();
  }
}
