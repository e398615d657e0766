import type { Sheet } from '../grid';
import { rowsInScope } from './rule';
import { type ViewColumns, type ViewKind, viewColumns } from './view-columns';

const views = new WeakMap<Sheet, Map<ViewKind, Map<readonly number[], Map<string, ViewColumns>>>>();

/** Below this many rows a view is built but not kept: short lists are often made afresh per call. */
const KEPT_FROM_ROWS = 64;

/**
 * A view of rows × cols of a sheet (its numbers, its dates), built once and kept for as long as the
 * sheet lives: sheets are immutable, and several rules walk the same long table. Views are told
 * apart by what they read (`kind`), the row list's identity and the columns.
 */
export function keptView(kind: ViewKind, sheet: Sheet, rows: readonly number[], cols: readonly number[]): ViewColumns {
  if (rows.length < KEPT_FROM_ROWS) return viewColumns(sheet, rows, cols, kind);
  let byKind = views.get(sheet);
  if (!byKind) views.set(sheet, (byKind = new Map()));
  let byRows = byKind.get(kind);
  if (!byRows) byKind.set(kind, (byRows = new Map()));
  let byCols = byRows.get(rows);
  if (!byCols) byRows.set(rows, (byCols = new Map()));
  const key = cols.join(',');
  let view = byCols.get(key);
  if (view === undefined) byCols.set(key, (view = viewColumns(sheet, rows, cols, kind)));
  // Built by an earlier rule or not, this caller depends on every cell of it.
  else sheet.usedCells(rows, cols);
  return view;
}

type TableContext = { readonly sheet: Sheet; readonly rows?: ReadonlySet<number> };

/**
 * A table's cells read through a view: the kept view of the whole table in a whole run, and a
 * view of just the rows in scope in a run scoped to a few rows, which must read nothing outside
 * them. Always a view, so that reading a cell is an index into a typed array, small enough for
 * the compiler to inline into a rule's loop (a call returning a double allocates a number).
 * TableNumbers and TableDates are its two kinds.
 */
export abstract class ViewedTable {
  /** The rows to check, in order; row i of the table is rows[i]. */
  readonly rows: readonly number[];
  protected readonly sheet: Sheet;
  protected readonly view: ViewColumns;

  protected constructor(ctx: TableContext, rows: readonly number[], protected readonly cols: readonly number[], kind: ViewKind) {
    this.rows = ctx.rows ? rowsInScope(ctx, rows) : rows;
    this.sheet = ctx.sheet;
    this.view = keptView(kind, ctx.sheet, this.rows, cols);
  }

  /** The cell code (kind and formula bit, as a ColumnShadow holds it) of rows[i] at cols[j]. */
  protected code(i: number, j: number): number {
    return this.view.codes[j]![this.rows[i]! - this.view.base]!;
  }

  /** The view's reading of rows[i] at cols[j], NaN where it has none. */
  protected value(i: number, j: number): number {
    return this.view.values[j]![this.rows[i]! - this.view.base]!;
  }
}
