import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkWorkbookFile } from '../../excel-addin/src/cli/file-report';
import { validateTogether } from '../../excel-addin/src/cli/validate-together';
import { readWorkbook } from '../../excel-addin/src/xlsx-adapter/read-workbook';
import { type DocumentInput, validateDocuments, validateWorkbook } from '../../shared/engine';
import { templates } from '../../shared/templates';
import { writeInstanceFixture } from '../fixtures/xlsx/generate';
import type { BenchSuite } from './suites';
import { buildT01Workbook } from '../fixtures/xlsx/t01-workbook';

const REPEATS = 9;

/** Median of REPEATS timed runs after one warm-up; the two contenders alternate so drift hits both. */
async function side(a: () => unknown, b: () => unknown): Promise<[number, number]> {
  await a();
  await b();
  const ta: number[] = [];
  const tb: number[] = [];
  for (let i = 0; i < REPEATS; i++) {
    let start = performance.now();
    await a();
    ta.push(performance.now() - start);
    start = performance.now();
    await b();
    tb.push(performance.now() - start);
  }
  const med = (t: number[]) => t.sort((x, y) => x - y)[Math.floor(t.length / 2)]!;
  return [med(ta), med(tb)];
}

const ms = (t: number) => `${t.toFixed(1).padStart(8)} ms`;

/**
 * What the cross-document rules cost. A file validated alone must cost what validateWorkbook
 * does (no partner, so no cross rule runs and nothing is recognised twice); a folder of partners
 * pays for the pairings it holds.
 */
export const crossDocumentsSuite: BenchSuite = {
  name: 'cross-documents',
  async run() {
    const dir = await mkdtemp(join(tmpdir(), 'namndstod-bench-cross-'));
    try {
      const { bytes } = await buildT01Workbook();
      const big = join(dir, 't01-6700-projekt.xlsx');
      await writeFile(big, bytes);
      const workbook = await readWorkbook(big);
      const [alone, together] = await side(
        () => validateWorkbook(workbook, templates),
        () => validateDocuments([{ name: big, workbook }], templates),
      );
      process.stdout.write(`one T01 workbook (6 700 rows), in memory\n  validateWorkbook          ${ms(alone)}\n  validateDocuments (alone) ${ms(together)}  ratio ${(together / alone).toFixed(2)}\n`);

      const [file, run] = await side(
        () => checkWorkbookFile(big, templates),
        () => validateTogether({ files: [big], partners: [] }, templates),
      );
      process.stdout.write(`the same file read and validated, as the CLI does\n  one file, per-file path    ${ms(file)}\n  one file, together path   ${ms(run)}  ratio ${(run / file).toFixed(2)}\n`);

      const lists = [33, 34, 35, 36, 17, 18, 19, 23];
      const docs: DocumentInput[] = [];
      for (const i of lists) {
        const path = await writeInstanceFixture(i, dir);
        docs.push({ name: path, workbook: await readWorkbook(path) });
      }
      const [separately, paired] = await side(
        () => docs.map((d) => validateWorkbook(d.workbook, templates)),
        () => validateDocuments(docs, templates),
      );
      const crossCount = validateDocuments(docs, templates).flatMap((r) => r.problems).filter((p) => p.partner).length;
      process.stdout.write(
        `${docs.length} partner documents (4 projektbilagor, 3 statsbidrag applications, innovationssatsningar), ${crossCount} cross problems\n` +
          `  each alone                ${ms(separately)}\n  together                  ${ms(paired)}  ratio ${(paired / separately).toFixed(2)}\n`,
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  },
};
