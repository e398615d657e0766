/**
 * `bench-read-once <file>`: a process that only reads the workbook, with the reader alone loaded:
 * the read side of the bench's one-file run, where each side is a fresh process, as when a person
 * runs `namndstod validate <file>` once. It prints each sheet's extent, which costs nothing, rather
 * than counting cells, which would take a pass over them.
 */
import { readWorkbook } from '../../excel-addin/src/xlsx-adapter/read-workbook';

async function main(): Promise<void> {
  const [path] = process.argv.slice(2);
  if (!path) throw new Error('usage: bench-read-once <file>');
  const workbook = await readWorkbook(path);
  process.stdout.write(`${workbook.sheets.map((s) => `${s.name}: ${s.rowCount} × ${s.colCount}`).join('\n')}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`bench-read-once failed: ${e instanceof Error ? e.stack : String(e)}\n`);
  process.exitCode = 1;
});
