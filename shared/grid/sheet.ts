import { isoOfDay } from '../locale';
import { parseA1, toA1 } from './address';
import { type Cell, type CellValue, EMPTY_CELL, cellText } from './cell';
import { type ColumnShadow, SHADOW_KIND } from './column-shadow';

// A sheet is frozen, so what is learnt of it once is kept beside it.
const knownFormulaRows = new WeakMap<Sheet, readonly number[]>();
const shadows = new WeakMap<Sheet, ColumnShadow>();

/**
 * An immutable sheet. Rows are stored sparsely; `withCells` copies only the rows it touches, so a
 * test can patch one cell of a real fixture cheaply and the original stays frozen.
 *
 * A sheet with a shadow (see ColumnShadow) keeps its typed constants there alone: a cell that rows
 * lack and the shadow says is a number, date or text without a formula is made from the shadow
 * when asked for. A reader then makes no objects for the cells of a filled template.
 */
export class Sheet {
  readonly name: string;
  readonly hidden: boolean;
  readonly protected: boolean;
  /** Merged areas as A1 ranges ('A1:C1'). */
  readonly merges: readonly string[];
  private readonly rows: ReadonlyArray<ReadonlyArray<Cell | undefined> | undefined>;
  /** Where the typed constants that rows lack are kept. */
  private readonly columns: ColumnShadow | undefined;
  /** The columns that have a typed column, ascending. */
  private readonly typedCols: readonly number[];
  readonly rowCount: number;
  readonly colCount: number;

  constructor(init: {
    name: string;
    rows: ReadonlyArray<ReadonlyArray<Cell | undefined> | undefined>;
    /** The rows holding a formula, ascending, when whoever built the rows noted them (see formulaRows). */
    formulaRows?: readonly number[];
    /**
     * Every cell's kind and number in typed columns, as a reader kept them (see columnShadow); the
     * typed constants (numbers, dates, texts) rows lack are served from it.
     */
    shadow?: ColumnShadow;
    /**
     * Rows replace some of the shadow's cells (a patched copy): the shadow still serves the typed
     * constants rows lack, but no longer says what every cell is, so columnShadow() is undefined.
     */
    patched?: boolean;
    merges?: readonly string[];
    hidden?: boolean;
    protected?: boolean;
  }) {
    this.name = init.name;
    this.rows = init.rows;
    this.merges = init.merges ?? [];
    this.hidden = init.hidden ?? false;
    this.protected = init.protected ?? false;
    this.columns = init.shadow;
    const typed: number[] = [];
    const kinds = init.shadow?.kinds ?? [];
    for (let col = 0; col < kinds.length; col++) if (kinds[col]) typed.push(col);
    this.typedCols = typed;
    this.rowCount = Math.max(init.rows.length, init.shadow?.rowCount ?? 0);
    let cols = init.shadow?.kinds.length ?? 0;
    for (const r of init.rows) if (r && r.length > cols) cols = r.length;
    this.colCount = cols;
    if (init.formulaRows) knownFormulaRows.set(this, init.formulaRows);
    if (init.shadow && !init.patched) shadows.set(this, init.shadow);
    Object.freeze(this);
  }

  /**
   * The cells' kinds and numbers in typed columns, as the reader that built this sheet kept them;
   * undefined for a sheet built otherwise or patched since. It says exactly what the cells say.
   */
  columnShadow(): ColumnShadow | undefined {
    return shadows.get(this);
  }

  /**
   * The rows that hold at least one formula, ascending. What a cell's formula is counts as its
   * shape (see kindAt): a reader that needs only this (which rows may be subtotals?) does not
   * depend on values. Known from the reader, or found once by a scan and kept.
   */
  formulaRows(): readonly number[] {
    let rows = knownFormulaRows.get(this);
    if (!rows) {
      const found: number[] = [];
      for (let row = 0; row < this.rows.length; row++) {
        const r = this.rows[row];
        if (r?.some((cell) => cell?.formula !== undefined)) found.push(row);
      }
      knownFormulaRows.set(this, (rows = found));
    }
    return rows;
  }

