import { type Cell, SHADOW_KIND, SHADOW_KIND_MASK, type Sheet, isBlank, shadowKind } from '../grid';
import { dayOfIso, isIsoDate } from '../locale';
import { type TableView, ViewedTable, keptView, shadowColumns } from './view-cache';

/**
 * A table's date cells read once: for rows × columns, the day count
 * (since 1970-01-01) of each cell's ISO date (isoDateOf: a real date, or text written as
 * yyyy-mm-dd of a day that exists; NaN for none) and whether it is blank. A T01 sheet's four date
 * columns are checked by two rules, start before end and prognos against decision, and each read
 * of a cell was most of a rule's time. Day counts order and compare as the ISO texts do.
 */
export interface DateView extends TableView {
  readonly days: Float64Array;
  /** 1 where the cell is blank (empty or only spaces). */
  readonly blank: Uint8Array;
}

export function dateView(sheet: Sheet, rows: readonly number[], cols: readonly number[]): DateView {
  return keptView('dates', sheet, rows, cols, build);
}

// The same walk as numericView's, kept apart so that each hot loop is one function the compiler
// sees whole rather than a shared walk calling back per cell.
function build(sheet: Sheet, rows: readonly number[], cols: readonly number[]): DateView {
  const n = cols.length;
  const days = new Float64Array(rows.length * n);
  const blank = new Uint8Array(rows.length * n);
  const shadow = shadowColumns(sheet, cols);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    for (let j = 0; j < n; j++) {
      const at = i * n + j;
      if (shadow) {
        // Dates and blanks from the reader's typed columns; only text needs the cell (is it a date?).
        const kind = shadowKind(shadow.kinds[j], row) & SHADOW_KIND_MASK;
        if (kind !== SHADOW_KIND.text) {
          days[at] = kind === SHADOW_KIND.date ? shadow.numbers[j]![row]! : NaN;
          if (kind === SHADOW_KIND.empty) blank[at] = 1;
          continue;
        }
      }
      const cell = sheet.cell(row, cols[j]!);
      const iso = isoDateOf(cell);
      days[at] = iso === undefined ? NaN : dayOfIso(iso)!;
      if (isBlank(cell)) blank[at] = 1;
    }
  }
  return { rows, cols, days, blank };
}

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
export class TableDates extends ViewedTable<DateView> {
  static of(ctx: { readonly sheet: Sheet; readonly rows?: ReadonlySet<number> }, rows: readonly number[], cols: readonly number[]): TableDates {
    return new TableDates(ctx, rows, cols, dateView);
  }

  /** The day count of the ISO date in rows[i] at cols[j], NaN when the cell holds none. */
  day(i: number, j: number): number {
    return this.view.days[i * this.width + j]!;
  }

  /** The ISO date in rows[i] at cols[j], read from the cell: for messages, not for comparing. */
  iso(i: number, j: number): string | undefined {
    return isoDateOf(this.sheet.cell(this.rows[i]!, this.cols[j]!));
  }

  blank(i: number, j: number): boolean {
    return this.view.blank[i * this.width + j] === 1;
  }
}
