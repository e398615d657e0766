import { SHADOW_FORMULA, SHADOW_KIND, SHADOW_KIND_MASK, type Sheet, shadowKind } from '../grid';
import { numberOf, numberOrZero } from './cell-values';
import { type TableView, ViewedTable, keptView, shadowColumns } from './view-cache';

/** What a cell of a numeric table holds, as bits of NumericView.kinds. */
export const EMPTY = 1;
export const NUMBER = 2;
export const FORMULA = 4;

/**
 * A table's cells read once: for rows × columns (in the lists' order), the numeric reading of each
 * cell (numberOf, NaN where there is none) and what kind of cell it is. Several rules walk the same
 * long table — is every amount a number, is each sign right, does Summa add up — and on a
 * 200 000-cell sheet reading each cell once instead of once per rule is most of their time.
 * Sheets are immutable, so a view stays true for as long as its sheet lives.
 */
export interface NumericView extends TableView {
  readonly values: Float64Array;
  readonly kinds: Uint8Array;
}

export function numericView(sheet: Sheet, rows: readonly number[], cols: readonly number[]): NumericView {
  return keptView('numbers', sheet, rows, cols, build);
}

function build(sheet: Sheet, rows: readonly number[], cols: readonly number[]): NumericView {
  const n = cols.length;
  const values = new Float64Array(rows.length * n);
  const kinds = new Uint8Array(rows.length * n);
  const shadow = shadowColumns(sheet, cols);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    for (let j = 0; j < n; j++) {
      const at = i * n + j;
      if (shadow) {
        // Numbers and blanks, nearly every cell of an amount table, from the reader's typed columns.
        const code = shadowKind(shadow.kinds[j], row);
        const kind = code & SHADOW_KIND_MASK;
        if (kind === SHADOW_KIND.number || kind === SHADOW_KIND.empty) {
          values[at] = kind === SHADOW_KIND.number ? shadow.numbers[j]![row]! : NaN;
          kinds[at] = (kind === SHADOW_KIND.number ? NUMBER : EMPTY) | (code & SHADOW_FORMULA ? FORMULA : 0);
          continue;
        }
      }
      const cell = sheet.cell(row, cols[j]!);
      const v = cell.value;
      if (v.kind === 'number') {
        values[at] = v.value;
        kinds[at] = NUMBER;
      } else {
        values[at] = numberOf(cell) ?? NaN;
        kinds[at] = v.kind === 'empty' ? EMPTY : 0;
      }
      if (cell.formula !== undefined) kinds[at] = kinds[at]! | FORMULA;
    }
  }
  return { rows, cols, values, kinds };
}

/**
 * The numbers of a table row by row (numberOrZero: blank and non-numbers count as 0), through the
 * shared view in a whole run, and through a view of just its rows in a run scoped to a few rows,
 * which must read nothing outside them. Rules that compare a few columns of every row use it.
 */
export class TableNumbers extends ViewedTable<NumericView> {
  static of(ctx: { readonly sheet: Sheet; readonly rows?: ReadonlySet<number> }, rows: readonly number[], cols: readonly number[]): TableNumbers {
    return new TableNumbers(ctx, rows, cols, numericView);
  }

  /** Where a column is among the table's columns (for `at`); -1 when it is not one of them. */
  column(col: number): number {
    return this.cols.indexOf(col);
  }

  /** The number in rows[i] at the column numbered j by `column` (any column when j is -1: pass col). */
  at(i: number, j: number, col?: number): number {
    if (j < 0) return numberOrZero(this.sheet, this.rows[i]!, col!);
    const x = this.view.values[i * this.width + j]!;
    return x === x ? x : 0;
  }
}
