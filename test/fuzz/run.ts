/**
 * `npm run fuzz [-- <filter>] [--seed N] [--scale F]`: every fuzz target at full strength (at
 * least 100 000 cases per target), then the mutation check of the rule packs over every fixture.
 * Prints cases per second per property and the seed; a failure prints fast-check's report with the
 * seed and path that replay it. `--scale 0.1` runs a tenth of the cases; a filter picks targets or
 * properties by name ('odata', 'mutation').
 */
import { runMutationReport } from '../mutation/report';
import { fullRunsOf, type FuzzTarget } from './support/fuzz-target';
import { fuzzTargets } from './targets';
import { peakRssGrowthMb } from './targets/xlsx-reader';

interface Args {
  readonly filter?: string;
  readonly seed: number;
  readonly scale: number;
}

function parseArgs(argv: readonly string[]): Args {
  let filter: string | undefined;
  let seed = Date.now() % 2 ** 31;
  let scale = 1;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--seed') seed = Number(argv[++i]);
    else if (a === '--scale') scale = Number(argv[++i]);
    else filter = a.toLowerCase();
  }
  if (!Number.isInteger(seed) || !(scale > 0)) throw new Error('usage: fuzz [filter] [--seed N] [--scale F]');
  return { ...(filter !== undefined ? { filter } : {}), seed, scale };
}

const out = (line = '') => process.stdout.write(`${line}\n`);
const num = (n: number) => Math.round(n).toLocaleString('en-US');

async function runTarget(target: FuzzTarget, args: Args): Promise<{ cases: number; failures: number }> {
  const selected = target.properties.filter((p) => !args.filter || target.name.toLowerCase().includes(args.filter) || p.name.toLowerCase().includes(args.filter));
  if (selected.length === 0) return { cases: 0, failures: 0 };
  out(`\n## ${target.name}`);
  const started = performance.now();
  await target.setUp?.();
  out(`   set-up ${((performance.now() - started) / 1000).toFixed(1)} s`);
  let cases = 0;
  let failures = 0;
  try {
    for (const property of selected) {
      const runs = Math.max(1, Math.round(fullRunsOf(target, property) * args.scale));
      const t = performance.now();
      try {
        const outcome = await property.run({ numRuns: runs, seed: args.seed });
        const s = (performance.now() - t) / 1000;
        cases += outcome.cases;
        out(`   ok   ${property.name}: ${num(outcome.cases)} cases in ${s.toFixed(1)} s, ${num(outcome.cases / s)} cases/s, slowest ${outcome.slowestMs.toFixed(0)} ms`);
      } catch (e) {
        failures++;
        out(`   FAIL ${property.name}:\n${String((e as Error).message).replace(/^/gm, '        ')}`);
      }
    }
  } finally {
    await target.tearDown?.();
  }
  out(`   ${num(cases)} cases, ${failures} failures, ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return { cases, failures };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  out(`fuzz: seed ${args.seed}${args.scale !== 1 ? `, scale ${args.scale}` : ''}${args.filter ? `, filter '${args.filter}'` : ''}`);
  let cases = 0;
  let failures = 0;
  const started = performance.now();
  for (const target of fuzzTargets()) {
    const r = await runTarget(target, args);
    cases += r.cases;
    failures += r.failures;
  }
  if (peakRssGrowthMb() > 0) out(`\n(.xlsx reader: peak RSS growth ${peakRssGrowthMb()} MB over the run)`);
  if (!args.filter || 'mutation'.includes(args.filter) || args.filter.includes('mutation')) {
    out('\n## mutation check of the rule packs');
    const ok = await runMutationReport({ seed: args.seed, scale: args.scale, write: out });
    if (!ok) failures++;
  }
  out(`\nfuzz: ${num(cases)} cases in ${((performance.now() - started) / 1000).toFixed(0)} s, failures ${failures} (seed ${args.seed})`);
  process.exitCode = failures === 0 ? 0 : 1;
}

main().catch((e: unknown) => {
  process.stderr.write(`fuzz failed: ${e instanceof Error ? e.stack : String(e)}\n`);
  process.exitCode = 1;
});
