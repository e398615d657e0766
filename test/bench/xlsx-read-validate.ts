import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import ExcelJS from 'exceljs';
import { checkWorkbookFile, reportFromResult } from '../../excel-addin/src/cli/file-report';
import { renderJson } from '../../excel-addin/src/cli/render-json';
import { fflateInflate } from '../../excel-addin/src/xlsx-adapter/inflate';
import { readWorkbook } from '../../excel-addin/src/xlsx-adapter/read-workbook';
import { validateWorkbook } from '../../shared/engine';
import { columnLetters } from '../../shared/grid';
import { formatSvNumber } from '../../shared/locale';
import { templates } from '../../shared/templates';
import { printedValue, putFormula, putPrinted, putText } from '../fixtures/xlsx/cells';
import { type PrintedCell, printedSheet } from '../fixtures/xlsx/projekt-over-50-mnkr';
import type { TemplateInstance } from '../fixtures/xlsx/types';
import type { BenchSuite } from './suites';
import { readWorkbookWithExcelJS } from './xlsx-exceljs-reader';
import { medianOf, medianTime } from './timing';

const PROJECT_ROWS = 6_700;
const CATALOGUE = join('test', 'fixtures', 'template-instances.json');
const REPEATS = 7;
const T01_T1_2021 = 0;

/**
 * A T01 sheet (Tertialrapport 1 2021) with 6 700 project rows, ~208 000 cells: the catalogued
 * instance's header block, its five project rows repeated with numbered names, and a Summa row of
 * =SUM() formulas over all of them, so every T01 rule runs over every row.
 */
export async function buildT01Workbook(): Promise<{ bytes: Uint8Array; cells: number }> {
  const instance = catalogue()[T01_T1_2021]!;
  const printed = printedSheet(instance, T01_T1_2021);
  const first = printed.projectRows[0]!;
  const templateRows = printed.projectRows.map((r) => printed.rows[r]!);
  const rows: (readonly (PrintedCell | undefined)[])[] = printed.rows.slice(0, first);
  for (let i = 0; i < PROJECT_ROWS; i++) {
    const source = templateRows[i % templateRows.length]!;
    rows.push(source.map((c, col) => (col === 0 && c?.kind === 'text' ? { kind: 'text', text: `${c.text} ${i + 1}` } : c)));
  }
  const last = rows.length - 1;
  const summa = printed.rows[printed.summaRow]!.map((c, col): PrintedCell | undefined => {
    if (!c || col === 0 || c.kind !== 'formula') return c;
    let sum = 0;
    for (let r = first; r <= last; r++) {
      const cell = rows[r]![col];
      const v = cell?.kind === 'value' ? printedValue(cell.text).value : undefined;
      if (typeof v === 'number') sum += v;
    }
    const letters = columnLetters(col);
    return { kind: 'formula', formula: `SUM(${letters}${first + 1}:${letters}${last + 1})`, text: formatSvNumber(sum, { decimals: 1 }), numFmt: '0.0' };
  });
  rows.push(summa, ...printed.rows.slice(printed.summaRow + 1));

  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(printed.name);
  let cells = 0;
  rows.forEach((r, row) =>
    r.forEach((c, col) => {
      if (!c) return;
      cells++;
      const a1 = `${columnLetters(col)}${row + 1}`;
      if (c.kind === 'text') putText(ws, a1, c.text);
      else if (c.kind === 'value') putPrinted(ws, a1, c.text, c.numFmt);
      else if (c.kind === 'formula') putFormula(ws, a1, c.formula, c.text, c.numFmt);
      else {
        const cell = ws.getCell(a1);
        cell.value = new Date(`${c.iso}T00:00:00Z`);
        cell.numFmt = 'yyyy-mm-dd';
      }
    }),
  );
  for (const m of printed.merges) ws.mergeCells(m);
  return { bytes: new Uint8Array(await wb.xlsx.writeBuffer()), cells };
}

/** The owned catalogue copy, found from the bundle in dist/ or from the source tree alike. */
function catalogue(): TemplateInstance[] {
  for (let d = __dirname; ; d = dirname(d)) {
    if (existsSync(join(d, CATALOGUE))) return JSON.parse(readFileSync(join(d, CATALOGUE), 'utf8')) as TemplateInstance[];
    if (dirname(d) === d) throw new Error(`${CATALOGUE} not found above ${__dirname}`);
  }
}

const median = (fn: () => Promise<unknown>) => medianTime(fn, REPEATS);

