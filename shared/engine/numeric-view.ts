import { SHADOW_KIND, type Sheet } from '../grid';
import { numberOf, numberOrZero } from './cell-values';
import { ViewedTable, keptView } from './view-cache';
import type { ViewColumns, ViewKind } from './view-columns';

/**
 * A table's cells read once, column by column: for rows × columns, the numeric reading of each
 * cell (numberOf, NaN where there is none) and its kind code. Several rules walk the same
 * long table — is every amount a number, is each sign right, does Summa add up — and on a
 * 200 000-cell sheet reading each cell once instead of once per rule is most of their time.
 * Sheets are immutable, so a view stays true for as long as its sheet lives.
 */
export const NUMBERS: ViewKind = { kept: SHADOW_KIND.number, valueOf: (cell) => numberOf(cell) ?? Number.NaN };

export function numericView(sheet: Sheet, rows: readonly number[], cols: readonly number[]): ViewColumns {
  return keptView(NUMBERS, sheet, rows, cols);
}

/**
 * The numbers of a table row by row (numberOrZero: blank and non-numbers count as 0), through the
 * shared view in a whole run, and through a view of just its rows in a run scoped to a few rows,
 * which must read nothing outside them. Rules that compare a few columns of every row use it.
 */
export class TableNumbers extends ViewedTable {
  static of(ctx: { readonly sheet: Sheet; readonly rows?: ReadonlySet<number> }, rows: readonly number[], cols: readonly number[]): TableNumbers {
    return new TableNumbers(ctx, rows, cols, NUMBERS);
  }

  /** Where a column is among the table's columns (for `at`); -1 when it is not one of them. */
  column(col: number): number {
    return this.cols.indexOf(col);
  }

  /** The number in rows[i] at the column numbered j by `column` (any column when j is -1: pass col). */
  at(i: number, j: number, col?: number): number {
    if (j < 0) return numberOrZero(this.sheet, this.rows[i]!, col!);
    const x = this.value(i, j);
    return x === x ? x : 0;
  }
}
