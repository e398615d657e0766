// Fixture workbooks for the fuzz and mutation runs. The jest tests could use
// test/fixtures/xlsx/generate.ts as it is, but `npm run fuzz` runs from a bundle in dist/, where
// that module's `__dirname` no longer leads to the catalogue; so the catalogue is found by walking
// up from wherever this code runs, and each instance is handed to its writer directly.
import ExcelJS from 'exceljs';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { writerFor, writtenInstances } from '../../fixtures/xlsx/generate';
import type { TemplateInstance } from '../../fixtures/xlsx/types';

const CATALOGUE = join('test', 'fixtures', 'template-instances.json');
let catalogue: readonly TemplateInstance[] | undefined;

/** The repository root: the first directory above this code (or else the working directory) holding the catalogue. */
export function repoRoot(): string {
  for (const start of [__dirname, process.cwd()]) {
    for (let d = start; ; d = dirname(d)) {
      if (existsSync(join(d, CATALOGUE))) return d;
      if (dirname(d) === d) break;
    }
  }
  throw new Error(`${CATALOGUE} not found above ${__dirname} or ${process.cwd()}`);
}

export function catalogueInstance(index: number): TemplateInstance {
  catalogue ??= JSON.parse(readFileSync(join(repoRoot(), CATALOGUE), 'utf8')) as TemplateInstance[];
  const found = catalogue[index];
  if (!found) throw new RangeError(`No template instance at index ${index}`);
  return found;
}

/** The same workbook as generate.ts' buildInstanceWorkbook, as .xlsx bytes. */
export async function fixtureBytes(index: number): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Nämndstöd test fixtures';
  workbook.created = new Date(Date.UTC(2021, 0, 1));
  workbook.modified = workbook.created;
  const writer = writerFor(index);
  writer.write(workbook, catalogueInstance(index), index);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

export interface Fixture {
  readonly index: number;
  readonly templateId: string;
  readonly bytes: Uint8Array;
}

/** Every written instance, or every `stride`-th of them (CI runs use a few). */
export async function fixtures(stride = 1): Promise<Fixture[]> {
  const out: Fixture[] = [];
  const all = writtenInstances();
  for (let i = 0; i < all.length; i += stride) {
    const index = all[i]!;
    out.push({ index, templateId: writerFor(index).templateId, bytes: await fixtureBytes(index) });
  }
  return out;
}

export { writtenInstances };
