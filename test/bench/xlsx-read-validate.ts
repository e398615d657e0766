import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { markHeapBesideMainThread, markHeapOnMainThread } from '../../excel-addin/src/cli/batch-heap';
import { checkWorkbookFile, reportFromResult } from '../../excel-addin/src/cli/file-report';
import { renderJson } from '../../excel-addin/src/cli/render-json';
import { fflateInflate } from '../../excel-addin/src/xlsx-adapter/inflate';
import { readWorkbook } from '../../excel-addin/src/xlsx-adapter/read-workbook';
import { validateWorkbook } from '../../shared/engine';
import { formatSvNumber } from '../../shared/locale';
import { templates } from '../../shared/templates';
import { buildT01Workbook } from '../fixtures/xlsx/t01-workbook';
import { validateAsCli } from './cli-pipeline';
import type { BenchSuite } from './suites';
import { readWorkbookWithExcelJS } from './xlsx-exceljs-reader';
import { medianKept, medianOf, medianTime } from './timing';

const PROJECT_ROWS = 6_700;
const REPEATS = 7;
/** Rounds of the alternate timing: a multiple of its three steps, so every order comes as often. */
const ALTERNATE_ROUNDS = 30;

const median = (fn: () => Promise<unknown>) => medianTime(fn, REPEATS);

/** The folder run: files per process (the first few warm the JIT and are left out), processes per side. */
const FOLDER_FILES = 25;
const FOLDER_WARM_FILES = 5;
const FOLDER_PROCESSES = 6;
/** The one-file run: fresh processes per side. */
const ONE_FILE_PROCESSES = 11;

const ms = (t: number) => `${t.toFixed(1).padStart(8)} ms`;
const mb = (bytes: number) => `${formatSvNumber(bytes / 1e6, { decimals: 1 })} MB`;

export const xlsxReadValidateSuite: BenchSuite = {
  name: 'xlsx-read-validate',
  async run() {
    const dir = await mkdtemp(join(tmpdir(), 'namndstod-bench-'));
    // Both sides here run as the CLI runs them (see batch-heap); the suites after this one get
    // V8's default back.
    markHeapOnMainThread();
    try {
      // A filled report with the slips real ones carry (thousands of problems), the same report
      // clean, and the blank form the catalogue holds: the target holds for each.
      for (const content of ['slips', 'clean', 'blank'] as const) await measure(dir, content);
    } finally {
      markHeapBesideMainThread();
      await rm(dir, { recursive: true, force: true });
    }
  },
};

const CONTENT = {
  slips: 'filled report with slips',
  clean: 'filled report, clean',
  blank: 'blank form (every amount 0,0)',
} as const;

async function measure(dir: string, content: keyof typeof CONTENT): Promise<void> {
  const { bytes, cells } = await buildT01Workbook({ filled: content !== 'blank', slips: content === 'slips', projects: PROJECT_ROWS });
  const path = join(dir, `t01-6700-projekt-${content}.xlsx`);
  await writeFile(path, bytes);

  const probe = await checkWorkbookFile(path, templates);
  if (probe.error || probe.template?.id !== 'projekt-over-50-mnkr') {
    throw new Error(`the generated workbook was not read as T01: ${JSON.stringify(probe.error ?? probe.template ?? probe.lookedFor)}`);
  }
  const checked = validateWorkbook(await readWorkbook(path), templates).cellsChecked;
  const bySeverity = (['error', 'warning', 'info'] as const).map((sev) => `${probe.problems.filter((p) => p.severity === sev).length} ${sev}`).join(', ');
  process.stdout.write(
    `workbook: T01 ${probe.template.edition.label}, ${CONTENT[content]}, ${PROJECT_ROWS} project rows, ` +
      `${cells} cells written, ${(bytes.length / 1024).toFixed(0)} KiB; problems: ${bySeverity}; median of ${REPEATS} runs\n`,
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
  // on both alike; each side is the median of its own runs. The order turns each round: a step
  // pays for the garbage the step before it left, and each step follows each other one as often.
  const sideBySide = { zlib: [] as number[], fflate: [] as number[], pipeline: [] as number[] };
  const steps: [keyof typeof sideBySide, () => Promise<unknown>][] = [
    ['zlib', () => readWorkbook(path)],
    ['fflate', () => readWorkbook(path, { inflate: fflateInflate })],
    ['pipeline', () => validateAsCli(path)],
  ];
  for (let round = 0; round <= ALTERNATE_ROUNDS; round++) {
    for (let k = 0; k < steps.length; k++) {
      const [side, step] = steps[(round + k) % steps.length]!;
      const start = performance.now();
      await step();
      if (round > 0) sideBySide[side].push(performance.now() - start);
    }
  }
  // What a read workbook keeps in memory, as the CLI holds it while the rules run.
  const kept = { own: await medianKept(() => readWorkbook(path), 3), excel: await medianKept(async () => readWorkbookWithExcelJS(new Uint8Array(await readFile(path))), 3) };
  const folder = folderRun(path);
  const oneFile = oneFileRun(path);
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
      `validate ÷ fastest read (${fastestName}), alternate runs, ${content}: ${(pipeline / fastest).toFixed(2).replace('.', ',')} (target ≤ 1,2)`,
      `as the CLI over a folder, each side in fresh processes (${FOLDER_PROCESSES} per side, ${FOLDER_FILES} files each): ` +
        `read ${ms(folder.read)} (${ms(folder.readV8Heap).trim()} with V8's default marking), pipeline ${ms(folder.pipeline)} per file: ` +
        `${(folder.pipeline / Math.min(folder.read, folder.readV8Heap)).toFixed(2).replace('.', ',')} (target ≤ 1,2)`,
      `one file, each side a fresh process (median of ${ONE_FILE_PROCESSES}): namndstod validate --format json ${ms(oneFile.cli).trim()}, ` +
        `a process that only reads it ${ms(oneFile.read).trim()}, node starting and stopping ${ms(oneFile.node).trim()}: ` +
        `${(oneFile.cli / oneFile.read).toFixed(2).replace('.', ',')}`,
      `engine: validateWorkbook ${ms(engine)}, ${checked} cells checked, ${formatSvNumber(Math.round(checked / (engine / 1000)))} cells/s`,
      `memory a read workbook keeps: own reader ${mb(kept.own)}, ExcelJS ${mb(kept.excel)} (${(kept.excel / kept.own).toFixed(1).replace('.', ',')}× own)`,
      '',
    ].join('\n'),
  );
}

