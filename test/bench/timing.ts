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
