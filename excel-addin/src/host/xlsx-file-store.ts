import { readFile, rename, writeFile } from 'node:fs/promises';
import type { XlsxStore } from './xlsx-file-host';

/** A file on disk; saves go to a temporary file renamed over it, so a crash never leaves half a file. */
export function xlsxFileStore(path: string): XlsxStore {
  return {
    load: async () => new Uint8Array(await readFile(path)),
    async save(bytes) {
      const temp = `${path}.${process.pid}.tmp`;
      await writeFile(temp, bytes);
      await rename(temp, path);
    },
  };
}