/**
 * The ratio as the CLI meets it on a folder: a process that only reads file after file beside one
 * that validates them, each fresh and with only the CLI's code loaded, so neither inherits the
 * heap this process grew (the ExcelJS reads above make its generations larger, and collections
 * rarer, than the CLI's). A folder's time is the sum of its files', collections included, so a
 * process gives its mean per file; processes of the sides alternate, and each side is the median
 * of its processes' means. The pipeline runs as the CLI does, its heap marked on the main thread
 * (see batch-heap); reads are timed that way and with V8's defaults, and the faster is the divisor.
 */
function folderRun(path: string): { read: number; readV8Heap: number; pipeline: number } {
  const child = join(dirname(process.argv[1]!), 'bench-folder-run.cjs');
  const runs = [['read', 'cli-heap'], ['read', 'v8-heap'], ['pipeline', 'cli-heap']] as const;
  const means = runs.map(() => [] as number[]);
  for (let i = 0; i < FOLDER_PROCESSES; i++) {
    for (let k = 0; k < runs.length; k++) {
      const at = (i + k) % runs.length;
      const [side, heap] = runs[at]!;
      const out = execFileSync(process.execPath, [child, side, path, String(FOLDER_FILES), String(FOLDER_WARM_FILES), heap], { encoding: 'utf8' });
      const mean = Number(out.trim());
      if (!(mean > 0)) throw new Error(`bench-folder-run ${side} ${heap} printed no time: ${JSON.stringify(out)}`);
      means[at]!.push(mean);
    }
  }
  const [read, readV8Heap, pipeline] = means.map(medianOf) as [number, number, number];
  return { read, readV8Heap, pipeline };
}

/**
 * A person who checks one file runs `namndstod validate <file>` once: a fresh process loads the CLI's
 * code and meets the rules cold. Timed whole from outside, beside a fresh process that loads only
 * the reader and reads the file, and one that starts node and stops; the three alternate, each the
 * median of its runs.
 */
function oneFileRun(path: string): { cli: number; read: number; node: number } {
  const dist = dirname(process.argv[1]!);
  const runs: [string[], (status: number | null, stdout: string) => boolean][] = [
    // Exit 1 is a finding (the slips have errors), not a failure; the report must be whole.
    [[join(dist, 'namndstod.cjs'), 'validate', path, '--format', 'json'], (status, out) => (status === 0 || status === 1) && JSON.parse(out).files?.length === 1],
    [[join(dist, 'bench-read-once.cjs'), path], (status, out) => status === 0 && out.length > 0],
    [['-e', '0'], (status) => status === 0],
  ];
  const times = runs.map(() => [] as number[]);
  for (let i = 0; i < ONE_FILE_PROCESSES; i++) {
    for (let k = 0; k < runs.length; k++) {
      const at = (i + k) % runs.length;
      const [args, ok] = runs[at]!;
      const start = performance.now();
      const run = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
      times[at]!.push(performance.now() - start);
      if (!ok(run.status, run.stdout)) throw new Error(`one-file run ${args.join(' ')} failed (exit ${run.status}): ${run.stderr}`);
    }
  }
  const [cli, read, node] = times.map(medianOf) as [number, number, number];
  return { cli, read, node };
}
