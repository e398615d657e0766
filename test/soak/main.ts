/**
 * `npm run soak [-- --writers N --kills N --seconds N --faults R]`: 100 concurrent status writers
 * through the data layer against the list service as a real process, 30 % of requests answered
 * 429/503, the process SIGKILLed and restarted on the same data 50 times, within about three
 * minutes. Prints lost, duplicated and corrupted posts (all must be 0) and the throughput.
 */
import { runSoak } from './soak';

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isFinite(v) || v < 0) throw new Error(`--${name} takes a number`);
  return v;
}

async function main(): Promise<void> {
  const options = { writers: option('writers', 100), kills: option('kills', 50), faultRate: option('faults', 0.3), durationMs: option('seconds', 150) * 1000 };
  const out = (line: string) => process.stdout.write(`${line}\n`);
  out(`soak: ${options.writers} writers, ${options.kills} SIGKILLs, ${Math.round(options.faultRate * 100)}% of requests 429/503, ${options.durationMs / 1000} s of writing`);
  const started = performance.now();
  const r = await runSoak({ ...options, log: (l) => out(`  ${l}`) });
  out('');
  out(`acknowledged posts  ${r.acknowledged}`);
  out(`stored rows         ${r.stored}`);
  out(`lost                ${r.lost}`);
  out(`duplicated          ${r.duplicated}`);
  out(`corrupted           ${r.corrupted}`);
  out(`SIGKILLs            ${r.kills} (restart to listening: ${Math.round(r.restartMs)} ms on average)`);
  out(`posts sent again    ${r.resent} (service gone or throttled past the data layer's retries)`);
  out(`throttle retries    ${r.throttledRetries} (429/503 ridden out by the data layer)`);
  out(`throughput          ${r.throughput.toFixed(1)} acknowledged posts/s over ${r.seconds.toFixed(1)} s (${((performance.now() - started) / 1000).toFixed(0)} s in all)`);
  for (const p of r.problems) out(`problem: ${p}`);
  if (r.kills < options.kills) out(`only ${r.kills} of ${options.kills} SIGKILLs fitted in ${options.durationMs / 1000} s: the machine is too busy for this run to count`);
  const ok = r.lost === 0 && r.duplicated === 0 && r.corrupted === 0 && r.problems.length === 0 && r.acknowledged > 0 && r.kills === options.kills;
  out(ok ? '\nsoak: passed' : '\nsoak: FAILED');
  process.exitCode = ok ? 0 : 1;
}

main().catch((e: unknown) => {
  process.stderr.write(`soak failed: ${e instanceof Error ? e.stack : String(e)}\n`);
  process.exitCode = 1;
});
