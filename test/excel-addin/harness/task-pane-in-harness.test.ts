import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { startExcelHarness, type ExcelHarness } from '../../../excel-addin/src/harness/server';
import { writeInstanceFixture } from '../../fixtures/xlsx/generate';
import { launchBrowser } from '../../support/browser';

const ROOT = join(__dirname, '..', '..', '..');
const ARTIFACTS = join(ROOT, 'test-artifacts');
const PROTECTED = '90-innovationssatsningar-skyddad.xlsx';
const UNKNOWN = '91-okand-arbetsbok.xlsx';

let dir: string;
let harness: ExcelHarness;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  if (!existsSync(join(ROOT, 'dist', 'web', 'taskpane', 'index.html'))) throw new Error('dist/web is missing: run `npm run build` first');
  dir = await mkdtemp(join(tmpdir(), 'namndstod-harness-'));
  for (const i of [3, 22, 23]) await writeInstanceFixture(i, dir);
  // The T06 file again with its sheet protected: the pane must refuse to write and say why.
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(dir, '23-innovationssatsningar.xlsx'));
  await wb.worksheets[0]!.protect('', {});
  await wb.xlsx.writeFile(join(dir, PROTECTED));
  const other = new ExcelJS.Workbook();
  other.addWorksheet('Blad1').addRows([['Inköpslista'], ['Mjölk', 2], ['Bröd', 1]]);
  await other.xlsx.writeFile(join(dir, UNKNOWN));
  harness = await startExcelHarness({ fixturesDir: dir });
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  // No network here; office.js from the CDN fails at once instead of waiting for a time-out.
  await context.route('https://appsforoffice.microsoft.com/**', (route) => route.abort());
  await mkdir(ARTIFACTS, { recursive: true });
}, 60_000);

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await harness?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function openFixture(file: string): Promise<{ page: Page; pane: Frame }> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${harness.url}?fixture=${encodeURIComponent(file)}`);
  const handle = await page.waitForSelector('iframe.pane');
  const pane = (await handle.contentFrame())!;
  await pane.waitForSelector('main[aria-busy="false"]', { timeout: 20_000 });
  expect(errors).toEqual([]);
  return { page, pane };
}

const cellText = (page: Page, cell: string) => page.locator(`td[data-cell="${cell}"]`).innerText();

describe('the task pane in the Excel harness, driven as a person would', () => {
  it('shows the problems of a real template file, selects a cell on click, and drops a problem once it is corrected', async () => {
    const { page, pane } = await openFixture('22-plan-for-upphandling.xlsx');
    await expect(pane.getByTestId('template').innerText()).resolves.toMatch(/T07.*Plan för upphandling/);
    const problem = pane.locator('button[data-cell="Blad1!C9"]').first();
    await expect(problem.innerText()).resolves.toMatch(/Fel · C9[\s\S]*saknar toppdomän/);
    await page.locator('iframe.pane').screenshot({ path: join(ARTIFACTS, 'taskpane-sv-problems.png') });

    await problem.click();
    await page.waitForSelector('td[data-cell="Blad1!C9"].selected');

    const cell = page.locator('td[data-cell="Blad1!C9"]');
    await cell.dblclick();
    await page.locator('td[data-cell="Blad1!C9"] input').fill('isabelle.vas@stockholm.se');
    await page.keyboard.press('Enter');
    await expect(cellText(page, 'Blad1!C9')).resolves.toBe('isabelle.vas@stockholm.se');
    await pane.waitForSelector('button[data-cell="Blad1!C9"]', { state: 'detached' });
    await expect(pane.getByTestId('pass').innerText()).resolves.toMatch(/Omkontroll efter ändring: \d+ av \d+ delar/);
    await page.close();
  });

  it('steps through the problems with F8 and Shift+F8, moving the selection in the grid', async () => {
    const { page, pane } = await openFixture('22-plan-for-upphandling.xlsx');
    const first = await pane.locator('button[data-cell]').nth(0).getAttribute('data-cell');
    const second = await pane.locator('button[data-cell]').nth(1).getAttribute('data-cell');
    await pane.locator('h1').click();
    await page.keyboard.press('F8');
    await page.waitForSelector(`td[data-cell="${first}"].selected`);
    await page.keyboard.press('F8');
    await page.waitForSelector(`td[data-cell="${second}"].selected`);
    await expect(pane.evaluate(() => document.activeElement?.getAttribute('data-cell'))).resolves.toBe(second);
    await page.keyboard.press('Shift+F8');
    await page.waitForSelector(`td[data-cell="${first}"].selected`);
    await page.close();
  });

  it('applies an accepted suggestion, leaves a refused one alone, and undoes the fill', async () => {
    const { page, pane } = await openFixture('23-innovationssatsningar.xlsx');
    const items = pane.locator('li[data-fill]');
    await expect(items.count()).resolves.toBe(2);
    const [take, leave] = [await items.nth(0).getAttribute('data-fill'), await items.nth(1).getAttribute('data-fill')];
    const before = { take: await cellText(page, take!), leave: await cellText(page, leave!) };
    await page.locator('iframe.pane').screenshot({ path: join(ARTIFACTS, 'taskpane-sv-fills.png') });

    await pane.getByRole('button', { name: `Avstå förslaget för ${leave}` }).click();
    await expect(cellText(page, leave!)).resolves.toBe(before.leave);
    await pane.getByRole('button', { name: `Använd värdet för ${take}` }).click();
    await pane.getByText('1 cell fylldes i.').waitFor();
    const after = await cellText(page, take!);
    expect(after).not.toBe(before.take);
    expect(after).toMatch(/^(Verksamhetsutveckling|Testbäddverksamhet|verksamhetsutveckling|testbäddverksamhet)$/);
    await expect(cellText(page, leave!)).resolves.toBe(before.leave);
    await pane.locator('li[data-fill]').first().waitFor({ state: 'detached' });
    await page.locator('iframe.pane').screenshot({ path: join(ARTIFACTS, 'taskpane-sv-fill-log.png') });

    await pane.getByRole('button', { name: 'Ångra senaste ifyllningen' }).click();
    await pane.getByText('1 cell återställdes.').waitFor();
    await expect(cellText(page, take!)).resolves.toBe(before.take);
    await page.close();
  });

  it('fills T02 "varav 5 %" back in after a person typed over it, once they accept', async () => {
    const { page, pane } = await openFixture('03-resultatenheter.xlsx');
    const type = async (cell: string, value: string) => {
      await page.locator(`td[data-cell="Resultatenheter!${cell}"]`).dblclick();
      await page.locator(`td[data-cell="Resultatenheter!${cell}"] input`).fill(value);
      await page.keyboard.press('Enter');
      await page.locator(`td[data-cell="Resultatenheter!${cell}"] input`).waitFor({ state: 'detached' });
    };
    await type('A4', 'Enhet Hässelby');
    await type('B4', '1000');
    await expect(cellText(page, 'Resultatenheter!C4')).resolves.toBe('50');
    await type('C4', '40');
    const item = pane.locator('li[data-fill="Resultatenheter!C4"]');
    await expect(item.innerText()).resolves.toMatch(/Förslag – ersätter ett inskrivet värde[\s\S]*Resultatenheter!C4: 40 → 50[\s\S]*resultatenheter\/varav-5-procent/);
    await expect(cellText(page, 'Resultatenheter!C4')).resolves.toBe('40');
    await pane.getByRole('button', { name: 'Använd värdet för Resultatenheter!C4' }).click();
    await pane.getByText('1 cell fylldes i.').waitFor();
    await expect(cellText(page, 'Resultatenheter!C4')).resolves.toBe('50');
    await page.locator('td[data-cell="Resultatenheter!C4"]').click();
    await expect(page.locator('.formula').innerText()).resolves.toBe('=B4*0.05');
    await item.waitFor({ state: 'detached' });
    await page.close();
  });

  it('writes nothing on a protected sheet, or while a cell is being edited, and says why', async () => {
    const { page, pane } = await openFixture(PROTECTED);
    const take = (await pane.locator('li[data-fill]').first().getAttribute('data-fill'))!;
    const before = await cellText(page, take);
    await pane.getByRole('button', { name: `Använd värdet för ${take}` }).click();
    await expect(pane.getByTestId('refusals').innerText()).resolves.toContain(`${take} ligger på ett skyddat blad.`);
    await expect(cellText(page, take)).resolves.toBe(before);
    await page.close();

    const second = await openFixture('23-innovationssatsningar.xlsx');
    const cell = (await second.pane.locator('li[data-fill]').first().getAttribute('data-fill'))!;
    const was = await cellText(second.page, cell);
    await second.page.locator('td[data-cell="Blad1!A1"]').dblclick();
    await second.page.locator('td[data-cell="Blad1!A1"] input').waitFor();
    await second.pane.getByRole('button', { name: `Använd värdet för ${cell}` }).click();
    await expect(second.pane.getByTestId('refusals').innerText()).resolves.toContain('Excel håller på att redigera en cell');
    await expect(cellText(second.page, cell)).resolves.toBe(was);
    await second.page.locator('td[data-cell="Blad1!A1"] input').press('Escape');
    await second.page.locator('td[data-cell="Blad1!A1"] input').waitFor({ state: 'detached' });
    await second.page.close();
  });

  it('marks the problem cells in the workbook and clears the marks again', async () => {
    const { page, pane } = await openFixture('22-plan-for-upphandling.xlsx');
    const target = page.locator('td[data-cell="Blad1!C9"]');
    const plain = await target.evaluate((el) => getComputedStyle(el).backgroundColor);
    await pane.getByRole('button', { name: 'Markera i arbetsboken' }).click();
    await pane.getByText(/celler markerades med färg och anteckning/).waitFor();
    await expect(target.evaluate((el) => getComputedStyle(el).backgroundColor)).resolves.not.toBe(plain);
    await expect(page.locator('td[data-cell="Blad1!C9"] .note-mark').count()).resolves.toBe(1);
    await pane.getByRole('button', { name: 'Rensa markeringar' }).click();
    await pane.getByText(/markeringar togs bort/).waitFor();
    await expect(target.evaluate((el) => getComputedStyle(el).backgroundColor)).resolves.toBe(plain);
    await expect(page.locator('.note-mark').count()).resolves.toBe(0);
    await page.close();
  });

  it('says clearly, in Swedish, when a workbook is no known template, and what it looked for', async () => {
    const { page, pane } = await openFixture(UNKNOWN);
    const box = pane.getByTestId('unknown-template');
    await expect(box.innerText()).resolves.toMatch(/Arbetsboken känns inte igen[\s\S]*T01:/);
    await page.locator('iframe.pane').screenshot({ path: join(ARTIFACTS, 'taskpane-sv-unknown.png') });
    await page.close();
  });

  it('fits 320 px without sideways scrolling, switches to English and back, and passes an axe scan', async () => {
    const { page, pane } = await openFixture('22-plan-for-upphandling.xlsx');
    await expect(pane.evaluate(() => window.innerWidth)).resolves.toBe(320);
    await expect(pane.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).resolves.toBe(true);
    await pane.getByRole('button', { name: 'English (Byt språk till engelska)' }).click();
    await expect(pane.locator('#problems-heading').innerText()).resolves.toMatch(/things to fix/);
    await pane.getByRole('button', { name: 'Svenska (Switch language to Swedish)' }).click();
    await expect(pane.locator('#problems-heading').innerText()).resolves.toMatch(/saker att rätta/);

    const axe = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
    await pane.evaluate(axe);
    const results = await pane.evaluate(async () => {
      const run = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe.run;
      const r = await run(document, { resultTypes: ['violations'] });
      return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    });
    expect(results).toEqual([]);
    await page.close();
  });
});

