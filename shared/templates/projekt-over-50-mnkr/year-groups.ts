import type { YearPair } from './layout';

/** Pairs under one group header: a Prognos pair right after a Budget or Plan pair joins it. */
export function yearGroups(pairs: readonly YearPair[]): YearPair[][] {
  const groups: YearPair[][] = [];
  let previous: YearPair | undefined;
  for (const pair of pairs) {
    const joins = pair.phase === 'prognos' && (previous?.phase === 'budget' || previous?.phase === 'plan');
    if (joins) groups[groups.length - 1]!.push(pair);
    else groups.push([pair]);
    previous = pair;
  }
  return groups;
}
