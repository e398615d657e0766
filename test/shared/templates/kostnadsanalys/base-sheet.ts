import type { Sheet } from '../../../../shared/grid';
import { type CellInput, sheetOf } from '../../../support/grid-literal';

export const HEADERS = [
  'Mnkr',
  'Nämndens \nursprungliga budget \n2022',
  'Av nämnden \nredovisade \nomslutnings-\nförändringar',
  'Av nämnden \nbegärda \nbudgetjusteringar',
  'Nämndens budget \nefter omslutnings-\nförändringar och \nbegärda \nbudgetjusteringar \n(1+2+3)',
  'Utfall \n2020 \n(VB 2020)',
  'Prognos \n2021 \n(Tertialrapport 2)',
] as const;

/** A detail line: columns 1–3 typed, 4 the form's formula, 5–6 typed. */
export function detail(row: number, label: string, c1: number, c2: number, c3: number, c5: number, c6: number): CellInput[] {
  return [label, c1, c2, c3, { f: `B${row}+C${row}+D${row}`, v: Math.round((c1 + c2 + c3) * 10) / 10 }, c5, c6];
}

function sums(first: number, last: number, values: readonly number[]): CellInput[] {
  return values.map((v, i) => {
    const col = 'BCDEFG'[i]!;
    return { f: `SUM(${col}${first}:${col}${last})`, v };
  });
}

/**
 * The VP 2022 kostnadsanalys cut down to three cost lines and two income lines (values as printed
 * in 001 rad 1702–1724), with the form's formulas: rows 5 Kostnader, 9 Intäkter (-), 12 Netto.
 */
export const base: Sheet = sheetOf('kostn analys', [
  ['Nämndens budget/verksamhetsplan 2022'],
  [...HEADERS],
  [null, 1, 2, 3, 4, 5, 6],
  ['Driftverksamhet'],
  ['Kostnader', ...sums(6, 8, [1075.3, 203.4, 0, 1278.7, 1144.9, 1221.7])],
  detail(6, 'Verksamhetsområde Jobbtorg', 367.5, 58.4, 0, 315.7, 351.8),
  detail(7, 'Verksamhetsområde vuxenutbildning', 677.4, 138.3, 0, 803, 833.3),
  detail(8, 'Stadsövergripande', 30.4, 6.7, 0, 26.2, 36.6),
  ['Intäkter (-)', ...sums(10, 11, [-156.1, 0, 0, -156.1, -284.2, -250])],
  detail(10, 'Intäkter från skolverket', -82.6, 0, 0, -165.1, -153.5),
  detail(11, 'Intäkter från Migrationsverket', -73.5, 0, 0, -119.1, -96.5),
  ['Netto', ...[919.2, 203.4, 0, 1122.6, 860.7, 971.7].map((v, i) => ({ f: `${'BCDEFG'[i]}5+${'BCDEFG'[i]}9`, v }))],
]);
