import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** The middle of some timings (the upper middle for an even count); the array is not changed. */
export function medianOf(xs: readonly number[]): number {
  return [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
}

/** Median wall time of `repeats` runs of `fn`, after one run to warm the JIT. */
export async function medianTime(fn: () => Promise<unknown>, repeats: number): Promise<number> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return medianOf(times);
}

// The collector must run before each reading: only what is still reachable counts.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

/**
 * JS heap plus array buffers in use after a full collection: what the process keeps. Array
 * buffers are freed by a background sweeper, so the count is read after a pause and a second
 * collection; read at once, it still held a read's freed buffers one time in three.
 */
async function keptBytes(): Promise<number> {
  collectGarbage();
  await new Promise((resolve) => setTimeout(resolve, 20));
  collectGarbage();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}

// Where what is measured stays reachable while it is measured.
const reachable: unknown[] = [];

/**
 * Memory (bytes) that what `make` returns keeps reachable. Measured in a frame of its own, which
 * is gone when it returns: a suspended async frame can keep an awaited value beyond its last use.
 */
async function keptBy(make: () => Promise<unknown>): Promise<number> {
  const before = await keptBytes();
  reachable.push(await make());
  const after = await keptBytes();
  reachable.length = 0;
  return after - before;
}

/** Median memory (bytes) that what `make` returns keeps reachable, over `repeats` runs. */
export async function medianKept(make: () => Promise<unknown>, repeats: number): Promise<number> {
  const kept: number[] = [];
  for (let i = 0; i < repeats; i++) kept.push(await keptBy(make));
  return medianOf(kept);
}
