// The CLI's HTML report under hostile input: every payload of the corpus is put where a person's
// workbook can carry it — cell text the report quotes, sheet names, file names, a damaged file and
// a workbook of no known template — the real CLI writes the report (Swedish and English), and the
// report is opened from disk in Chromium. Nothing may run, no markup may appear, no request may
// leave the page, and every payload must be shown as the text it is.

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ExcelJS from 'exceljs';
import type { Browser } from 'playwright-core';
import { buildInstanceWorkbook } from '../fixtures/xlsx/generate';
import { launchBrowser } from '../support/browser';
import { assertBuiltCli, runCli } from '../excel-addin/cli/run-cli';
import { fileNameSafeOnLinux, sheetNameSafe, XSS_CORPUS, type Payload } from './support/xss-corpus';
import { missingText, watchPage, xssEvidence } from './support/xss-probe';

jest.setTimeout(60_000);

/** T03 "Inventarier och maskiner", T1 2020: B4 is an amount the report quotes when it is not a number. */
const T03_INSTANCE = 6;
const AMOUNT_CELL = 'B4';

const REPORT_TAGS = ['html', 'head', 'meta', 'title', 'style', 'body', 'main', 'h1', 'h2', 'h3', 'p', 'strong', 'section', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'span', 'div', 'ul', 'li'];

let dir = '';
let browser: Browser;

async function writeInputs(inputs: string): Promise<string[]> {
  // Never anywhere but the test's own temporary folder (a failed set-up must not write into the checkout).
  if (!dir || !inputs.startsWith(dir)) throw new Error(`refusing to write test inputs to '${inputs}'`);
  mkdirSync(inputs, { recursive: true });
  const expected: string[] = [];
  for (const p of XSS_CORPUS) {
    const workbook = buildInstanceWorkbook(T03_INSTANCE);
    const sheet = workbook.worksheets[0]!;
    sheet.getCell(AMOUNT_CELL).value = p.text;
    if (sheetNameSafe(p)) sheet.name = p.text;
    const name = fileNameSafeOnLinux(p) ? `${p.text}.xlsx` : `cell-${p.id}.xlsx`;
    await workbook.xlsx.writeFile(join(inputs, name));
    expected.push(p.text);
  }
  // A damaged file and a workbook of no known template: the report shows only their names.
  const named = (p: Payload, suffix: string) => `${p.text} ${suffix}.xlsx`;
  const byId = (id: number) => XSS_CORPUS.find((p) => p.id === id)!;
  writeFileSync(join(inputs, named(byId(2), '(trasig)')), 'PK\u0003\u0004 inte en arbetsbok');
  const other = new ExcelJS.Workbook();
  other.addWorksheet(byId(4).text).getCell('A1').value = byId(1).text;
  await other.xlsx.writeFile(join(inputs, named(byId(4), '(okänd)')));
  return expected;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'namndstod-xss-report-'));
  assertBuiltCli();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the CLI HTML report with the XSS corpus in cells, sheet names and file names', () => {
  let expected: string[] = [];
  beforeAll(async () => {
    expected = await writeInputs(join(dir, 'in'));
  });

  it.each(['sv', 'en'] as const)('in %s: nothing runs, nothing becomes markup, every payload is shown as text', async (lang) => {
    const out = join(dir, `rapport-${lang}.html`);
    if (!dir) throw new Error('no temporary folder');
    const run = await runCli(['validate', 'in', '--format', 'html', '--lang', lang, '--out', out], dir);
    // 1 = errors found (the payloads are not amounts); 2 would mean the run itself failed.
    expect([run.code, run.stderr]).toEqual([1, expect.any(String)]);

    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      const url = pathToFileURL(out).toString();
      const watch = watchPage(page, (u) => u === url);
      await page.goto(url, { waitUntil: 'load' });
      // Error handlers, autofocus and toggle events fire after load; let them.
      await page.waitForTimeout(300);
      const evidence = await xssEvidence(page.mainFrame(), REPORT_TAGS);
      expect(evidence).toEqual({ ran: null, liveMarkup: [], unexpectedTags: [] });
      expect(watch.dialogs).toEqual([]);
      expect(watch.strayRequests).toEqual([]);
      expect(await missingText(page.mainFrame(), expected)).toEqual([]);
      // Every payload that fits a sheet or file name was shown as one.
      const headings = await page.locator('h2, h3').allTextContents();
      for (const p of XSS_CORPUS.filter(sheetNameSafe)) expect(headings.some((h) => h.endsWith(p.text))).toBe(true);
      for (const p of XSS_CORPUS.filter(fileNameSafeOnLinux)) expect(headings.some((h) => h.endsWith(`${p.text}.xlsx`))).toBe(true);
    } finally {
      await context.close();
    }
  });
});

describe('the probe itself', () => {
  it('sees payloads that do run when a page inserts them unescaped', async () => {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      const watch = watchPage(page, () => true);
      const unescaped = XSS_CORPUS.filter((p) => [1, 3, 4].includes(p.id)).map((p) => `<p>${p.text}</p>`);
      await page.setContent(`<!doctype html><html><body>${unescaped.join('')}</body></html>`, { waitUntil: 'load' });
      await page.waitForTimeout(300);
      const evidence = await xssEvidence(page.mainFrame(), REPORT_TAGS);
      expect(evidence.ran).not.toBeNull();
      expect(evidence.liveMarkup.length).toBeGreaterThan(0);
      expect(evidence.unexpectedTags).toEqual(expect.arrayContaining(['img', 'svg']));
      expect(watch.dialogs).toEqual(['alert: 3']);
    } finally {
      await context.close();
    }
  });
});
