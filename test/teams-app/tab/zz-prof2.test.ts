import { seededService } from '../../bench/tab-render-filter';
import { startTeamsHost } from '../../../teams-app/src/teams-host/server';
import { launchBrowser } from '../../support/browser';
import { WEB_ROOT } from './support/tab-site';
test('prof2', async () => {
  const service = await seededService(5000);
  const host = await startTeamsHost({ listServiceUrl: service.url, personas: service.personas, webRoot: WEB_ROOT });
  const browser = await launchBrowser();
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const url = `${host.tabUrl}?as=anna.lind%40amn.local&asOf=2021-06-15`;
  await page.goto(url); await page.locator('[data-phase="ready"] [role="listbox"]').waitFor({ timeout: 60000 });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await page.goto(url); await page.locator('[data-phase="ready"] [role="listbox"]').waitFor({ timeout: 60000 });
  const { profile } = await cdp.send('Profiler.stop') as any;
  const marks = await page.evaluate(() => performance.getEntriesByType('mark').map((m) => `${m.name} ${m.startTime.toFixed(1)}`));
  console.log(marks.join('\n'));
  // self time per function
  const byId = new Map(profile.nodes.map((n: any) => [n.id, n]));
  const self = new Map<string, number>();
  const dt = profile.timeDeltas as number[];
  profile.samples.forEach((id: number, i: number) => {
    const n: any = byId.get(id); const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}:${n.callFrame.columnNumber}`;
    self.set(k, (self.get(k) ?? 0) + (dt[i] ?? 0) / 1000);
  });
  console.log([...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, v]) => `${v.toFixed(1)} ms ${k}`).join('\n'));
  await browser.close(); await host.close(); await service.close();
}, 120000);