  cell(row: number, col: number): Cell {
    const cell = this.rows[row]?.[col];
    if (cell !== undefined || this.columns === undefined) return cell ?? EMPTY_CELL;
    return typedConstant(this.columns, row, col) ?? EMPTY_CELL;
  }

  at(a1: string): Cell {
    const p = parseA1(a1);
    return this.cell(p.row, p.col);
  }

  /**
   * What kind of value a cell holds, without the value: a reader that needs only this (is the row
   * filled?) does not depend on the value, so an edit that keeps the kind need not re-run it.
   */
  kindAt(row: number, col: number): CellValue['kind'] {
    const cell = this.rows[row]?.[col];
    if (cell !== undefined || this.columns === undefined) return (cell ?? EMPTY_CELL).value.kind;
    return typedKind(this.columns, row, col);
  }

  /**
   * Whether every cell of the row is empty (see kindAt), found without walking every column: a
   * scan down a sheet whose last cell is a million rows down need not visit each empty row's width.
   */
  rowIsEmpty(row: number): boolean {
    const r = this.rows[row];
    if (r) for (let col = 0; col < r.length; col++) if (r[col] !== undefined && r[col]!.value.kind !== 'empty') return false;
    if (this.columns) for (const col of this.typedCols) if (r?.[col] === undefined && typedKind(this.columns, row, col) !== 'empty') return false;
    return true;
  }

  /** The cell's formula, if any, without its value (see kindAt). A typed constant has none. */
  formulaAt(row: number, col: number): string | undefined {
    return this.rows[row]?.[col]?.formula;
  }

  /**
   * Says that a caller used these cells' values from a copy it made earlier (a table view kept
   * for the sheet's lifetime) instead of reading them again. A plain sheet has nothing to do; a
   * sheet that records what each piece of work read (the task pane's) must count them.
   */
  usedCells(_rows: readonly number[], _cols: readonly number[]): void {}

  value(row: number, col: number): CellValue {
    return this.cell(row, col).value;
  }

  /** The cell's text, trimmed (see cellText). */
  text(row: number, col: number): string {
    // A typed text is read where it is kept, without making a cell: recognition reads the name
    // of every row of a table.
    const typed = this.columns !== undefined && this.rows[row]?.[col] === undefined ? typedText(this.columns, row, col) : undefined;
    return (typed ?? cellText(this.cell(row, col))).trim();
  }

  /**
   * Whether the cell is blank (see isBlank: empty, or text of only spaces), found without making
   * a cell: a T01 rule asks it of the name of each of thousands of project rows. Through kindAt
   * and text, so a sheet that logs what it is asked sees the same reads.
   */
  isBlank(row: number, col: number): boolean {
    const kind = this.kindAt(row, col);
    return kind === 'empty' || (kind === 'text' && this.text(row, col) === '');
  }

  /** Number of cells that hold something (for benchmarks and progress). */
  get filledCellCount(): number {
    let n = 0;
    for (const r of this.rows) if (r) for (const c of r) if (c && c.value.kind !== 'empty') n++;
    const columns = this.columns;
    if (columns) {
      for (let col = 0; col < columns.kinds.length; col++) {
        const kinds = columns.kinds[col];
        if (kinds) for (let row = 0; row < kinds.length; row++) if (kinds[row] !== EMPTY && this.rows[row]?.[col] === undefined && typedKind(columns, row, col) !== 'empty') n++;
      }
    }
    return n;
  }

  /**
   * Visits every non-empty cell in reading order: each row up to its own last cell object, then
   * the typed columns past it, so one cell far to the right does not make every row as wide.
   */
  *cells(): Generator<{ row: number; col: number; cell: Cell }> {
    for (let row = 0; row < this.rowCount; row++) {
      const width = this.rows[row]?.length ?? 0;
      for (let col = 0; col < width; col++) {
        const cell = this.cell(row, col);
        if (cell.value.kind !== 'empty') yield { row, col, cell };
      }
      for (const col of this.typedCols) {
        if (col < width) continue;
        const cell = this.cell(row, col);
        if (cell.value.kind !== 'empty') yield { row, col, cell };
      }
    }
  }

