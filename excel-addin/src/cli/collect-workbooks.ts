import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

export interface CollectedInput {
  /** Files to check, in order: explicit files as given, folders expanded (recursive, sorted). */
  readonly files: readonly string[];
  /** Whether any argument was a folder (the CLI then shows progress). */
  readonly hadFolder: boolean;
  /** Folders that held no .xlsx file. */
  readonly emptyFolders: readonly string[];
}

const WORKBOOK = /\.xlsx$/i;

/**
 * Expands the command line's paths. A path that does not exist stays in the list so that its reason
 * ("Filen finns inte") appears in the report next to the files that could be checked.
 */
export async function collectWorkbooks(paths: readonly string[]): Promise<CollectedInput> {
  const files: string[] = [];
  const emptyFolders: string[] = [];
  let hadFolder = false;
  for (const path of paths) {
    const info = await stat(path).catch(() => undefined);
    if (info?.isDirectory()) {
      hadFolder = true;
      const found = await workbooksUnder(path);
      if (found.length === 0) emptyFolders.push(path);
      files.push(...found);
    } else {
      files.push(path);
    }
  }
  return { files: [...new Set(files)], hadFolder, emptyFolders };
}

async function workbooksUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const names = entries.map((e) => e.name).sort(byCodePoint);
  const out: string[] = [];
  for (const name of names) {
    const entry = entries.find((e) => e.name === name)!;
    // Excel's lock files (~$Budget.xlsx) and hidden folders (.git) are never workbooks to check.
    if (name.startsWith('~$') || name.startsWith('.')) continue;
    const path = join(dir, name);
    if (entry.isDirectory()) out.push(...(await workbooksUnder(path)));
    else if ((entry.isFile() || entry.isSymbolicLink()) && WORKBOOK.test(name)) out.push(path);
  }
  return out;
}

function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
