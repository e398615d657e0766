import { join } from 'node:path';
import { type ValidationResult, validateDocuments } from '../../shared/engine';
import { templates } from '../../shared/templates';
import { readWorkbook } from '../../excel-addin/src/xlsx-adapter/read-workbook';
import { fixtureFileName, writeInstanceFixture } from '../fixtures/xlsx/generate';

/**
 * The multi-document side of the golden tests: each catalogued instance written as a file of its
 * own (as the nämnd keeps its reports), all read back by the product's reader and validated
 * together, so the cross-document rules pair them the way `namndstod validate <folder>` does.
 * Results by instance index; each document is named by its file name, as messages show it.
 */
export async function validateInstancesTogether(indices: readonly number[], dir: string): Promise<ReadonlyMap<number, ValidationResult>> {
  const docs = [];
  for (const index of indices) {
    const path = await writeInstanceFixture(index, dir);
    docs.push({ name: fixtureFileName(index), workbook: await readWorkbook(path) });
  }
  const results = validateDocuments(docs, templates);
  return new Map(indices.map((index, i) => [index, results[i]!]));
}

export function documentName(index: number, dir = ''): string {
  return dir ? join(dir, fixtureFileName(index)) : fixtureFileName(index);
}