  /** First cell (reading order) whose trimmed text matches. */
  find(match: string | RegExp): { row: number; col: number } | undefined {
    for (const { row, col, cell } of this.cells()) {
      const t = cellText(cell).trim();
      if (typeof match === 'string' ? t === match : match.test(t)) return { row, col };
    }
    return undefined;
  }

  withCells(patch: Readonly<Record<string, Cell>>): Sheet {
    const rows = this.rows.slice();
    // Each touched row is copied once, not once per cell: a fill writes thousands of cells two to a row.
    const copied = new Map<number, (Cell | undefined)[]>();
    for (const [a1, cell] of Object.entries(patch)) {
      const { row, col } = parseA1(a1);
      while (rows.length <= row) rows.push(undefined);
      let r = copied.get(row);
      if (!r) copied.set(row, (r = (rows[row] ?? []).slice()));
      while (r.length <= col) r.push(undefined);
      r[col] = Object.freeze({ ...cell });
    }
    for (const [row, r] of copied) rows[row] = Object.freeze(r);
    return new Sheet({ name: this.name, rows, shadow: this.columns, patched: true, merges: this.merges, hidden: this.hidden, protected: this.protected });
  }

  static a1(row: number, col: number): string {
    return toA1(row, col);
  }
}

const EMPTY = SHADOW_KIND.empty;
const NUMBER = SHADOW_KIND.number;
const TEXT = SHADOW_KIND.text;
const DATE = SHADOW_KIND.date;

/** A cell's code in the columns: its kind, plus the formula flag; empty past the arrays. */
function typedCode(columns: ColumnShadow, row: number, col: number): number {
  const kinds = columns.kinds[col];
  return kinds !== undefined && row < kinds.length ? kinds[row]! : EMPTY;
}

/** The kind of the typed constant the columns hold at row × col: 'empty' where they hold none. */
function typedKind(columns: ColumnShadow, row: number, col: number): CellValue['kind'] {
  const code = typedCode(columns, row, col);
  if (code === NUMBER) return 'number';
  if (code === DATE) return 'date';
  return typedText(columns, row, col) !== undefined ? 'text' : 'empty';
}

/** The text of the typed text the columns hold at row × col; undefined for any other cell. */
function typedText(columns: ColumnShadow, row: number, col: number): string | undefined {
  return typedCode(columns, row, col) === TEXT ? columns.texts[col]?.[row] : undefined;
}

/** The typed number, date or text the columns hold at row × col, made as a cell; undefined for any other. */
function typedConstant(columns: ColumnShadow, row: number, col: number): Cell | undefined {
  const code = typedCode(columns, row, col);
  let value: CellValue;
  if (code === NUMBER) value = { kind: 'number', value: columns.numbers[col]![row]! };
  else if (code === DATE) value = { kind: 'date', value: isoOfDay(columns.numbers[col]![row]!) };
  else {
    const text = typedText(columns, row, col);
    if (text === undefined) return undefined;
    value = { kind: 'text', value: text };
  }
  const formats = columns.formats[col];
  const numFmt = formats !== undefined && row < formats.length ? columns.numFmts[formats[row]!] : undefined;
  return numFmt === undefined ? { value } : { value, numFmt };
}

export class Workbook {
  readonly sheets: readonly Sheet[];
  constructor(sheets: readonly Sheet[]) {
    this.sheets = Object.freeze(sheets.slice());
    Object.freeze(this);
  }
  sheet(name: string): Sheet | undefined {
    return this.sheets.find((s) => s.name === name);
  }
  withSheet(sheet: Sheet): Workbook {
    return new Workbook(this.sheets.map((s) => (s.name === sheet.name ? sheet : s)));
  }
}
