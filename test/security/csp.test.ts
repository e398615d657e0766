// The product pages ship a Content-Security-Policy, and the pages work under it: the tab in the
// Teams host harness, through its views and a posted status, and the task pane in the Excel
// harness, validating a workbook, report no violation; script planted in them is blocked (so the
// policy is really enforced); a page that is not Teams' cannot frame the tab. The policy travels
// in the page's <meta> (so it holds on any static host); the local tab server adds
// frame-ancestors as a header.

import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { startExcelHarness, type ExcelHarness } from '../../excel-addin/src/harness/server';
import { writeInstanceFixture } from '../fixtures/xlsx/generate';
import { launchBrowser } from '../support/browser';
import { requireBuiltTab, startTabSite, type TabSite } from '../teams-app/tab/support/tab-site';
import { metaPolicy, parsePolicy, policyProblems, recordViolations, sourcesFor, violationsIn } from './support/csp';
import { watchPage } from './support/xss-probe';

jest.setTimeout(60_000);

let site: TabSite;
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  requireBuiltTab();
  site = await startTabSite();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

afterEach(async () => {
  for (const c of contexts.splice(0)) await c.close();
});

async function newPage(): Promise<{ page: Page; context: BrowserContext }> {
  const context = await browser.newContext({ viewport: { width: 1300, height: 900 } });
  contexts.push(context);
  await recordViolations(context);
  const page = await context.newPage();
  // No network here: teams-js's fetch of the valid Teams origins and office.js fail fast instead of hanging.
  await page.route('**/res.cdn.office.net/**', (r) => r.abort());
  await page.route('https://appsforoffice.microsoft.com/**', (r) => r.abort());
  return { page, context };
}

/** Plants an inline script, an inline handler and a foreign script; reports whether any ran. */
async function plantScripts(frame: Frame): Promise<{ probe: number | null }> {
  return frame.evaluate(async () => {
    const w = window as unknown as { __cspProbe?: number };
    const script = document.createElement('script');
    script.textContent = 'window.__cspProbe = 1';
    document.body.appendChild(script);
    const img = document.createElement('img');
    img.setAttribute('onerror', 'window.__cspProbe = 2');
    img.src = 'data:,not-an-image';
    document.body.appendChild(img);
    const foreign = document.createElement('script');
    foreign.src = 'https://angripare.example/xss.js';
    document.body.appendChild(foreign);
    await new Promise((r) => setTimeout(r, 300));
    return { probe: w.__cspProbe ?? null };
  });
}

const PLANTED_VIOLATIONS = [
  expect.stringMatching(/^script-src-elem blocked inline/),
  expect.stringMatching(/^script-src-attr blocked inline/),
  'script-src-elem blocked https://angripare.example/xss.js',
];

function tabFrame(page: Page): Frame {
  const frame = page.frames().find((f) => f.url().startsWith(site.host.tabUrl));
  if (!frame) throw new Error('the tab frame is not there');
  return frame;
}

