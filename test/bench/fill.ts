import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { planWorkbookFill, writeFilledCopy } from '../../excel-addin/src/cli/fill-workbook';
import { parseWorkbook, readWorkbook } from '../../excel-addin/src/xlsx-adapter/read-workbook';
import { validateWorkbook } from '../../shared/engine';
import { columnLetters } from '../../shared/grid';
import { templates } from '../../shared/templates';
import { putPrinted, putText } from '../fixtures/xlsx/cells';
import { type PrintedCell, printedSheet } from '../fixtures/xlsx/projekt-over-50-mnkr';
import { instanceAt } from '../fixtures/xlsx/instances';
import { writers } from '../fixtures/xlsx/writers';
import type { BenchSuite } from './suites';
import { medianOf, medianTime } from './timing';

const REPEATS = 7;
const PROJECT_ROWS = 6_700;
const T01_T1_2021 = 0;

/** Every instance some writer handles, written as the golden tests write it. */
async function writeFixtures(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const w of writers) {
    for (const index of w.instances) {
      const wb = new ExcelJS.Workbook();
      w.write(wb, instanceAt(index), index);
      const path = join(dir, `${String(index).padStart(2, '0')}-${w.templateId}.xlsx`);
      await wb.xlsx.writeFile(path);
      out.push(path);
    }
  }
  return out.sort();
}

/**
 * T01 (T1 2021) with 6 700 project rows whose total forecast (13)/(14) is left empty: the
 * total-prognos fill has 13 400 cells to write as formulas, the worst case of a real fill.
 */
async function buildT01WithoutTotals(): Promise<{ bytes: Uint8Array; rows: number }> {
  const instance = instanceAt(T01_T1_2021);
  const printed = printedSheet(instance, T01_T1_2021);
  const totalCols = new Set([25, 26]); // Z, AA: (13), (14)
  const first = printed.projectRows[0]!;
  const template = printed.rows[first]!;
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(printed.name);
  const put = (row: number, col: number, c: PrintedCell | undefined) => {
    if (!c) return;
    const a1 = `${columnLetters(col)}${row + 1}`;
    if (c.kind === 'text') putText(ws, a1, c.text);
    else if (c.kind === 'value') putPrinted(ws, a1, c.text, c.numFmt);
  };
  printed.rows.slice(0, first).forEach((r, row) => r.forEach((c, col) => put(row, col, c)));
  for (let i = 0; i < PROJECT_ROWS; i++) {
    template.forEach((c, col) => {
      if (col === 0) put(first + i, 0, { kind: 'text', text: `Projekt ${i + 1}` });
      else if (!totalCols.has(col)) put(first + i, col, c);
    });
  }
  const summa = first + PROJECT_ROWS;
  put(summa, 0, { kind: 'text', text: 'Summa' });
  for (let col = 1; col <= 26; col++) {
    const letters = columnLetters(col);
    ws.getCell(`${letters}${summa + 1}`).value = { formula: `SUM(${letters}${first + 1}:${letters}${summa})`, result: 0 };
  }
  for (const m of printed.merges) ws.mergeCells(m);
  return { bytes: new Uint8Array(await wb.xlsx.writeBuffer()), rows: PROJECT_ROWS };
}

const median = (fn: () => Promise<unknown>) => medianTime(fn, REPEATS);

const ms = (t: number) => `${t.toFixed(1).padStart(8)} ms`;
const ratio = (x: number) => x.toFixed(2).replace('.', ',');

export const fillSuite: BenchSuite = {
  name: 'fill',
  async run() {
    const dir = await mkdtemp(join(tmpdir(), 'namndstod-bench-fill-'));
    try {
      // 1. All catalogued fixtures in one process: read only, then read + validate.
      const files = await writeFixtures(dir);
      const readAll = await median(async () => {
        for (const f of files) await readWorkbook(f);
      });
      let problems = 0;
      const validateAll = await median(async () => {
        problems = 0;
        for (const f of files) problems += validateWorkbook(await readWorkbook(f), templates).problems.length;
      });
      process.stdout.write(
        [
          `fixtures: ${files.length} workbooks (every instance with a writer), ${problems} problems; median of ${REPEATS} runs`,
          `read all                  ${ms(readAll)}`,
          `read + validate all       ${ms(validateAll)}   ratio ${ratio(validateAll / readAll)} (validation adds ${ms(validateAll - readAll).trim()})`,
          '',
        ].join('\n'),
      );

      // 2. A fill round trip against reading and writing the same file.
      const big = await buildT01WithoutTotals();
      const input = join(dir, 't01-6700-utan-totaler.xlsx');
      await writeFile(input, big.bytes);
      const copy = join(dir, 'kopia.xlsx');
      const readWrite = await median(async () => {
        const bytes = new Uint8Array(await readFile(input));
        parseWorkbook(bytes);
        await writeFile(copy, bytes);
      });
      let edits = 0;
      const out = join(dir, 'ifylld.xlsx');
      const parts = { read: [] as number[], plan: [] as number[], write: [] as number[] };
      const roundTrip = await median(async () => {
        const t0 = performance.now();
        const workbook = await readWorkbook(input);
        const t1 = performance.now();
        const outcome = planWorkbookFill(workbook, templates, {}, false);
        const t2 = performance.now();
        edits = (await writeFilledCopy(input, out, outcome.edits, true)).written.length;
        parts.read.push(t1 - t0);
        parts.plan.push(t2 - t1);
        parts.write.push(performance.now() - t2);
      });
      const withCheck = await median(async () => {
        const outcome = planWorkbookFill(await readWorkbook(input), templates, {}, false);
        await writeFilledCopy(input, out, outcome.edits, true);
        validateWorkbook(await readWorkbook(out), templates);
      });
      process.stdout.write(
        [
          `workbook: T01 T1 2021, ${big.rows} project rows without (13)/(14), ${(big.bytes.length / 1024).toFixed(0)} KiB; ${edits} cells filled`,
          `read + write (copy)                        ${ms(readWrite)}`,
          `fill round trip (read, plan, If-Match, patch, write)${ms(roundTrip)}   ratio ${ratio(roundTrip / readWrite)}`,
          `  (read ${medianOf(parts.read).toFixed(1)} + plan ${medianOf(parts.plan).toFixed(1)} + re-read, check, patch and write ${medianOf(parts.write).toFixed(1)} ms)`,
          `  … and validate the written file (as the CLI)     ${ms(withCheck)}   ratio ${ratio(withCheck / readWrite)}`,
          '',
        ].join('\n'),
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  },
};