const ms = (t: number) => `${t.toFixed(1).padStart(8)} ms`;

export const xlsxReadValidateSuite: BenchSuite = {
  name: 'xlsx-read-validate',
  async run() {
    const dir = await mkdtemp(join(tmpdir(), 'namndstod-bench-'));
    try {
      const { bytes, cells } = await buildT01Workbook();
      const path = join(dir, 't01-6700-projekt.xlsx');
      await writeFile(path, bytes);

      const probe = await checkWorkbookFile(path, templates);
      if (probe.error || probe.template?.id !== 'projekt-over-50-mnkr') {
        throw new Error(`the generated workbook was not read as T01: ${JSON.stringify(probe.error ?? probe.template ?? probe.lookedFor)}`);
      }
      const checked = validateWorkbook(await readWorkbook(path), templates).cellsChecked;
      process.stdout.write(
        `workbook: T01 ${probe.template.edition.label}, ${PROJECT_ROWS} project rows, ${cells} cells written, ` +
          `${(bytes.length / 1024).toFixed(0)} KiB; ${probe.problems.length} problems; median of ${REPEATS} runs\n`,
      );

      const excel = await median(async () => readWorkbookWithExcelJS(new Uint8Array(await readFile(path))));
      const fflate = await median(() => readWorkbook(path, { inflate: fflateInflate }));
      const zlib = await median(() => readWorkbook(path));
      // The same three steps timed one by one, to show where the pipeline's time goes.
      const parts = { read: [] as number[], rules: [] as number[], json: [] as number[] };
      for (let i = 0; i <= REPEATS; i++) {
        const t0 = performance.now();
        const wb = await readWorkbook(path);
        const t1 = performance.now();
        const result = validateWorkbook(wb, templates);
        const t2 = performance.now();
        renderJson([reportFromResult(path, result, templates)], 'sv');
        const t3 = performance.now();
        if (i === 0) continue;
        parts.read.push(t1 - t0);
        parts.rules.push(t2 - t1);
        parts.json.push(t3 - t2);
      }
      // The ratio's two sides timed in alternation, so that whatever else the machine does weighs
      // on both alike; each side is the median of its own runs.
      const sideBySide = { zlib: [] as number[], fflate: [] as number[], pipeline: [] as number[] };
      for (let i = 0; i <= 4 * REPEATS; i++) {
        const t0 = performance.now();
        await readWorkbook(path);
        const t1 = performance.now();
        await readWorkbook(path, { inflate: fflateInflate });
        const t2 = performance.now();
        renderJson([await checkWorkbookFile(path, templates)], 'sv');
        const t3 = performance.now();
        if (i === 0) continue;
        sideBySide.zlib.push(t1 - t0);
        sideBySide.fflate.push(t2 - t1);
        sideBySide.pipeline.push(t3 - t2);
      }
      const pipeline = medianOf(sideBySide.pipeline);
      const readsBeside = { zlib: medianOf(sideBySide.zlib), fflate: medianOf(sideBySide.fflate) };
      const engine = medianOf(parts.rules);
      const fastest = Math.min(excel, readsBeside.fflate, readsBeside.zlib);
      const fastestName = fastest === readsBeside.zlib ? 'own reader (node:zlib)' : fastest === readsBeside.fflate ? 'own reader (fflate)' : 'ExcelJS';

      process.stdout.write(
        [
          `read, ExcelJS (load + grid)          ${ms(excel)}`,
          `read, own reader, fflate inflate     ${ms(fflate)}   ${(excel / fflate).toFixed(1)}× ExcelJS`,
          `read, own reader, node:zlib (product)${ms(zlib)}   ${(excel / zlib).toFixed(1)}× ExcelJS`,
          `validate pipeline (read + rules + json, as the CLI)${ms(pipeline)}   (read ${medianOf(parts.read).toFixed(1)} + rules ${engine.toFixed(1)} + json ${medianOf(parts.json).toFixed(1)} ms)`,
          `reads timed alternately with the pipeline: node:zlib ${ms(readsBeside.zlib)}, fflate ${ms(readsBeside.fflate)}`,
          `validate ÷ fastest read (${fastestName}), alternate runs: ${(pipeline / fastest).toFixed(2).replace('.', ',')} (target ≤ 1,2)`,
          `engine: validateWorkbook ${ms(engine)}, ${checked} cells checked, ${formatSvNumber(Math.round(checked / (engine / 1000)))} cells/s`,
          '',
        ].join('\n'),
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  },
};
