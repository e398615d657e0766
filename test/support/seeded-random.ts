/** Park–Miller: numbers in [0, 1) that are the same on every run and machine for a seed. */
export function seededRandom(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 48_271) % 2_147_483_647) / 2_147_483_647;
}
