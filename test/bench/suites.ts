import { listServiceSuite } from './list-service';
import { xlsxReadValidateSuite } from './xlsx-read-validate';

export interface BenchSuite {
  readonly name: string;
  run(): Promise<void>;
}

/** Benchmarks in run order; each lives in its own file next to this one. */
export const suites: BenchSuite[] = [xlsxReadValidateSuite, listServiceSuite];
