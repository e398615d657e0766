import { chatStatusSuite } from './chat-status';
import { crossDocumentsSuite } from './cross-documents';
import { fillSuite } from './fill';
import { listServiceSuite } from './list-service';
import { tabRenderFilterSuite } from './tab-render-filter';
import { taskpaneSuite } from './taskpane';
import { xlsxReadValidateSuite } from './xlsx-read-validate';

export interface BenchSuite {
  readonly name: string;
  run(): Promise<void>;
}

/** Benchmarks in run order; each lives in its own file next to this one. */
export const suites: BenchSuite[] = [xlsxReadValidateSuite, crossDocumentsSuite, fillSuite, listServiceSuite, tabRenderFilterSuite, taskpaneSuite, chatStatusSuite];
