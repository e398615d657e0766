import { launchBrowser } from '../../support/browser';
import { startChatSite } from '../bot/support/chat-site';
import { startChatService } from '../../../teams-app/src/bot/chat-service';
import { startChatHarness } from '../../../teams-app/src/chat-harness/server';
test('smoke', async () => {
  const site = await startChatSite();
  const chat = await startChatService({ siteUrl: site.service.siteUrl, local: true, port: 0, spToken: site.manager.token, log: (l) => console.log(l) });
  const harness = await startChatHarness({ botUrl: chat.url, webRoot: '/tmp/chatdev', personas: site.service.personas, log: (l) => console.log(l) });
  const browser = await launchBrowser();
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  page.on('console', (m) => require('fs').appendFileSync('/tmp/scratch/console.txt', m.type() + ' ' + m.text() + '\n')); page.on('pageerror', (e) => console.log('PAGEERROR', e.message, e.stack));
  await page.goto(harness.url);
  await page.getByTestId('compose').fill('status VBE2021-03');
  await page.getByTestId('send').click();
  try { await page.locator('[data-testid=message][data-from=bot]').last().getByTestId('card').waitFor({timeout: 8000}); } catch (e) { await page.screenshot({ path: '/tmp/scratch/fail.png' }); console.log(await page.content()); }
  await page.waitForTimeout(500);
  await page.screenshot({ path: '/tmp/scratch/s1.png' });
  console.log(await page.locator('[data-testid=message][data-from=bot]').last().innerHTML());
  await browser.close(); await harness.close(); await chat.close(); await site.close();
}, 120000);
