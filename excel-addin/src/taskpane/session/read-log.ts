import { type Cell, EMPTY_CELL, Sheet, Workbook, parseA1 } from '../../../../shared/grid';

/**
 * Which cells a piece of the core read while it ran (a template's recognition, one rule, one
 * sheet's fills): one bit per cell of each sheet's used area, plus flags for reads beyond it and
 * for reads of everything. What a unit read is all its result can depend on, so after an edit
 * only the units whose log holds an edited cell need to run again.
 */
interface LogEntry {
  readonly bits: Uint8Array;
  /** Cells of which only the kind and formula were read (Sheet.kindAt, formulaAt). */
  readonly shapeBits: Uint8Array;
  readonly rows: number;
  readonly cols: number;
  outside: boolean;
  whole: boolean;
  /** The shape of every cell was read (Sheet.formulaRows). */
  shapeWhole: boolean;
}

export class ReadLog {
  private readonly bySheet = new Map<string, LogEntry>();
  // Rules read one sheet for long stretches: remembering the last one by identity keeps a read cheap.
  private lastSheet: Sheet | undefined;
  private lastEntry: LogEntry | undefined;

  private entry(sheet: Sheet): LogEntry {
    if (this.lastSheet === sheet) return this.lastEntry!;
    let e = this.bySheet.get(sheet.name);
    if (!e) {
      const rows = sheet.rowCount;
      const cols = sheet.colCount;
      const bytes = Math.ceil((rows * cols) / 8);
      e = { bits: new Uint8Array(bytes), shapeBits: new Uint8Array(bytes), rows, cols, outside: false, whole: false, shapeWhole: false };
      this.bySheet.set(sheet.name, e);
    }
    this.lastSheet = sheet;
    this.lastEntry = e;
    return e;
  }

  cell(sheet: Sheet, row: number, col: number): void {
    this.mark(sheet, row, col, false);
  }

  /** A read of the cell's kind and formula only. */
  shape(sheet: Sheet, row: number, col: number): void {
    this.mark(sheet, row, col, true);
  }

  private mark(sheet: Sheet, row: number, col: number, shapeOnly: boolean): void {
    const e = this.lastSheet === sheet ? this.lastEntry! : this.entry(sheet);
    if (row >= e.rows || col >= e.cols) {
      if (row >= 0 && col >= 0) e.outside = true;
      return;
    }
    if (row < 0 || col < 0) return;
    const i = row * e.cols + col;
    (shapeOnly ? e.shapeBits : e.bits)[i >> 3]! |= 1 << (i & 7);
  }

  whole(sheet: Sheet): void {
    this.entry(sheet).whole = true;
  }

  shapeOfWhole(sheet: Sheet): void {
    this.entry(sheet).shapeWhole = true;
  }

  readSheet(name: string): boolean {
    return this.bySheet.has(name);
  }

  /**
   * Whether an edit of these cells of `sheet` could change what the unit saw. With `shapeKept`,
   * an edit that kept a cell's kind and formula is invisible to a unit that read only those.
   */
  touches(sheet: string, cells: readonly { row: number; col: number }[], shapeKept?: (cell: { row: number; col: number }) => boolean): boolean {
    const e = this.bySheet.get(sheet);
    if (!e) return false;
    if (e.whole) return true;
    for (const { row, col } of cells) {
      if (e.shapeWhole && !shapeKept?.({ row, col })) return true;
      if (row >= e.rows || col >= e.cols) {
        if (e.outside) return true;
        continue;
      }
      const i = row * e.cols + col;
      const bit = 1 << (i & 7);
      if (e.bits[i >> 3]! & bit) return true;
      if (e.shapeBits[i >> 3]! & bit && !shapeKept?.({ row, col })) return true;
    }
    return false;
  }
}

let current: ReadLog | undefined;

export function recording<T>(log: ReadLog, run: () => T): T {
  const outer = current;
  current = log;
  try {
    return run();
  } finally {
    current = outer;
  }
}

