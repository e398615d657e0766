import type { CellPos } from '../../grid';
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

/** The Kostnad/Intäkt header cells of a group's pairs: what a problem on its year label points at. */
export function groupHeaderCells(kindRow: number, group: readonly YearPair[]): CellPos[] {
  return group.flatMap((p) => [
    { row: kindRow, col: p.kostnad.col },
    { row: kindRow, col: p.intakt.col },
  ]);
}

/** The group's column numbers as the form prints them: '(7)/(8), (9)/(10)'. */
export function groupColumnNumbers(group: readonly YearPair[]): string {
  return group.map((p) => `(${p.kostnad.number})/(${p.intakt.number})`).join(', ');
}
