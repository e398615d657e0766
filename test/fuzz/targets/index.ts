import type { FuzzTarget } from '../support/fuzz-target';
import { cardSubmitTarget } from './card-submit';
import { odataTarget } from './odata';
import { restSurfaceTarget } from './rest-surface';
import { svDateTarget } from './sv-date';
import { svNumberTarget } from './sv-number';
import { xlsxReaderTarget } from './xlsx-reader';

/** Every fuzz target, in the order `npm run fuzz` runs them (the quick ones first). */
export function fuzzTargets(): FuzzTarget[] {
  return [svNumberTarget, svDateTarget, odataTarget, cardSubmitTarget, xlsxReaderTarget(1), restSurfaceTarget];
}
