// Status from Teams chat the way a person does it: the harness page (headless Chromium) plays the
// Teams client, the chat service runs in local mode over HTTP, and the writes land in the local
// list service, where the tab's data layer reads them.

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { startChatService, type ChatService } from '../../../teams-app/src/bot/chat-service';
import { createRepositories } from '../../../teams-app/src/data/repositories';
import { createSp } from '../../../teams-app/src/data/sp';
import type { ServicePersona } from '../../../teams-app/src/local-sharepoint';
import { startChatHarness, type ChatHarness } from '../../../teams-app/src/chat-harness/server';
import { launchBrowser } from '../../support/browser';
import { startChatSite, type ChatSite } from '../bot/support/chat-site';
import { FAST_RETRY } from '../provisioning/local-site';

const WEB_ROOT = join(__dirname, '../../../dist/web');
const GROUP_CHAT = '19:ledningsgruppen@thread.local';

let site: ChatSite;
let chat: ChatService;
let harness: ChatHarness;
let browser: Browser;
const harnessLog: string[] = [];

beforeAll(async () => {
  if (!existsSync(join(WEB_ROOT, 'chat-harness', 'index.html'))) {
    throw new Error('dist/web/chat-harness is missing: run "npm run build" before the chat harness tests (npm test does).');
  }
  site = await startChatSite();
  chat = await startChatService({ siteUrl: site.service.siteUrl, local: true, port: 0, spToken: site.manager.token, log: () => undefined });
  harness = await startChatHarness({ botUrl: chat.url, webRoot: WEB_ROOT, personas: site.service.personas, log: (l) => harnessLog.push(l) });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await harness?.close();
  await chat?.close();
  await site?.close();
});

function memberId(persona: ServicePersona): string {
  return harness.connector.members.find((m) => m.userPrincipalName === persona.login)!.id;
}

async function openAs(persona: ServicePersona, conversation = 'personal'): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1200, height: 1000 } });
  // Fail with the step that hung, well inside the test's own timeout.
  page.setDefaultTimeout(8_000);
  await page.goto(harness.url);
  await page.getByTestId('persona').selectOption(memberId(persona));
  await page.getByTestId('conversation').selectOption(conversation);
  return page;
}

async function switchTo(page: Page, persona: ServicePersona): Promise<void> {
  await page.getByTestId('persona').selectOption(memberId(persona));
}

const botMessages = (page: Page) => page.locator('[data-testid=message][data-from=bot]');

/** Writes in the compose box and returns the bot's answer (its message, by id, so it survives re-renders). */
async function say(page: Page, text: string): Promise<Locator> {
  const before = await botMessages(page).count();
  await page.getByTestId('compose').fill(text);
  await page.getByTestId('compose').press('Enter');
  await botMessages(page).nth(before).waitFor();
  const id = await botMessages(page).nth(before).getAttribute('data-activity-id');
  const message = page.locator(`[data-activity-id="${id}"]`);
  await message.getByTestId('card').locator('.ac-adaptiveCard').waitFor();
  return message;
}

async function idle(page: Page): Promise<void> {
  await page.locator('[data-testid=busy][data-busy=false]').waitFor({ state: 'attached' });
}

async function fill(card: Locator, values: { status?: string; comment?: string; reportingPoint?: string }): Promise<void> {
  if (values.status) await card.getByLabel('Status').selectOption(values.status);
  if (values.comment !== undefined) await card.getByLabel('Kommentar').fill(values.comment);
  if (values.reportingPoint) await card.getByLabel('Uppföljningstillfälle').selectOption(values.reportingPoint);
}

const readerSp = () => createSp({ siteUrl: site.service.siteUrl, auth: { token: site.other.token }, retry: FAST_RETRY });