const rowsOf = new WeakMap<TrackedSheet, (Cell | undefined)[][]>();

/**
 * A Sheet that reports its reads to the ReadLog being recorded. Every read the core can make goes
 * through `cell()` (at, value, text call it) or through `cells()` (find), which logs what it
 * visits; filledCellCount counts as reading everything.
 */
export class TrackedSheet extends Sheet {
  override cell(row: number, col: number): Cell {
    current?.cell(this, row, col);
    return super.cell(row, col);
  }

  /**
   * Visits in reading order, logging each position as it passes, blank ones too: a search that
   * stops at its first match (find) depends on nothing after it.
   */
  override kindAt(row: number, col: number): Cell['value']['kind'] {
    current?.shape(this, row, col);
    return super.cell(row, col).value.kind;
  }

  /** Depends on the kind of every cell of the row, empty ones too: an edit anywhere in it may change the answer. */
  override rowIsEmpty(row: number): boolean {
    // One past the last column too: a cell written there would fill the row.
    for (let col = 0; col <= this.colCount; col++) current?.shape(this, row, col);
    return super.rowIsEmpty(row);
  }

  override formulaAt(row: number, col: number): string | undefined {
    current?.shape(this, row, col);
    return super.cell(row, col).formula;
  }

  override *cells(): Generator<{ row: number; col: number; cell: Cell }> {
    for (let row = 0; row < this.rowCount; row++) {
      for (let col = 0; col < this.colCount; col++) {
        current?.cell(this, row, col);
        const cell = super.cell(row, col);
        if (cell.value.kind !== 'empty') yield { row, col, cell };
      }
    }
  }

  /** None: every value must be read through cell(), where the read is logged. */
  override columnShadow(): undefined {
    return undefined;
  }

  override formulaRows(): readonly number[] {
    current?.shapeOfWhole(this);
    return super.formulaRows();
  }

  /** A table view served from the core's cache: its cells count as read by the current unit. */
  override usedCells(rows: readonly number[], cols: readonly number[]): void {
    if (!current) return;
    for (let i = 0; i < rows.length; i++) for (let j = 0; j < cols.length; j++) current.cell(this, rows[i]!, cols[j]!);
  }

  override get filledCellCount(): number {
    current?.whole(this);
    return super.filledCellCount;
  }

  /** A copy with some cells replaced; rows not touched are shared. */
  patched(cells: ReadonlyMap<string, Cell>): TrackedSheet {
    const rows = (rowsOf.get(this) ?? []).slice();
    const copied = new Set<number>();
    for (const [a1, cell] of cells) {
      const { row, col } = parseA1(a1);
      if (!copied.has(row)) {
        rows[row] = (rows[row] ?? []).slice();
        copied.add(row);
      }
      rows[row]![col] = cell === EMPTY_CELL || (cell.value.kind === 'empty' && cell.formula === undefined) ? undefined : cell;
    }
    return trackedSheet(this, rows);
  }
}

function trackedSheet(like: Sheet, rows: (Cell | undefined)[][]): TrackedSheet {
  const sheet = new TrackedSheet({ name: like.name, rows, merges: like.merges, hidden: like.hidden, protected: like.protected });
  rowsOf.set(sheet, rows);
  return sheet;
}

export function trackSheet(sheet: Sheet): TrackedSheet {
  if (sheet instanceof TrackedSheet) return sheet;
  const rows: (Cell | undefined)[][] = new Array(sheet.rowCount);
  for (let r = 0; r < sheet.rowCount; r++) {
    let row: (Cell | undefined)[] | undefined;
    for (let c = 0; c < sheet.colCount; c++) {
      const cell = sheet.cell(r, c);
      if (cell === EMPTY_CELL) continue;
      row ??= rows[r] = [];
      row[c] = cell;
    }
  }
  return trackedSheet(sheet, rows);
}

export function trackWorkbook(workbook: Workbook): Workbook {
  return new Workbook(workbook.sheets.map(trackSheet));
}
