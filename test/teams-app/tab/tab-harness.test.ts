// The tab as a person uses it: in the Teams host harness (a parent page answering teams-js),
// against the local list service seeded with the nämnd's real items through the import code,
// in headless Chromium. Screenshots (Swedish) go to test-artifacts/.

import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Frame, FrameLocator, Page } from 'playwright-core';
import { createRepositories, type Repositories } from '../../../teams-app/src/data/repositories';
import type { ServicePersona } from '../../../teams-app/src/local-sharepoint';
import { launchBrowser } from '../../support/browser';
import { loadScheduledSeed } from './support/seed';
import { requireBuiltTab, startTabSite, type TabSite } from './support/tab-site';

jest.setTimeout(60_000);

const ARTIFACTS = join(__dirname, '../../../test-artifacts');
const AS_OF = '2021-06-15';
const seed = loadScheduledSeed();
const TOTAL = seed.actionItems.length + seed.controls.length + seed.projectHistory.length;

let site: TabSite;
let browser: Browser;
let admin: Repositories;
let erik: ServicePersona;
const contexts: BrowserContext[] = [];

async function assign(externalId: string, persona: ServicePersona): Promise<void> {
  const item = await admin.actionItems.getByExternalId(externalId);
  if (!item) throw new Error(`No action item ${externalId}`);
  await admin.actionItems.update(item.Id, { ownerPersonsId: [persona.id] }, item.etag);
}

beforeAll(async () => {
  requireBuiltTab();
  mkdirSync(ARTIFACTS, { recursive: true });
  site = await startTabSite();
  admin = createRepositories(site.spAs(site.manager));
  erik = site.members.find((p) => p.login.startsWith('erik'))!;
  // The seed's people are not local personas, so the manager makes Erik responsible for a few items.
  await assign('VBE2021-03', erik);
  await assign('KRIM-05', erik);
  const control = (await admin.controls.getByExternalId('IKP-2022-01'))!;
  await admin.controls.update(control.Id, { kontrollansvarigId: erik.id }, control.etag);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

interface Opened {
  readonly page: Page;
  readonly tab: FrameLocator;
  frame(): Frame;
}

async function openHarness(params: Record<string, string> = {}, options: { bypassCSP?: boolean } = {}): Promise<Opened> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'sv-SE', bypassCSP: options.bypassCSP === true });
  contexts.push(context);
  const page = await context.newPage();
  // No network here; teams-js's valid-origins fetch must fail fast rather than hang.
  await page.route('**/res.cdn.office.net/**', (r) => r.abort());
  const query = new URLSearchParams({ user: erik.login, asOf: AS_OF, ...params });
  await page.goto(`${site.host.url}?${query}`);
  const tab = page.frameLocator('iframe[data-host="tab-frame"]');
  await tab.locator('[data-phase="ready"]').waitFor({ timeout: 20_000 });
  await tab.locator('[role="listbox"]').waitFor();
  return {
    page,
    tab,
    frame: () => {
      const f = page.frames().find((x) => x.url().startsWith(site.host.tabUrl));
      if (!f) throw new Error('The tab frame is not there');
      return f;
    },
  };
}

afterEach(async () => {
  for (const c of contexts.splice(0)) await c.close();
});

const count = (tab: FrameLocator) => tab.locator('[data-summary]').getAttribute('data-summary').then(Number);

/**
 * The list shows `expected` items. The tab filters through React's useDeferredValue, so the count
 * settles a moment after a filter changes (longer on a loaded machine): wait for it, then compare.
 */
async function expectCount(tab: FrameLocator, expected: number): Promise<void> {
  await tab.locator(`[data-summary="${expected}"]`).waitFor({ timeout: 10_000 }).catch(() => undefined);
  expect(await count(tab)).toBe(expected);
}
const shot = (page: Page, name: string) => page.screenshot({ path: join(ARTIFACTS, `tab-${name}.png`) });

