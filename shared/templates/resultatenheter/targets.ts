import type { CellPos, Sheet } from '../../grid';
import { numberAt } from '../../engine';

import type { FormulaTarget } from '../../engine/checks';
import type { ColumnKey, ResultatenheterLayout } from './layout';

/**
 * Per unit row, the value a formula column must hold given the row's inputs. A row where the
 * target and every input are blank is skipped (an unused pre-formatted row); a blank input
 * otherwise counts as 0, as in the template's own formulas.
 */
export function formulaTargets(
  sheet: Sheet,
  layout: ResultatenheterLayout,
  target: ColumnKey,
  inputs: readonly ColumnKey[],
  compute: (value: (key: ColumnKey) => number) => number | undefined,
): FormulaTarget[] {
  const col = layout.columns[target];
  const cols = inputs.map((k) => layout.columns[k]);
  if (col === undefined || cols.some((c) => c === undefined)) return [];
  const out: FormulaTarget[] = [];
  for (const row of layout.unitRows) {
    const related: CellPos[] = cols.map((c) => ({ row, col: c! }));
    if ([{ row, col }, ...related].every((p) => sheet.isBlank(p.row, p.col))) continue;
    const value = (key: ColumnKey) => numberAt(sheet, row, layout.columns[key]!) ?? 0;
    out.push({ cell: { row, col }, expected: compute(value), related });
  }
  return out;
}

/** The template's percentage formulas return 0 rather than #DIV/0! for an empty bruttobudget. */
export function guardedShare(numerator: number, bruttobudget: number): number {
  return bruttobudget === 0 ? 0 : numerator / bruttobudget;
}

/** Whether a share differs from its expected value by more than half the printed 0,0 %. */
export function shareDiffers(actual: number, expected: number): boolean {
  return Math.abs(actual - expected) > 0.0005 + 1e-12;
}
