import { type Cell, SHADOW_KIND, SHADOW_KIND_MASK, type Sheet } from '../grid';
import { dayOfIso, isIsoDate } from '../locale';
import { ViewedTable } from './view-cache';
import type { ViewKind } from './view-columns';

/**
 * A table's date cells read once, column by column: for rows × columns, the day count
 * (since 1970-01-01) of each cell's ISO date (isoDateOf: a real date, or text written as
 * yyyy-mm-dd of a day that exists; NaN for none) and its kind code. A T01 sheet's four date
 * columns are checked by two rules, start before end and prognos against decision, and each read
 * of a cell was most of a rule's time. Day counts order and compare as the ISO texts do.
 */
export const DATES: ViewKind = {
  kept: SHADOW_KIND.date,
  valueOf: (cell) => {
    const iso = isoDateOf(cell);
    return iso === undefined ? Number.NaN : dayOfIso(iso)!;
  },
};

/** The ISO date of a cell: a real date, or text written as yyyy-mm-dd of a day that exists. */
export function isoDateOf(cell: Cell): string | undefined {
  const v = cell.value;
  const iso = v.kind === 'date' ? v.value.slice(0, 10) : v.kind === 'text' ? v.value.trim() : undefined;
  return iso !== undefined && isIsoDate(iso) ? iso : undefined;
}

/**
 * The dates of a table row by row: through the shared view in a whole run, and through a view of
 * just its rows in a run scoped to a few rows, which must read nothing outside them (as
 * TableNumbers).
 */
export class TableDates extends ViewedTable {
  static of(ctx: { readonly sheet: Sheet; readonly rows?: ReadonlySet<number> }, rows: readonly number[], cols: readonly number[]): TableDates {
    return new TableDates(ctx, rows, cols, DATES);
  }

  /** The day count of the ISO date in rows[i] at cols[j], NaN when the cell holds none. */
  day(i: number, j: number): number {
    return this.value(i, j);
  }

  /** The ISO date in rows[i] at cols[j], read from the cell: for messages, not for comparing. */
  iso(i: number, j: number): string | undefined {
    return isoDateOf(this.sheet.cell(this.rows[i]!, this.cols[j]!));
  }

  /** Whether rows[i] at cols[j] is blank: empty, or text of only spaces. */
  blank(i: number, j: number): boolean {
    const kind = this.code(i, j) & SHADOW_KIND_MASK;
    return kind === SHADOW_KIND.empty || (kind === SHADOW_KIND.text && this.sheet.isBlank(this.rows[i]!, this.cols[j]!));
  }
}