async function search(tab: FrameLocator, text: string): Promise<void> {
  await tab.locator('input[data-filter="search"]').fill(text);
}

async function openItem(tab: FrameLocator, externalId: string): Promise<void> {
  await search(tab, externalId);
  await tab.locator(`[role="option"][data-external-id="${externalId}"]`).click();
  await tab.locator('[data-detail="title"]').waitFor();
}

describe('the tab in the Teams host harness', () => {
  test('loads every item of the nämnd in Swedish, with the user and theme from teams-js', async () => {
    const { page, tab } = await openHarness();
    await expectCount(tab, TOTAL);
    await expect(tab.locator('[data-me]').getAttribute('data-me')).resolves.toContain(erik.login);
    expect(await tab.locator('[data-theme]').getAttribute('data-theme')).toBe('default');
    await expect(tab.locator('html').getAttribute('lang')).resolves.toBe('sv');
    expect(await tab.locator('[role="tab"]').allInnerTexts()).toEqual(['Alla poster', 'Per plan', 'Projekt']);
    // Status as set, suggestion as icon + word.
    const first = tab.locator('[role="option"]').first();
    await expect(first.locator('[data-status]').innerText()).resolves.toMatch(/\S/);
    await expect(first.locator('[data-suggestion] svg').count()).resolves.toBe(1);
    await expect(first.locator('[data-suggestion]').innerText()).resolves.toMatch(/^(Förslag: (Grön|Gul|Röd)|Inget förslag)$/);
    expect(await page.locator('[data-app-state]').getAttribute('data-app-state')).toBe('success');
    await shot(page, 'lista');
  });

  test('filters by plan, type, status, responsible, follow-up point, year, mine and late; free-text search', async () => {
    const { tab } = await openHarness();
    const plan = 'Handlingsplan mot våldsbejakande extremism 2021';
    await tab.locator('select[data-filter="plan"]').selectOption({ label: plan });
    await expectCount(tab, seed.actionItems.filter((a) => a.plan === plan).length);
    await tab.getByRole('button', { name: 'Rensa filter' }).click();
    await expectCount(tab, TOTAL);

    await tab.locator('select[data-filter="kind"]').selectOption('Kontroll');
    await expectCount(tab, seed.controls.length);
    await tab.locator('select[data-filter="status"]').selectOption('Genomförd');
    await expectCount(tab, seed.controls.filter((c) => c.genomford === true).length);
    await tab.locator('select[data-filter="status"]').selectOption('');
    await tab.locator('select[data-filter="year"]').selectOption('2022');
    await expectCount(tab, seed.controls.filter((c) => c.docYear === 2022).length);

    await tab.locator('select[data-filter="year"]').selectOption('2021');
    await tab.locator('select[data-filter="kind"]').selectOption('Åtgärd');
    await tab.locator('select[data-filter="point"]').selectOption('T1');
    const t1in2021 = seed.actionItems.filter((a) => a.followUpSchedule.some((c) => c.point === 'T1' && c.year === 2021)).length;
    expect(t1in2021).toBeGreaterThan(0);
    await expectCount(tab, t1in2021);
    await tab.getByRole('button', { name: 'Rensa filter' }).click();

    await tab.locator('select[data-filter="kind"]').selectOption('Åtgärd');
    await tab.locator('select[data-filter="owner"]').selectOption('Samordnare för KAA');
    await expectCount(tab, seed.actionItems.filter((a) => a.ownerRoles.includes('Samordnare för KAA')).length);
    await tab.locator('select[data-filter="owner"]').selectOption('');
    await tab.locator('input[data-filter="late"]').check();
    await expectCount(tab, seed.actionItems.filter((a) => a.dueDate !== null && a.dueDate < AS_OF).length);
    await tab.getByRole('button', { name: 'Rensa filter' }).click();

    await tab.locator('input[data-filter="mine"]').check();
    expect(await tab.locator('[role="option"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-external-id')).sort())).toEqual([
      'IKP-2022-01',
      'KRIM-05',
      'VBE2021-03',
    ]);
    await tab.locator('input[data-filter="mine"]').uncheck();

    await search(tab, 'krim-05');
    await expectCount(tab, 1);
    await search(tab, 'ingen-post-heter-så');
    await expectCount(tab, 0);
    await expect(tab.getByText('Inga poster matchar filtren.').isVisible()).resolves.toBe(true);
    await search(tab, '');
    await expectCount(tab, TOTAL);
  });

  test('sorts: by deadline, by suggested status (red first) and by id', async () => {
    const { tab } = await openHarness();
    await tab.locator('select[data-filter="kind"]').selectOption('Åtgärd');
    const ids = () => tab.locator('[role="option"]').evaluateAll((els) => els.slice(0, 5).map((e) => e.getAttribute('data-external-id')));
    const suggestions = () => tab.locator('[role="option"] [data-suggestion]').evaluateAll((els) => els.slice(0, 5).map((e) => e.getAttribute('data-suggestion')));
    await tab.locator('select[data-filter="sort"]').selectOption('suggestion');
    expect(await suggestions()).toEqual(['röd', 'röd', 'röd', 'röd', 'röd']);
    await tab.locator('select[data-filter="sort"]').selectOption('id');
    const byId = await ids();
    expect(byId).toEqual([...byId].sort((a, b) => a!.localeCompare(b!, 'sv', { numeric: true })));
    await tab.locator('select[data-filter="sort"]').selectOption('due');
    const firstDue = seed.actionItems.map((a) => a.dueDate).filter((d): d is string => d !== null).sort()[0]!;
    await expect(tab.locator('[role="option"]').first().innerText()).resolves.toContain(`Klart senast ${firstDue}`);
  });

  test('opens an item: full text, source document and line, deadline with precision, check-points and empty history', async () => {
    const { page, tab } = await openHarness();
    const krim = seed.actionItems.find((a) => a.id === 'KRIM-05')!;
    await openItem(tab, 'KRIM-05');
    await expect(tab.locator('[data-detail="full-text"]').innerText()).resolves.toBe(krim.title);
    await expect(tab.locator('[data-detail="file-line"]').innerText()).resolves.toBe(`${krim.seedFile}, rad ${krim.line}`);
    await expect(tab.locator('[data-detail="source"]').innerText()).resolves.toContain('Tertialrapport 1 2021');
    await expect(tab.locator('[data-detail="schedule"]').innerText()).resolves.toContain('Klart senast 2022-12-31 (år). Från tidplanen i källan: ”2021-2022”');
    // T1 2021 closed on 2021-04-30 without an update; T2 2021 is next.
    await expect(tab.locator('[data-checkpoint="T1 2021"]').innerText()).resolves.toContain('Saknas');
    await expect(tab.locator('[data-checkpoint="T2 2021"]').innerText()).resolves.toContain('Nästa');
    await expect(tab.locator('[data-detail="suggestion"]').innerText()).resolves.toContain('Ingen statusuppdatering för T1 2021.');
    await expect(tab.locator('[data-detail="history"]').innerText()).resolves.toContain('Inga statusuppdateringar ännu.');
    // The form proposes the next check-point.
    expect(await tab.locator('select[data-field="reportingPoint"]').inputValue()).toBe('T2');
    expect(await tab.locator('input[data-field="reportingYear"]').inputValue()).toBe('2021');
    await shot(page, 'detalj');
  });

  test('posts a status: it shows in the list and the history, and is stored through the data layer', async () => {
    const { page, tab } = await openHarness();
    await openItem(tab, 'VBE2021-03');
    await tab.locator('select[data-field="status"]').selectOption('Pågår');
    await tab.locator('input[data-field="progressPercent"]').fill('40');
    await tab.locator('textarea[data-field="comment"]').fill('Utbildningen är upphandlad; första tillfället hålls i september.');
    await tab.locator('[data-action="submit-status"]').click();
    await tab.getByText('Statusen är sparad.').waitFor();
    const history = tab.locator('[data-detail="history"] li').first();
    await expect(history.innerText()).resolves.toContain('Utbildningen är upphandlad; första tillfället hålls i september.');
    await expect(history.innerText()).resolves.toContain('av Erik Berg');
    await expect(history.innerText()).resolves.toContain('Andel klart 40%');
    await expect(tab.locator('[data-checkpoint="VB 2021"]').innerText()).resolves.toContain('Rapporterad');
    await shot(page, 'status-postad');
    await tab.locator('[data-action="close-detail"]').click();
    await expect(tab.locator('[role="option"][data-external-id="VBE2021-03"] [data-status]').innerText()).resolves.toBe('Pågår');

    const stored = (await admin.actionItems.getByExternalId('VBE2021-03'))!;
    expect(stored).toMatchObject({ status: 'Pågår', latestStatusComment: 'Utbildningen är upphandlad; första tillfället hålls i september.' });
    const [row] = await admin.statusUpdates.forTarget('Åtgärd', stored.Id);
    expect(row).toMatchObject({ channel: 'Teams-flik', reportingPoint: 'VB', reportingYear: 2021, progressPercent: 40, postedById: erik.id });
  });

  test('a conflicting edit by a second user: the other person’s change is shown and can be re-applied over', async () => {
    const a = await openHarness();
    await openItem(a.tab, 'KRIM-05');
    await a.tab.locator('select[data-field="status"]').selectOption('Pågår');
    await a.tab.locator('textarea[data-field="comment"]').fill('Insatserna pågår enligt plan.');

    // Meanwhile the manager posts on the same item in her own Teams.
    const b = await openHarness({ user: site.manager.login });
    await openItem(b.tab, 'KRIM-05');
    await b.tab.locator('select[data-field="status"]').selectOption('Försenad');
    await b.tab.locator('textarea[data-field="comment"]').fill('Rekryteringen av ungdomscoacher är försenad till hösten.');
    await b.tab.locator('[data-action="submit-status"]').click();
    await b.tab.getByText('Statusen är sparad.').waitFor();

    await a.tab.locator('[data-action="submit-status"]').click();
    const conflict = a.tab.locator('[data-outcome="conflict"]');
    await conflict.waitFor();
    await expect(conflict.innerText()).resolves.toContain(`${site.manager.title} satte status ”Försenad”`);
    await expect(conflict.innerText()).resolves.toContain('Rekryteringen av ungdomscoacher är försenad till hösten.');
    // Nothing of Erik's was written; the list now shows her change.
    await expect(a.tab.locator('[role="option"][data-external-id="KRIM-05"] [data-status]').innerText()).resolves.toBe('Försenad');
    // The whole message, its buttons included, comes into view in the panel.
    await a.frame().waitForFunction(
      () => {
        const message = document.querySelector('[data-outcome="conflict"]')?.getBoundingClientRect();
        const panel = document.querySelector('.fui-DrawerBody')?.getBoundingClientRect();
        return !!message && !!panel && message.bottom <= panel.bottom + 1 && message.top >= panel.top - 1;
      },
      undefined,
      { timeout: 5_000 },
    );
    await shot(a.page, 'konflikt');

    await a.tab.locator('[data-action="reapply"]').click();
    await a.tab.getByText('Statusen är sparad.').waitFor();
    const item = (await admin.actionItems.getByExternalId('KRIM-05'))!;
    expect(item).toMatchObject({ status: 'Pågår', latestStatusComment: 'Insatserna pågår enligt plan.' });
    const posts = await admin.statusUpdates.forTarget('Åtgärd', item.Id);
    expect(posts.map((p) => [p.status, p.postedById])).toEqual([
      ['Pågår', erik.id],
      ['Försenad', site.manager.id],
    ]);
    await expect(a.tab.locator('[data-detail="history"] li').count()).resolves.toBe(2);
  });

  test('follows the theme live from the host (default → dark → contrast) without reloading', async () => {
    const { page, tab } = await openHarness();
    await search(tab, 'VBE2022');
    const background = () => tab.locator('[data-theme]').evaluate((el) => getComputedStyle(el).backgroundColor);
    const light = await background();
    await page.locator('select[data-host="theme"]').selectOption('dark');
    await tab.locator('[data-theme="dark"]').waitFor();
    const dark = await background();
    await page.locator('select[data-host="theme"]').selectOption('contrast');
    await tab.locator('[data-theme="contrast"]').waitFor();
    const contrast = await background();
    expect(new Set([light, dark, contrast]).size).toBe(3);
    // The search typed before the switches is still there: the tab was not reloaded.
    expect(await tab.locator('input[data-filter="search"]').inputValue()).toBe('VBE2022');
    await shot(page, 'hog-kontrast');
    await page.locator('select[data-host="theme"]').selectOption('dark');
    await tab.locator('[data-theme="dark"]').waitFor();
    await shot(page, 'morkt');
  });

  test('works with the keyboard only: search, move in the list, open, post, close', async () => {
    const { page, tab, frame } = await openHarness();
    const active = () => frame().evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return el ? `${el.tagName.toLowerCase()}|${el.getAttribute('data-filter') ?? el.getAttribute('data-field') ?? el.getAttribute('data-action') ?? el.getAttribute('role') ?? ''}` : '';
    });
    const tabUntil = async (wanted: string, max = 40) => {
      for (let i = 0; i < max; i++) {
        if ((await active()) === wanted) return;
        await page.keyboard.press('Tab');
      }
      throw new Error(`Never reached ${wanted} with Tab; focus is on ${await active()}`);
    };
    await tabUntil('input|search');
    await page.keyboard.type('KRIM-0');
    await tabUntil('div|listbox');
    const activeId = async () => {
      const id = await tab.locator('[role="listbox"]').getAttribute('aria-activedescendant');
      return tab.locator(`#${id}`).getAttribute('data-external-id');
    };
    await page.keyboard.press('End');
    expect(await activeId()).toBe('KRIM-09');
    await page.keyboard.press('Home');
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowDown');
    expect(await activeId()).toBe('KRIM-05');
    await page.keyboard.press('Enter');
    await expect(tab.locator('[data-detail="title"]').innerText()).resolves.toBe(seed.actionItems.find((a) => a.id === 'KRIM-05')!.title);
    await tabUntil('textarea|comment');
    await page.keyboard.type('Läget oförändrat sedan förra veckan.');
    await tabUntil('button|submit-status');
    await page.keyboard.press('Enter');
    await tab.getByText('Statusen är sparad.').waitFor();
    await page.keyboard.press('Escape');
    await tab.locator('[data-panel="detail"]').waitFor({ state: 'detached' });
    // Focus is back on the list, where the person was.
    expect(await active()).toBe('div|listbox');
  });

  test.each(['default', 'dark', 'contrast'])('axe finds no WCAG 2.1 A/AA violations in the %s theme (list, roll-up, projects, detail)', async (theme) => {
    const { page, tab, frame } = await openHarness({ theme });
    await tab.locator(`[data-theme="${theme}"]`).waitFor();
    // Served from the tab's own origin, so the tab's Content-Security-Policy (script-src 'self') stays on.
    const axeUrl = new URL('/__axe-core.js', site.host.tabUrl).toString();
    await page.route(axeUrl, (r) => r.fulfill({ contentType: 'text/javascript', body: readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8') }));
    await frame().addScriptTag({ url: axeUrl });
    const scan = async (where: string) => {
      // Colours are only final once the panel's opening motion has finished.
      await frame().evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))));
      const result = await frame().evaluate(async () => {
        const axe = (window as unknown as { axe: { run: (c: Document, o: unknown) => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }).axe;
        // Tabster's focus sentinels (<i tabindex=0 aria-hidden data-tabster-dummy>, Fluent's focus
        // management) pass focus straight on and are never read; axe's aria-hidden-focus cannot tell.
        const context = { exclude: [['[data-tabster-dummy]']] };
        const r = await axe.run(context as unknown as Document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] });
        return r.violations.map((v) => ({ id: v.id, targets: v.nodes.slice(0, 3).map((n) => JSON.stringify(n.target)) }));
      });
      expect([where, result]).toEqual([where, []]);
    };
    await scan('list');
    await tab.locator('[data-view-tab="rollup"]').click();
    await tab.locator('[data-view="rollup"]').waitFor();
    await scan('rollup');
    await tab.locator('[data-view-tab="projects"]').click();
    await tab.locator('[data-view="projects"]').waitFor();
    await scan('projects');
    await tab.locator('[data-view="projects"] button').first().click();
    await tab.locator('[data-detail="title"]').waitFor();
    await scan('project detail');
    await page.keyboard.press('Escape');
    await tab.locator('[data-view-tab="list"]').click();
    await openItem(tab, 'KRIM-05');
    await scan('action item detail');
    if (theme === 'default') {
      await page.keyboard.press('Escape');
      await tab.locator('[data-view-tab="rollup"]').click();
      await shot(page, 'per-plan');
      await tab.locator('[data-view-tab="projects"]').click();
      await shot(page, 'projekt');
    }
  });

  test('the roll-up per plan counts statuses and late items; a plan opens its items', async () => {
    const { tab } = await openHarness();
    await tab.locator('[data-view-tab="rollup"]').click();
    const plan = 'Handlingsplan mot våldsbejakande extremism 2020';
    const inPlan = seed.actionItems.filter((a) => a.plan === plan);
    const row = tab.locator('[data-view="rollup"] tr', { hasText: plan });
    await expect(row.locator('td').nth(1).innerText()).resolves.toBe(String(inPlan.length));
    await expect(row.locator('[data-late-count]').innerText()).resolves.toBe(String(inPlan.filter((a) => a.dueDate! < AS_OF).length));
    await row.getByRole('button', { name: plan }).click();
    await expectCount(tab, inPlan.length);
  });

  test('the projects view shows budget in sv-SE kronor and dates', async () => {
    const { tab } = await openHarness();
    await tab.locator('[data-view-tab="projects"]').click();
    const project = (await admin.projects.getByExternalId('utvecklat-stod-for-unga'))!;
    const row = tab.locator(`[data-project="${project.externalId}"]`);
    const budget = `${String(project.budgetSek).replace(/\B(?=(\d{3})+(?!\d))/g, ' ')} kr`;
    await expect(row.locator('[data-budget]').innerText()).resolves.toBe(budget);
    await expect(row.innerText()).resolves.toContain(project.endDate!);
    await expect(tab.locator('[data-view="projects"] tbody tr').count()).resolves.toBe(seed.projectHistory.length);
  });

  test('a deep link (subEntityId from the host) opens the item', async () => {
    const { tab } = await openHarness({ item: 'KRIM-05' });
    await expect(tab.locator('[data-detail="title"]').innerText()).resolves.toBe(seed.actionItems.find((a) => a.id === 'KRIM-05')!.title);
  });

  test('the host’s user switcher signs in someone else; its deep-link field opens an item', async () => {
    const { page, tab } = await openHarness();
    await page.locator('select[data-host="user"]').selectOption(site.manager.login);
    await tab.locator(`[data-me$="${site.manager.login}"]`).waitFor();
    await expect(tab.locator('[data-me]').innerText()).resolves.toBe(`Inloggad som ${site.manager.title}`);
    await page.locator('input[data-host="deep-link"]').fill('VBE2022-01');
    await page.getByRole('button', { name: 'Öppna' }).click();
    await expect(tab.locator('[data-detail="title"]').innerText()).resolves.toBe(seed.actionItems.find((a) => a.id === 'VBE2022-01')!.title);
  });

  test('a plain-page link with ?item= opens the item too', async () => {
    const context = await browser.newContext();
    contexts.push(context);
    const page = await context.newPage();
    await page.goto(`${site.host.tabUrl}?as=${encodeURIComponent(erik.login)}&item=KRIM-05`);
    await expect(page.locator('[data-detail="title"]').innerText()).resolves.toBe(seed.actionItems.find((a) => a.id === 'KRIM-05')!.title);
  });

  test('each row names its follow-up points and the next check-point', async () => {
    const { tab } = await openHarness();
    await search(tab, 'KRIM-01');
    await expect(tab.locator('[role="option"]').innerText()).resolves.toContain('Uppföljning T1, T2, VB · nästa T2 2021');
    await search(tab, 'PROG-01');
    await expect(tab.locator('[role="option"]').innerText()).resolves.toContain('Uppföljning: Årligen inför verksamhetsplan');
  });

  test('English when the Teams locale is English', async () => {
    const { tab } = await openHarness({ locale: 'en-US' });
    expect(await tab.locator('[role="tab"]').allInnerTexts()).toEqual(['All items', 'By plan', 'Projects']);
    await expect(tab.locator('html').getAttribute('lang')).resolves.toBe('en');
    await expect(tab.locator('[data-summary]').innerText()).resolves.toBe(`${TOTAL} of ${TOTAL} items`);
  });

  test('markup and script planted in titles and comments are shown as text and never run', async () => {
    const planted = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script><b>fet</b>';
    const item = (await admin.actionItems.getByExternalId('LOPT2022-02'))!;
    await admin.actionItems.update(item.Id, { Title: `Planterad ${planted}`, activityText: `Hela texten ${planted}`, ownerPersonsId: [erik.id] }, item.etag);
    const control = (await admin.controls.getByExternalId('IKP-2019-04'))!;
    await admin.controls.update(control.Id, { Title: `Kontroll ${planted}` }, control.etag);

    // With the tab's Content-Security-Policy switched off: what keeps the markup inert is React's escaping alone.
    const { page, tab, frame } = await openHarness({}, { bypassCSP: true });
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await openItem(tab, 'LOPT2022-02');
    await tab.locator('textarea[data-field="comment"]').fill(`Kommentar ${planted}`);
    await tab.locator('[data-action="submit-status"]').click();
    await tab.getByText('Statusen är sparad.').waitFor();
    await expect(tab.locator('[data-detail="title"]').innerText()).resolves.toBe(`Planterad ${planted}`);
    await expect(tab.locator('[data-detail="full-text"]').innerText()).resolves.toBe(`Hela texten ${planted}`);
    await expect(tab.locator('[data-detail="history"] li').first().innerText()).resolves.toContain(`Kommentar ${planted}`);
    await page.keyboard.press('Escape');
    await search(tab, 'onerror');
    const shown = await tab.locator('[role="option"]').allInnerTexts();
    expect(shown).toHaveLength(2);
    expect(shown).toEqual(expect.arrayContaining([expect.stringContaining(`Planterad ${planted}`), expect.stringContaining(`Kontroll ${planted}`)]));
    const evidence = await frame().evaluate(() => ({
      xss: (window as unknown as { __xss?: number }).__xss ?? null,
      imgs: document.querySelectorAll('img[src="x"]').length,
      bold: [...document.querySelectorAll('b')].filter((b) => b.textContent === 'fet').length,
      scripts: [...document.querySelectorAll('script')].filter((s) => s.textContent?.includes('__xss')).length,
    }));
    expect(evidence).toEqual({ xss: null, imgs: 0, bold: 0, scripts: 0 });
    expect(dialogs).toEqual([]);
  });
});
