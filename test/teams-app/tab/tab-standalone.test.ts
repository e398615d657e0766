// The tab outside Teams: as a plain page it does not wait for teams-js (which would give up only
// after 60 s in a frame) but signs in locally; framed by a page that never answers teams-js it
// falls back after a short wait. Each test's own timeout is far below 60 s.

import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../../support/browser';
import { HOST_ANSWER_TIMEOUT_MS } from '../../../teams-app/src/tab/teams-context';
import { requireBuiltTab, startTabSite, type TabSite } from './support/tab-site';

let site: TabSite;
let browser: Browser;

beforeAll(async () => {
  requireBuiltTab();
  // Lists without items: these tests are about starting up, not about the data.
  site = await startTabSite({ seed: false });
  browser = await launchBrowser();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

async function newPage(): Promise<Page> {
  const page = await browser.newPage();
  await page.route('**/res.cdn.office.net/**', (r) => r.abort());
  return page;
}

test('opened as a plain page it asks who you are, then loads as that persona', async () => {
  const page = await newPage();
  await page.goto(site.host.tabUrl);
  await page.locator('[data-view="sign-in"]').waitFor();
  await page.getByLabel('Person').selectOption({ label: `${site.members[0]!.title} (${site.members[0]!.login})` });
  await page.getByRole('button', { name: 'Fortsätt' }).click();
  await page.locator('[data-phase="ready"]').waitFor();
  await expect(page.locator('[data-me]').getAttribute('data-me')).resolves.toContain(site.members[0]!.login);
  await expect(page.getByText('Fliken är öppnad utanför Teams.').isVisible()).resolves.toBe(true);
  expect(await page.locator('[data-summary]').getAttribute('data-summary')).toBe('0');
  // The choice holds for the session: a reload goes straight to the lists.
  await page.reload();
  await page.locator('[data-phase="ready"]').waitFor();
  await page.close();
}, 15_000);

test('?as= picks the persona; ?lang=en and ?theme=dark apply without Teams', async () => {
  const page = await newPage();
  await page.goto(`${site.host.tabUrl}?as=${encodeURIComponent(site.manager.login)}&lang=en&theme=dark`);
  await page.locator('[data-phase="ready"][data-theme="dark"]').waitFor();
  await expect(page.locator('[data-me]').getAttribute('data-me')).resolves.toContain(site.manager.login);
  await expect(page.getByText('The tab is open outside Teams.').isVisible()).resolves.toBe(true);
  await page.close();
}, 15_000);

test(`framed by a page that never answers teams-js, it falls back after ${HOST_ANSWER_TIMEOUT_MS} ms, not 60 s`, async () => {
  const page = await newPage();
  // The harness with answer=off frames the tab like any page that is not Teams: it hears the tab's
  // initialize and stays silent.
  await page.goto(`${site.host.url}?answer=off`);
  const tab = page.frameLocator('iframe[data-host="tab-frame"]');
  await tab.locator('[data-phase="connecting"]').waitFor();
  await tab.locator('[data-view="sign-in"]').waitFor({ timeout: HOST_ANSWER_TIMEOUT_MS + 5_000 });
  // It did try Teams first.
  await expect(page.locator('[role="log"]').innerText()).resolves.toContain('initialize (not answered: answer=off)');
  expect(await page.locator('[data-app-state]').getAttribute('data-app-state')).toBe('waiting');
  await page.close();
}, 20_000);

test('a tab that cannot read its configuration says so and offers to try again', async () => {
  const page = await newPage();
  await page.route('**/tab/tab-config.json', (r) => r.fulfill({ status: 500, body: 'broken' }));
  await page.goto(site.host.tabUrl);
  await page.locator('[data-view="error"]').waitFor();
  await expect(page.locator('[data-view="error"]').innerText()).resolves.toContain('tab-config.json could not be read (HTTP 500)');
  await page.unroute('**/tab/tab-config.json');
  await page.getByRole('button', { name: 'Försök igen' }).click();
  await page.locator('[data-view="sign-in"]').waitFor();
  await page.close();
}, 15_000);
