// The Teams tab with the XSS corpus in the nämnd's own data: every payload is written into an
// action item's title and owner text, and all of them together into one item's full text and
// another's latest status comment, through the data layer (as anyone with write access to the
// list could); the tab shows them in the Teams host harness, in the list and in the details. The tab's Content-Security-Policy is switched off here,
// so what keeps the payloads inert is the rendering alone (csp.test.ts proves the policy).

import type { Browser, BrowserContext, FrameLocator, Page } from 'playwright-core';
import { createRepositories } from '../../teams-app/src/data/repositories';
import { launchBrowser } from '../support/browser';
import { requireBuiltTab, startTabSite, type TabSite } from '../teams-app/tab/support/tab-site';
import { LONG_PAYLOAD_ID, XSS_CORPUS } from './support/xss-corpus';
import { missingText, watchPage, xssEvidence, type PageWatch } from './support/xss-probe';

jest.setTimeout(120_000);

const MARK = 'Xssprov';
/** SharePoint's single-line text columns hold 255 characters; the long payload goes to the note columns. */
const markOf = (id: number) => `${MARK}${String(id).padStart(2, '0')}`;
const titleOf = (id: number, text: string) => `${markOf(id)} ${id === LONG_PAYLOAD_ID ? 'lång text' : text}`;

let site: TabSite;
let browser: Browser;
let context: BrowserContext;
const planted: { externalId: string; mark: string; title: string; text: string }[] = [];
const ALL = XSS_CORPUS.map((p) => p.text).join('\n');

beforeAll(async () => {
  requireBuiltTab();
  site = await startTabSite();
  const admin = createRepositories(site.spAs(site.manager));
  const items = (await admin.actionItems.list()).sort((a, b) => a.Id - b.Id).slice(0, XSS_CORPUS.length);
  if (items.length < XSS_CORPUS.length) throw new Error(`the seed has only ${items.length} action items`);
  for (const [k, p] of XSS_CORPUS.entries()) {
    const item = items[k]!;
    const title = titleOf(p.id, p.text);
    await admin.actionItems.update(
      item.Id,
      {
        Title: title,
        activityText: k === 0 ? ALL : p.text,
        latestStatusComment: k === 1 ? ALL : p.text,
        // The tab's free-text search looks at the owner text, not the title.
        ownerText: `${markOf(p.id)} ${p.id === LONG_PAYLOAD_ID ? 'lång text' : p.text}`,
      },
      item.etag,
    );
    planted.push({ externalId: item.externalId!, mark: markOf(p.id), title, text: p.text });
  }
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, bypassCSP: true });
  await context.route('**/res.cdn.office.net/**', (r) => r.abort());
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await site?.close();
});

async function openTab(): Promise<{ page: Page; tab: FrameLocator; watch: PageWatch }> {
  const page = await context.newPage();
  const watch = watchPage(page, (url) => url.startsWith('http://127.0.0.1:') || url.includes('res.cdn.office.net'));
  await page.goto(`${site.host.url}?user=${encodeURIComponent(site.manager.login)}`);
  const tab = page.frameLocator('iframe[data-host="tab-frame"]');
  await tab.locator('[data-phase="ready"]').waitFor({ timeout: 20_000 });
  return { page, tab, watch };
}

function tabFrame(page: Page) {
  const frame = page.frames().find((f) => f.url().startsWith(site.host.tabUrl));
  if (!frame) throw new Error('the tab frame is not there');
  return frame;
}

describe('the tab with the XSS corpus in list items', () => {
  it('the list shows every planted title as text; nothing runs or becomes markup', async () => {
    const { page, tab, watch } = await openTab();
    const frame = tabFrame(page);
    for (const p of planted) {
      await tab.locator('input[data-filter="search"]').fill(p.mark);
      await expect(tab.locator(`[role="option"][data-external-id="${p.externalId}"]`).innerText()).resolves.toContain(p.title);
      await expect(tab.locator('[role="option"]').count()).resolves.toBe(1);
      expect(await xssEvidence(frame)).toEqual({ ran: null, liveMarkup: [], unexpectedTags: [] });
    }
    await page.waitForTimeout(300);
    expect(await xssEvidence(frame)).toEqual({ ran: null, liveMarkup: [], unexpectedTags: [] });
    expect(await xssEvidence(page.mainFrame())).toEqual({ ran: null, liveMarkup: [], unexpectedTags: [] });
    expect(watch.dialogs).toEqual([]);
    expect(watch.strayRequests).toEqual([]);
    await page.close();
  });

  it('the details show every payload as text (full text, status comment); nothing runs or becomes markup', async () => {
    const { page, tab, watch } = await openTab();
    const frame = tabFrame(page);
    const long = planted.find((p) => p.title === titleOf(LONG_PAYLOAD_ID, ''))!;
    for (const p of [planted[0]!, planted[1]!, long]) {
      await tab.locator('input[data-filter="search"]').fill(p.externalId);
      await tab.locator(`[role="option"][data-external-id="${p.externalId}"]`).click();
      await expect(tab.locator('[data-detail="title"]').innerText()).resolves.toBe(p.title);
      expect(await missingText(frame, p === long ? [p.text] : XSS_CORPUS.map((x) => x.text))).toEqual([]);
      await page.keyboard.press('Escape');
      await tab.locator('[data-panel="detail"]').waitFor({ state: 'detached' });
    }
    await page.waitForTimeout(300);
    expect(await xssEvidence(frame)).toEqual({ ran: null, liveMarkup: [], unexpectedTags: [] });
    expect(watch.dialogs).toEqual([]);
    expect(watch.strayRequests).toEqual([]);
    await page.close();
  });
});
