import fc from 'fast-check';

/** How hard to fuzz: `npm test` gives each property its CI-sized count, `npm run fuzz` 100 000+. */
export interface FuzzBudget {
  readonly numRuns: number;
  /** Fixed in `npm test`, printed by `npm run fuzz`, so any failure replays from the same seed. */
  readonly seed: number;
  /** The hang bound per case; CASE_LIMIT_MS unless given. */
  readonly caseLimitMs?: number;
}

export interface FuzzOutcome {
  readonly cases: number;
  /** Slowest single case, for the hang bound. */
  readonly slowestMs: number;
}

/** One property over one product surface. `run` throws fast-check's report (seed, path, counterexample) on a failure. */
export interface FuzzProperty {
  readonly name: string;
  /** Cases in `npm test`: sized so the property takes about a second. */
  readonly ciRuns: number;
  /** Cases in `npm run fuzz`; the properties of a target add up to at least 100 000. */
  readonly fullRuns?: number;
  run(budget: FuzzBudget): Promise<FuzzOutcome>;
}

/** A group of properties over one surface, with optional shared set-up (a live service, fixture files). */
export interface FuzzTarget {
  readonly name: string;
  readonly properties: readonly FuzzProperty[];
  setUp?(): Promise<void>;
  tearDown?(): Promise<void>;
}

export const CI_SEED = 20_260_430;
/** What `npm run fuzz` runs per target, at the least. */
export const FULL_CASES_PER_TARGET = 100_000;

/** The property with its `npm run fuzz` share, where an even split would be too slow or too thin. */
export function withFullRuns(property: FuzzProperty, fullRuns: number): FuzzProperty {
  return { ...property, fullRuns };
}

export function fullRunsOf(target: FuzzTarget, property: FuzzProperty): number {
  return property.fullRuns ?? Math.ceil(FULL_CASES_PER_TARGET / target.properties.length);
}

/**
 * No single case may take this long in `npm run fuzz`. A hang detector, not a speed target: cases
 * take milliseconds, and what it guards against is a parse that loops or goes quadratic on crafted
 * input. `npm test` allows more (HANG_LIMIT_MS), as it shares two cores with everything else.
 */
export const CASE_LIMIT_MS = 2000;
export const HANG_LIMIT_MS = 10_000;

export class SlowCaseError extends Error {
  constructor(ms: number, limit: number) {
    super(`one case took ${Math.round(ms)} ms (limit ${limit} ms)`);
    this.name = 'SlowCaseError';
  }
}

function report<Ts>(details: fc.RunDetails<Ts>): never {
  const cause = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
  throw new Error(`${fc.defaultReportMessage(details) ?? 'property failed'}\nGot: ${cause}`);
}

/** A synchronous property with its per-case time bound. */
export function syncProperty<Ts extends [unknown, ...unknown[]]>(
  name: string,
  ciRuns: number,
  arbitraries: { [K in keyof Ts]: fc.Arbitrary<Ts[K]> },
  predicate: (...args: Ts) => void,
): FuzzProperty {
  return {
    name,
    ciRuns,
    async run(budget) {
      let slowestMs = 0;
      const property = fc.property(...arbitraries, (...args: Ts) => {
        const started = performance.now();
        predicate(...args);
        const ms = performance.now() - started;
        if (ms > slowestMs) slowestMs = ms;
        if (ms > (budget.caseLimitMs ?? CASE_LIMIT_MS)) throw new SlowCaseError(ms, budget.caseLimitMs ?? CASE_LIMIT_MS);
      });
      const details = fc.check(property, { numRuns: budget.numRuns, seed: budget.seed });
      if (details.failed) report(details);
      return { cases: details.numRuns, slowestMs };
    },
  };
}

/** An asynchronous property (HTTP, file reads) with its per-case time bound. */
export function asyncProperty<Ts extends [unknown, ...unknown[]]>(
  name: string,
  ciRuns: number,
  arbitraries: { [K in keyof Ts]: fc.Arbitrary<Ts[K]> },
  predicate: (...args: Ts) => Promise<void>,
): FuzzProperty {
  return {
    name,
    ciRuns,
    async run(budget) {
      let slowestMs = 0;
      const property = fc.asyncProperty(...arbitraries, async (...args: Ts) => {
        const started = performance.now();
        await predicate(...args);
        const ms = performance.now() - started;
        if (ms > slowestMs) slowestMs = ms;
        if (ms > (budget.caseLimitMs ?? CASE_LIMIT_MS)) throw new SlowCaseError(ms, budget.caseLimitMs ?? CASE_LIMIT_MS);
      });
      const details = await fc.check(property, { numRuns: budget.numRuns, seed: budget.seed });
      if (details.failed) report(details);
      return { cases: details.numRuns, slowestMs };
    },
  };
}

/** A plain assertion that reads well in a fast-check report (jest's expect is not available in the runner). */
export function check(condition: unknown, message: string | (() => string)): asserts condition {
  if (!condition) throw new Error(typeof message === 'string' ? message : message());
}

export function same(actual: unknown, expected: unknown, what: string): void {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a !== e) throw new Error(`${what}: expected ${e}, got ${a}`);
}
