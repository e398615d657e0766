/**
 * One process of the xlsx-read-validate suite's folder run: `<read|pipeline> <file> <files> <warm>
 * [cli-heap|v8-heap]` reads the file (or validates it as the CLI does, to JSON) `files` times, as
 * the CLI goes through a folder, and prints the mean time per file after the first `warm`. Its
 * own bundle, so that it loads what the CLI loads and nothing of the bench. It starts its heap as
 * the CLI's batch commands do (cli-heap, the default) or leaves V8's defaults (v8-heap), so that
 * a read can be timed both ways and the faster taken.
 */
import { markHeapOnMainThread } from '../../excel-addin/src/cli/batch-heap';
import { readWorkbook } from '../../excel-addin/src/xlsx-adapter/read-workbook';
import { validateAsCli } from './cli-pipeline';

async function main(): Promise<void> {
  const [side, path, files, warm, heap = 'cli-heap'] = process.argv.slice(2);
  if ((side !== 'read' && side !== 'pipeline') || !path || (heap !== 'cli-heap' && heap !== 'v8-heap')) {
    throw new Error('usage: bench-folder-run <read|pipeline> <file> <files> <warm> [cli-heap|v8-heap]');
  }
  if (heap === 'cli-heap') markHeapOnMainThread();
  let total = 0;
  for (let i = 0; i < Number(files); i++) {
    const start = performance.now();
    if (side === 'read') await readWorkbook(path);
    else await validateAsCli(path);
    if (i >= Number(warm)) total += performance.now() - start;
  }
  process.stdout.write(`${total / (Number(files) - Number(warm))}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`bench-folder-run failed: ${e instanceof Error ? e.stack : String(e)}\n`);
  process.exitCode = 1;
});
