// The Teams tab with 5 000 items against 50, in Chromium: the cost of rendering the list once the
// data is there (rows built, filters applied, the virtualised list committed) and of filtering it
// (typing a search, choosing a plan), each measured in the page with User Timing marks the tab
// sets ('namndstod:data-loaded', 'namndstod:list-commit'). Target: 5 000 ÷ 50 ≤ 3 for both.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { MANAGER_GROUP } from '../../shared/lists';
import { createSp } from '../../teams-app/src/data/sp';
import { createListService, type ListService } from '../../teams-app/src/local-sharepoint';
import { provisionSite } from '../../teams-app/src/provisioning/provision-site';
import { mapSeed, type SeedData, type SeedRow } from '../../teams-app/src/provisioning/seed-mapping';
import { packageRoot, startTeamsHost } from '../../teams-app/src/teams-host/server';
import { launchBrowser } from '../support/browser';
import type { BenchSuite } from './suites';
import { medianOf } from './timing';

const SIZES = [50, 5000] as const;
const RENDERS = 7;
const FILTER_ROUNDS = 3;
const AS_OF = '2021-06-15';
const SEARCHES = ['krim', 'våldsbejakande', 'feriejobb', 'kompetens 2022', 'uppföljning', 'jobbtorg'];

function seedData(): SeedData {
  return JSON.parse(readFileSync(join(packageRoot(__dirname), 'test', 'fixtures', 'seed-items.json'), 'utf8')) as SeedData;
}

/**
 * A site with the real documents and plans and `count` action items: the seed's 99 real rows,
 * repeated with numbered ids, so every time text and follow-up rhythm occurs in proportion.
 */
export async function seededService(count: number): Promise<ListService> {
  const service = await createListService({ port: 0 });
  const manager = service.personas.find((p) => p.groups?.includes(MANAGER_GROUP))!;
  await provisionSite(createSp({ siteUrl: service.siteUrl, auth: { token: manager.token } }));
  const rows = mapSeed(seedData());
  const ids = new Map<string, number>();
  const insert = (title: string, list: readonly SeedRow[], resolve: (row: SeedRow) => Record<string, unknown>) => {
    const made = service.seedItems(title, list.map((r) => ({ ...r.values, ...r.createOnly, ...resolve(r) })));
    list.forEach((r, i) => ids.set(r.externalId, made[i]!));
  };
  const lookups = (r: SeedRow) => Object.fromEntries(Object.entries(r.lookups).map(([k, v]) => [k, v === null ? null : (ids.get(v) ?? null)]));
  insert('Källdokument', rows.SourceDocuments, () => ({}));
  insert('Planer', rows.Plans, lookups);
  const actions = Array.from({ length: count }, (_, i) => {
    const r = rows.ActionItems[i % rows.ActionItems.length]!;
    const copy = Math.floor(i / rows.ActionItems.length);
    return copy === 0 ? r : { ...r, externalId: `${r.externalId}-${copy}`, values: { ...r.values, externalId: `${r.externalId}-${copy}` } };
  });
  service.seedItems('Åtgärder', actions.map((r) => ({ ...r.values, ...r.createOnly, ...lookups(r) })));
  return service;
}

/** ms from the data being loaded to the list committed, for one page load. */
async function renderOnce(page: Page, url: string): Promise<{ ms: number; items: number }> {
  await page.goto(url);
  await page.locator('[data-phase="ready"] [role="listbox"]').waitFor({ timeout: 60_000 });
  return page.evaluate(() => {
    const loaded = performance.getEntriesByName('namndstod:data-loaded')[0] as PerformanceMark;
    const commit = (performance.getEntriesByName('namndstod:list-commit') as PerformanceMark[]).find((m) => m.startTime >= loaded.startTime)!;
    return { ms: commit.startTime - loaded.startTime, items: (loaded.detail as { items: number }).items };
  });
}