describe('chat harness', () => {
  test('a manager posts a status from the chat, sees the confirmation, and the tab’s data layer reads it', async () => {
    const page = await openAs(site.manager);
    try {
      const message = await say(page, 'status VBE2021-03');
      await fill(message, { status: 'Pågår', comment: 'Utbildningen är upphandlad; start i oktober.', reportingPoint: 'T2' });
      await message.getByRole('button', { name: 'Skicka' }).click();
      await message.getByText('Status rapporterad').waitFor();
      const text = await message.innerText();
      expect(text).toContain('Anna Lind');
      expect(text).toContain('Utbildningen är upphandlad; start i oktober.');
      expect(text).toMatch(/T2 \d{4}/);
      expect(await message.getByRole('button').count()).toBe(0);

      // The tab reads through the same data layer, as any member of the site.
      const repos = createRepositories(readerSp());
      const item = (await repos.actionItems.getByExternalId('VBE2021-03'))!;
      expect(item).toMatchObject({ status: 'Pågår', latestStatusComment: 'Utbildningen är upphandlad; start i oktober.' });
      const [newest] = await repos.statusUpdates.forTarget('Åtgärd', item.Id, { limit: 1 });
      expect(newest).toMatchObject({ postedById: site.manager.id, channel: 'Teams-chatt', reportingPoint: 'T2', status: 'Pågår' });
    } finally {
      await page.close();
    }
  });

  test('someone who is not ansvarig is refused — asking for the form, and submitting a card someone else opened', async () => {
    const page = await openAs(site.owner, GROUP_CHAT);
    try {
      const card = await say(page, '@Nämndstöd status VBE2021-03');
      await switchTo(page, site.other);
      const rowsBefore = await site.rows();
      const itemBefore = await site.admin.actionItems.get(site.ownedAction.Id);
      await fill(card, { status: 'Utgår', comment: 'Jag stänger den här.' });
      await card.getByRole('button', { name: 'Skicka' }).click();
      await card.getByText('Du är inte ansvarig för åtgärden').waitFor();
      expect(await card.innerText()).toContain('Ingenting har sparats.');
      expect(await site.rows()).toEqual(rowsBefore);
      expect(await site.admin.actionItems.get(site.ownedAction.Id)).toEqual(itemBefore);

      const own = await say(page, '@Nämndstöd status VBE2021-03');
      expect(await own.innerText()).toContain('Du är inte ansvarig för åtgärden och får därför inte uppdatera dess status.');
      expect(await own.locator('textarea, select').count()).toBe(0);
    } finally {
      await page.close();
    }
  });

  test('a double click on Skicka sends two invokes and writes once', async () => {
    const page = await openAs(site.owner);
    try {
      const message = await say(page, 'status VBE2021-03');
      await fill(message, { status: 'Delvis genomförd', comment: 'Två av tre moduler klara.' });
      const rowsBefore = (await site.rows()).length;
      const invokesBefore = harnessLog.filter((l) => l.includes('invoke/adaptiveCard/action')).length;
      await message.getByRole('button', { name: 'Skicka' }).dblclick();
      await message.getByText('Status rapporterad').waitFor();
      await idle(page);
      expect(harnessLog.filter((l) => l.includes('invoke/adaptiveCard/action')).length - invokesBefore).toBe(2);
      const rows = await site.rows();
      expect(rows).toHaveLength(rowsBefore + 1);
      expect(rows[rows.length - 1]).toMatchObject({ comment: 'Två av tre moduler klara.', postedById: site.owner.id });
    } finally {
      await page.close();
    }
  });

  test('a stale card gets the conflict card with the newer status; sending again lands', async () => {
    const page = await openAs(site.owner, GROUP_CHAT);
    try {
      const stale = await say(page, '@Nämndstöd status VBE2021-03');
      await switchTo(page, site.manager);
      const newer = await say(page, '@Nämndstöd status VBE2021-03');
      await fill(newer, { status: 'Försenad', comment: 'Leverantören har skjutit på starten.' });
      await newer.getByRole('button', { name: 'Skicka' }).click();
      await newer.getByText('Status rapporterad').waitFor();

      await switchTo(page, site.owner);
      const rowsBefore = await site.rows();
      await fill(stale, { status: 'Genomförd', comment: 'Allt klart från min sida.' });
      await stale.getByRole('button', { name: 'Skicka' }).click();
      await stale.getByText('Posten har ändrats sedan kortet skapades').waitFor();
      const text = await stale.innerText();
      expect(text).toContain('Försenad');
      expect(text).toContain('Leverantören har skjutit på starten.');
      expect(await stale.getByLabel('Kommentar').inputValue()).toBe('Allt klart från min sida.');
      expect(await site.rows()).toEqual(rowsBefore);

      await stale.getByRole('button', { name: 'Skicka igen' }).click();
      await stale.getByText('Status rapporterad').waitFor();
      expect(await stale.innerText()).toContain('Erik Berg');
      expect((await site.admin.actionItems.get(site.ownedAction.Id))!.status).toBe('Genomförd');
    } finally {
      await page.close();
    }
  });

  test('Markdown in the lists’ text is shown as typed, while the help card’s own formatting renders', async () => {
    const [item] = (await site.admin.actionItems.list({ limit: 5, orderBy: [['Id', 'asc']] })).filter((a) => a.externalId !== 'VBE2021-03');
    const title = '# Rubrik [öppna](https://angripare.example) **fet** _kursiv_ `kod`';
    await site.admin.actionItems.update(item!.Id, { Title: title, latestStatusComment: '- punkt\n> citat' }, item!.etag);
    const page = await openAs(site.manager);
    try {
      const card = (await say(page, `status ${item!.externalId}`)).getByTestId('card');
      const text = await card.innerText();
      expect(text).toContain(`${item!.externalId} · ${title}`);
      expect(text).toContain('- punkt');
      expect(text).toContain('> citat');
      expect(await card.locator('a, strong, em, code, h1, h2, ul, ol, blockquote').count()).toBe(0);

      const help = (await say(page, 'hjälp')).getByTestId('card');
      expect(await help.locator('strong', { hasText: 'mina åtgärder' }).count()).toBe(1);
      expect(await help.locator('li').count()).toBe(3);
    } finally {
      await page.close();
    }
  });

  test('the message extension from a message: dialog form, then the confirmation goes into the chat', async () => {
    const page = await openAs(site.manager, GROUP_CHAT);
    try {
      await page.getByTestId('compose').fill('Hur går det med VBE2021-03, Erik?');
      await page.getByTestId('compose').press('Enter');
      const question = page.locator('[data-testid=message]', { hasText: 'Hur går det med VBE2021-03' });
      await question.waitFor();
      await idle(page);
      await switchTo(page, site.owner);
      await question.getByTestId('message-action').click();
      const dialog = page.getByTestId('dialog');
      await dialog.getByText('VBE2021-03 ·').waitFor();
      await fill(dialog, { status: 'Pågår', comment: 'Svar i tråden: vi ligger i fas.' });
      const rowsBefore = (await site.rows()).length;
      await dialog.getByRole('button', { name: 'Skicka' }).click();
      await page.getByTestId('preview').getByText('Status rapporterad').waitFor();
      expect(await site.rows()).toHaveLength(rowsBefore + 1);
      await page.getByTestId('preview-send').click();
      const posted = page.locator('[data-testid=message][data-from="Erik Berg"]', { hasText: 'Svar i tråden: vi ligger i fas.' });
      await posted.waitFor();
      expect(await posted.innerText()).toContain('Status rapporterad');
    } finally {
      await page.close();
    }
  });
});
