import { type Sheet, columnLetters } from '../../grid';
import { numberAt } from '../../engine';

import type { ColumnKey, ResultatenheterLayout } from './layout';

/** One formula cell of a unit row, with the template's formula for it and the value it gives. */
export interface FormulaCell {
  readonly row: number;
  readonly col: number;
  readonly value: number;
  readonly formula: string;
}

/**
 * The template's formula in `target` on every unit row that is in use (some input or the target
 * filled: an unused pre-formatted row is left as it is). `formula` gets the A1 letters of the
 * columns and the row's number, so it reads as the city's own form does ('B4*0.05').
 */
export function unitRowFormulas(
  sheet: Sheet,
  layout: ResultatenheterLayout,
  target: ColumnKey,
  inputs: readonly ColumnKey[],
  compute: (value: (key: ColumnKey) => number) => number,
  formula: (letter: (key: ColumnKey) => string, row: number) => string,
): FormulaCell[] {
  const col = layout.columns[target];
  if (col === undefined || inputs.some((k) => layout.columns[k] === undefined)) return [];
  const out: FormulaCell[] = [];
  for (const row of layout.unitRows) {
    const cells = [col, ...inputs.map((k) => layout.columns[k]!)];
    if (cells.every((c) => sheet.isBlank(row, c))) continue;
    // A row that names no unit and has no bruttobudget is a blank line of the form.
    if (sheet.isBlank(row, layout.columns.namn) && inputs.every((k) => sheet.isBlank(row, layout.columns[k]!))) continue;
    const value = compute((key) => numberAt(sheet, row, layout.columns[key]!) ?? 0);
    out.push({ row, col, value, formula: formula((key) => columnLetters(layout.columns[key]!), row + 1) });
  }
  return out;
}

export const round = (x: number): number => Math.round(x * 1e9) / 1e9;