/** ms from a filter change (as the browser delivers a person's input) to the list committed with the result. */
async function filterOnce(page: Page, change: { search: string } | { plan: number }): Promise<{ ms: number; count: number }> {
  return page.evaluate(
    (c) =>
      new Promise<{ ms: number; count: number }>((resolve) => {
        const start = performance.now();
        const observer = new PerformanceObserver((list) => {
          const mark = list.getEntriesByName('namndstod:list-commit').find((m) => m.startTime >= start) as PerformanceMark | undefined;
          if (!mark) return;
          observer.disconnect();
          resolve({ ms: mark.startTime - start, count: (mark.detail as { count: number }).count });
        });
        observer.observe({ type: 'mark' });
        if ('search' in c) {
          const input = document.querySelector<HTMLInputElement>('input[data-filter="search"]')!;
          Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, c.search);
          input.dispatchEvent(new Event('input', { bubbles: true }));
        } else {
          const select = document.querySelector<HTMLSelectElement>('select[data-filter="plan"]')!;
          select.selectedIndex = c.plan;
          select.dispatchEvent(new Event('change', { bubbles: true }));
        }
      }),
    change,
  );
}

const fmt = (n: number) => `${n.toFixed(1).replace('.', ',')} ms`;

interface Site {
  readonly size: number;
  readonly page: Page;
  readonly url: string;
  close(): Promise<void>;
}

export const tabRenderFilterSuite: BenchSuite = {
  name: 'tab-render-filter',
  async run() {
    const browser = await launchBrowser();
    const sites: Site[] = [];
    try {
      for (const size of SIZES) {
        const service = await seededService(size);
        const host = await startTeamsHost({ listServiceUrl: service.url, personas: service.personas });
        const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
        const manager = service.personas.find((p) => p.groups?.includes(MANAGER_GROUP))!;
        sites.push({
          size,
          page,
          url: `${host.tabUrl}?as=${encodeURIComponent(manager.login)}&asOf=${AS_OF}`,
          close: async () => {
            await page.close();
            await host.close();
            await service.close();
          },
        });
      }
      // The sizes take turns, so a busy moment on the machine falls on both alike.
      const renders = new Map<number, number[]>(SIZES.map((s) => [s, []]));
      const items = new Map<number, number>();
      for (let i = 0; i <= RENDERS; i++) {
        for (const site of sites) {
          const r = await renderOnce(site.page, site.url);
          if (i > 0) renders.get(site.size)!.push(r.ms);
          items.set(site.size, r.items);
        }
      }
      const filters = new Map<number, number[]>(SIZES.map((s) => [s, []]));
      const plans = Math.min(...(await Promise.all(sites.map((s) => s.page.locator('select[data-filter="plan"] option').count()))));
      for (let round = 0; round <= FILTER_ROUNDS; round++) {
        const changes: ({ search: string } | { plan: number })[] = [
          ...SEARCHES.map((search) => ({ search })),
          { search: '' },
          ...Array.from({ length: plans - 1 }, (_, i) => ({ plan: i + 1 })),
          { plan: 0 },
        ];
        for (const change of changes) {
          for (const site of sites) {
            const r = await filterOnce(site.page, change);
            const reset = ('search' in change && change.search === '') || ('plan' in change && change.plan === 0);
            if (round > 0 && !reset) filters.get(site.size)!.push(r.ms);
          }
        }
      }
      const [small, large] = SIZES.map((s) => ({ render: medianOf(renders.get(s)!), filter: medianOf(filters.get(s)!), items: items.get(s)! }));
      const ratio = (a: number, b: number) => (a / b).toFixed(2).replace('.', ',');
      process.stdout.write(
        [
          `Chromium (headless), sizes taking turns; median of ${RENDERS} page loads and ${FILTER_ROUNDS} rounds of ${SEARCHES.length} searches + ${plans - 1} plan choices`,
          ...[small!, large!].map((r) => `${String(r.items).padStart(5)} items: render ${fmt(r.render)}, filter ${fmt(r.filter)}`),
          `render 5 000 ÷ 50: ${ratio(large!.render, small!.render)} (target ≤ 3)`,
          `filter 5 000 ÷ 50: ${ratio(large!.filter, small!.filter)} (target ≤ 3)`,
          '',
        ].join('\n'),
      );
    } finally {
      for (const site of sites) await site.close();
      await browser.close();
    }
  },
};
