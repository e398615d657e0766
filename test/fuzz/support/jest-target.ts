import { CI_SEED, HANG_LIMIT_MS, type FuzzTarget } from './fuzz-target';

/** Runs every property of a target at its CI-sized count, from the fixed seed, with the looser hang bound. */
export function describeTarget(target: FuzzTarget): void {
  describe(target.name, () => {
    if (target.setUp) beforeAll(() => target.setUp!());
    if (target.tearDown) afterAll(() => target.tearDown!());
    for (const property of target.properties) {
      it(property.name, async () => {
        const outcome = await property.run({ numRuns: property.ciRuns, seed: CI_SEED, caseLimitMs: HANG_LIMIT_MS });
        expect(outcome.cases).toBe(property.ciRuns);
      });
    }
  });
}
