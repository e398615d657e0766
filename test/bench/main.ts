/**
 * `npm run bench`: every benchmark, each printing ratios measured side by side in this one run.
 * Each suite registers itself in ./suites.
 */
import { suites } from './suites';

async function main(): Promise<void> {
  const only = process.argv[2];
  for (const suite of suites) {
    if (only && !suite.name.includes(only)) continue;
    process.stdout.write(`\n## ${suite.name}\n`);
    await suite.run();
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`bench failed: ${e instanceof Error ? e.stack : String(e)}\n`);
  process.exitCode = 1;
});
