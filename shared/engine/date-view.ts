import { type Cell, type Sheet, isBlank } from '../grid';
import { isIsoDate } from '../locale';
import { ViewedTable, keptView } from './view-cache';

/**
 * A table's date cells read once: for rows × columns (row-major, as NumericView), the ISO date of
 * each cell (isoDateOf: a real date, or text written as yyyy-mm-dd of a day that exists) and
 * whether it is blank. A T01 sheet's four date columns are checked by two rules, start before end
 * and prognos against decision, and each read of a cell is most of a rule's time.
 */
export interface DateView {
  readonly rows: readonly number[];
  readonly cols: readonly number[];
  readonly isos: readonly (string | undefined)[];
  /** 1 where the cell is blank (empty or only spaces). */
  readonly blank: Uint8Array;
}

export function dateView(sheet: Sheet, rows: readonly number[], cols: readonly number[]): DateView {
  return keptView('dates', sheet, rows, cols, (s, r, c) => {
    const n = c.length;
    const isos: (string | undefined)[] = new Array(r.length * n);
    const blank = new Uint8Array(r.length * n);
    for (let i = 0; i < r.length; i++) {
      for (let j = 0; j < n; j++) {
        const cell = s.cell(r[i]!, c[j]!);
        isos[i * n + j] = isoDateOf(cell);
        if (isBlank(cell)) blank[i * n + j] = 1;
      }
    }
    return { rows: r, cols: c, isos, blank };
  });
}

/** The ISO date of a cell: a real date, or text written as yyyy-mm-dd of a day that exists. */
export function isoDateOf(cell: Cell): string | undefined {
  const v = cell.value;
  const iso = v.kind === 'date' ? v.value.slice(0, 10) : v.kind === 'text' ? v.value.trim() : undefined;
  return iso !== undefined && isIsoDate(iso) ? iso : undefined;
}

/**
 * The dates of a table row by row: through the shared view in a whole run, and cell by cell in a
 * run scoped to a few rows, which must read nothing outside them (as TableNumbers).
 */
export class TableDates extends ViewedTable<DateView> {
  static of(ctx: { readonly sheet: Sheet; readonly rows?: ReadonlySet<number> }, rows: readonly number[], cols: readonly number[]): TableDates {
    return new TableDates(ctx, rows, cols, dateView);
  }

  /** The ISO date in rows[i] at cols[j], if the cell holds one. */
  iso(i: number, j: number): string | undefined {
    if (this.view) return this.view.isos[i * this.cols.length + j];
    return isoDateOf(this.sheet.cell(this.rows[i]!, this.cols[j]!));
  }

  blank(i: number, j: number): boolean {
    if (this.view) return this.view.blank[i * this.cols.length + j] === 1;
    return isBlank(this.sheet.cell(this.rows[i]!, this.cols[j]!));
  }
}
