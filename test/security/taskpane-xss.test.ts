// The task pane (and the Excel harness around it) with the XSS corpus in the workbook: payloads in
// amount cells the pane quotes in its problem messages, in sheet names and in file names. Each
// workbook is opened in the harness as a person would; the pane validates it and lists the
// problems. Nothing may run, nothing may become markup, every payload must be shown as text.
// The pane's own Content-Security-Policy stays on (its page is served as built); csp.test.ts and
// the CLI report test cover the cases where escaping alone has to hold.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { startExcelHarness, type ExcelHarness } from '../../excel-addin/src/harness/server';
import { buildInstanceWorkbook } from '../fixtures/xlsx/generate';
import { launchBrowser } from '../support/browser';
import { recordViolations, violationsIn } from './support/csp';
import { fileNameSafeOnLinux, sheetNameSafe, XSS_CORPUS, type Payload } from './support/xss-corpus';
import { missingText, watchPage, xssEvidence } from './support/xss-probe';

jest.setTimeout(120_000);

/** T03 "Inventarier och maskiner", T1 2020: the amount cells of its one data row. */
const T03_INSTANCE = 6;
const AMOUNT_CELLS = ['B4', 'C4', 'E4', 'F4', 'G4'];

interface Book {
  readonly file: string;
  readonly payloads: readonly Payload[];
}

/** The corpus in groups of five, one workbook each, named after a payload where a file name can hold one. */
const books: readonly Book[] = Array.from({ length: Math.ceil(XSS_CORPUS.length / AMOUNT_CELLS.length) }, (_, g) => {
  const payloads = XSS_CORPUS.slice(g * AMOUNT_CELLS.length, (g + 1) * AMOUNT_CELLS.length);
  const named = payloads.find(fileNameSafeOnLinux);
  return { file: named ? `${named.text}.xlsx` : `celler-${g}.xlsx`, payloads };
});

let dir = '';
let harness: ExcelHarness;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'namndstod-xss-pane-'));
  for (const book of books) {
    const workbook = buildInstanceWorkbook(T03_INSTANCE);
    const sheet = workbook.worksheets[0]!;
    book.payloads.forEach((p, k) => (sheet.getCell(AMOUNT_CELLS[k]!).value = p.text));
    const sheetName = book.payloads.find(sheetNameSafe);
    if (sheetName) sheet.name = sheetName.text;
    await workbook.xlsx.writeFile(join(dir, book.file));
  }
  harness = await startExcelHarness({ fixturesDir: dir });
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  await recordViolations(context);
  // No network here; office.js from the CDN fails at once instead of waiting for a time-out.
  await context.route('https://appsforoffice.microsoft.com/**', (route) => route.abort());
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await harness?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function open(file: string): Promise<{ page: Page; pane: Frame }> {
  const page = await context.newPage();
  await page.goto(`${harness.url}?fixture=${encodeURIComponent(file)}`);
  const handle = await page.waitForSelector('iframe.pane');
  const pane = (await handle.contentFrame())!;
  await pane.waitForSelector('main[aria-busy="false"]', { timeout: 20_000 });
  await pane.locator('[data-cell]').first().waitFor();
  return { page, pane };
}

describe('the task pane with the XSS corpus in the workbook', () => {
  it('has a workbook for every payload', () => {
    expect(books.flatMap((b) => b.payloads.map((p) => p.id))).toEqual(XSS_CORPUS.map((p) => p.id));
  });

  it.each(books.map((b) => [b.file.slice(0, 40), b] as const))(
    '%s: the pane and the harness show every payload as text; nothing runs, nothing becomes markup, no policy violation',
    async (_name, book) => {
      const { page, pane } = await open(book.file);
      const origin = new URL(harness.url).origin;
      const watch = watchPage(page, (url) => url.startsWith(origin) || url.startsWith('https://appsforoffice.microsoft.com/'));
      await page.waitForTimeout(300);
      const texts = book.payloads.map((p) => p.text);
      expect(await missingText(pane, texts)).toEqual([]);
      expect(await missingText(page.mainFrame(), [...texts, book.file])).toEqual([]);
      expect(await xssEvidence(pane)).toEqual({ ran: null, liveMarkup: [], unexpectedTags: [] });
      expect(await xssEvidence(page.mainFrame())).toEqual({ ran: null, liveMarkup: [], unexpectedTags: [] });
      expect(await violationsIn(pane)).toEqual([]);
      expect(watch.dialogs).toEqual([]);
      expect(watch.strayRequests).toEqual([]);
      await page.close();
    },
  );
});