describe('the Teams tab under its Content-Security-Policy', () => {
  it('ships a strict policy in its page and gets frame-ancestors from the server', async () => {
    const { page } = await newPage();
    const response = await page.goto(`${site.host.tabUrl}?as=${encodeURIComponent(site.manager.login)}`);
    await page.locator('[data-phase="ready"]').waitFor();
    const meta = await metaPolicy(page.mainFrame());
    expect(meta).not.toBeNull();
    expect(policyProblems(parsePolicy(meta!))).toEqual([]);
    // A <meta> policy cannot restrict framing; the server's header does, for Teams and the harness.
    expect(sourcesFor(parsePolicy(meta!), 'frame-ancestors')).toEqual([]);
    const header = parsePolicy(response!.headers()['content-security-policy'] ?? '');
    expect(sourcesFor(header, 'frame-ancestors')).toEqual(expect.arrayContaining(['https://teams.microsoft.com', new URL(site.host.url).origin]));
    expect(sourcesFor(header, 'script-src')).toEqual(["'self'"]);
  });

  it('runs in the Teams host harness through its views and a posted status without a single violation', async () => {
    const { page } = await newPage();
    const watch = watchPage(page, () => true);
    const member = site.members[0]!;
    await page.goto(`${site.host.url}?user=${encodeURIComponent(site.manager.login)}`);
    const tab = page.frameLocator('iframe[data-host="tab-frame"]');
    await tab.locator('[data-phase="ready"]').waitFor({ timeout: 20_000 });
    await tab.locator('[data-view-tab="rollup"]').click();
    await tab.locator('[data-view="rollup"]').waitFor();
    await tab.locator('[data-view-tab="projects"]').click();
    await tab.locator('[data-view="projects"]').waitFor();
    await tab.locator('[data-view-tab="list"]').click();
    await tab.locator('[role="option"]').first().click();
    await tab.locator('[data-detail="title"]').waitFor();
    await tab.locator('textarea[data-field="comment"]').fill(`Lägesrapport från säkerhetstestet (${member.title} ansvarar).`);
    await tab.locator('[data-action="submit-status"]').click();
    await tab.getByText('Statusen är sparad.').waitFor();
    await page.keyboard.press('Escape');

    expect(await violationsIn(tabFrame(page))).toEqual([]);
    expect(await violationsIn(page.mainFrame())).toEqual([]);
    expect(watch.cspViolations).toEqual([]);
  });

  it('is enforced: an inline script, an inline handler and a foreign script planted in the tab are blocked and reported', async () => {
    const { page } = await newPage();
    await page.goto(`${site.host.url}?user=${encodeURIComponent(site.manager.login)}`);
    await page.frameLocator('iframe[data-host="tab-frame"]').locator('[data-phase="ready"]').waitFor({ timeout: 20_000 });
    const frame = tabFrame(page);
    expect(await plantScripts(frame)).toEqual({ probe: null });
    expect(await violationsIn(frame)).toEqual(expect.arrayContaining(PLANTED_VIOLATIONS));
  });

  it('cannot be framed by a page that is neither Teams nor the harness', async () => {
    const tabUrl = site.host.tabUrl;
    const foreign: Server = createServer((_, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(`<!doctype html><title>Främmande sida</title><iframe id="f" src="${tabUrl}"></iframe>`);
    });
    await new Promise<void>((r) => foreign.listen(0, '127.0.0.1', () => r()));
    try {
      const { page } = await newPage();
      const watch = watchPage(page, () => true);
      const blocked = page.waitForEvent('console', { predicate: (m) => /frame-ancestors/.test(m.text()), timeout: 10_000 });
      await page.goto(`http://127.0.0.1:${(foreign.address() as AddressInfo).port}/`);
      await blocked;
      const framed = page.frames().find((f) => f !== page.mainFrame());
      // The tab's document never loads in the foreign frame: no React root, no data.
      const loaded = framed ? await framed.evaluate(() => document.querySelector('[data-phase]') !== null).catch(() => false) : false;
      expect(loaded).toBe(false);
      expect(watch.cspViolations.some((m) => /frame-ancestors/.test(m))).toBe(true);
    } finally {
      await new Promise((r) => foreign.close(r));
    }
  });
});

describe('the task pane under its Content-Security-Policy', () => {
  let dir = '';
  let harness: ExcelHarness;
  let fixture = '';
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'namndstod-csp-pane-'));
    // T07 Plan för upphandling: a real template file with problems to list.
    fixture = (await writeInstanceFixture(22, dir)).slice(dir.length + 1);
    harness = await startExcelHarness({ fixturesDir: dir });
  });
  afterAll(async () => {
    await harness?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  async function openPane(): Promise<{ page: Page; pane: Frame }> {
    const { page } = await newPage();
    await page.goto(`${harness.url}?fixture=${encodeURIComponent(fixture)}`);
    const pane = (await (await page.waitForSelector('iframe.pane')).contentFrame())!;
    await pane.waitForSelector('main[aria-busy="false"]', { timeout: 20_000 });
    await pane.locator('[data-cell]').first().waitFor();
    return { page, pane };
  }

  it('ships a strict policy that lets only Office.js in from outside, and validates a workbook without a violation', async () => {
    const { page, pane } = await openPane();
    const meta = await metaPolicy(pane);
    expect(meta).not.toBeNull();
    expect(policyProblems(parsePolicy(meta!), ['https://appsforoffice.microsoft.com'])).toEqual([]);
    // The pane does its work: a problem selected, the grid follows.
    await pane.locator('button[data-cell]').first().click();
    await page.waitForSelector('td.selected');
    expect(await violationsIn(pane)).toEqual([]);
  });

  it('is enforced: script planted in the pane is blocked and reported', async () => {
    const { pane } = await openPane();
    expect(await plantScripts(pane)).toEqual({ probe: null });
    expect(await violationsIn(pane)).toEqual(expect.arrayContaining(PLANTED_VIOLATIONS));
  });
});
