// The chat surfaces with the XSS corpus: the chat harness (the local stand-in for the Teams client,
// drawing cards with Microsoft's adaptivecards renderer) talking to the real chat service over
// HTTP. Stored: payloads in an action item's title, full text and latest status comment come back
// in the bot's status card. Reflected: every payload sent as a chat message is shown in the
// person's own bubble and echoed by the bot's "did not understand" card. Nothing may run and
// nothing may become markup.

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { plainText } from '../../teams-app/src/bot/commands';
import { startChatService, type ChatService } from '../../teams-app/src/bot/chat-service';
import { startChatHarness, type ChatHarness } from '../../teams-app/src/chat-harness/server';
import { launchBrowser } from '../support/browser';
import { startChatSite, type ChatSite } from '../teams-app/bot/support/chat-site';
import { WEB_ROOT } from '../teams-app/tab/support/tab-site';
import { XSS_CORPUS } from './support/xss-corpus';
import { missingText, watchPage, xssEvidence, type PageWatch } from './support/xss-probe';

jest.setTimeout(120_000);

const STORED_TITLE = `Xssprov ${XSS_CORPUS.filter((p) => [2, 4, 8].includes(p.id)).map((p) => p.text).join(' ')}`;
const ALL = XSS_CORPUS.map((p) => p.text).join('\n');

let site: ChatSite;
let chat: ChatService;
let harness: ChatHarness;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let watch: PageWatch;

beforeAll(async () => {
  if (!existsSync(join(WEB_ROOT, 'chat-harness', 'index.html'))) throw new Error('dist/web/chat-harness is missing: run "npm run build" first (npm test does).');
  site = await startChatSite();
  const item = site.ownedAction;
  await site.admin.actionItems.update(item.Id, { Title: STORED_TITLE, activityText: ALL, latestStatusComment: ALL }, item.etag);
  chat = await startChatService({ siteUrl: site.service.siteUrl, local: true, port: 0, spToken: site.manager.token, log: () => undefined });
  harness = await startChatHarness({ botUrl: chat.url, webRoot: WEB_ROOT, personas: site.service.personas });
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  page = await context.newPage();
  watch = watchPage(page, (url) => url.startsWith(new URL(harness.url).origin));
  await page.goto(harness.url);
  const manager = harness.connector.members.find((m) => m.userPrincipalName === site.manager.login)!;
  await page.getByTestId('persona').selectOption(manager.id);
  await page.getByTestId('conversation').selectOption('personal');
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await harness?.close();
  await chat?.close();
  await site?.close();
});

const botMessages = () => page.locator('[data-testid="message"][data-from="bot"]');

async function say(text: string): Promise<Locator> {
  const before = await botMessages().count();
  await page.getByTestId('compose').fill(text);
  await page.getByTestId('send').click();
  await botMessages().nth(before).waitFor({ timeout: 15_000 });
  // By id, so the locator survives re-renders of the transcript.
  const message = page.locator(`[data-activity-id="${await botMessages().nth(before).getAttribute('data-activity-id')}"]`);
  await message.getByTestId('card').locator('.ac-adaptiveCard').waitFor();
  return message;
}

describe('the chat harness and the bot with the XSS corpus', () => {
  it("stored: an item's title, full text and status comment in the bot's status card stay text", async () => {
    const reply = await say(`status ${site.ownedAction.externalId}`);
    await page.waitForTimeout(300);
    expect(await reply.getByTestId('card').innerText()).toContain(STORED_TITLE.slice(0, 40));
    expect(await xssEvidence(page.mainFrame())).toEqual({ ran: null, liveMarkup: [], unexpectedTags: [] });
    expect(watch.dialogs).toEqual([]);
    expect(watch.strayRequests).toEqual([]);
    expect(watch.pageErrors).toEqual([]);
  });

  it('reflected: every payload sent as a message is shown as text, and the bot echoes it as text', async () => {
    for (const p of XSS_CORPUS) {
      const reply = await say(p.text);
      const understood = plainText(p.text);
      // The bot quotes the start of what it did not understand, with markup removed.
      if (understood.length >= 10) expect(await reply.getByTestId('card').innerText()).toContain(understood.slice(0, 10));
    }
    await page.waitForTimeout(300);
    const mine = await page.locator('[data-testid="message"]:not([data-from="bot"])').allTextContents();
    for (const p of XSS_CORPUS) expect(mine.some((m) => m.includes(p.text))).toBe(true);
    expect(await missingText(page.mainFrame(), XSS_CORPUS.map((p) => p.text))).toEqual([]);
    expect(await xssEvidence(page.mainFrame())).toEqual({ ran: null, liveMarkup: [], unexpectedTags: [] });
    expect(watch.dialogs).toEqual([]);
    expect(watch.strayRequests).toEqual([]);
    expect(watch.pageErrors).toEqual([]);
  });
});
