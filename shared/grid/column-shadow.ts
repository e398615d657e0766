import type { Cell, CellValue } from './cell';

/** A cell's kind in a shadow; FORMULA is added when the cell holds a formula. */
export const SHADOW_KIND: Readonly<Record<CellValue['kind'], number>> = { empty: 0, number: 1, text: 2, date: 3, boolean: 4, error: 5 };
export const SHADOW_FORMULA = 8;
export const SHADOW_KIND_MASK = 7;

/** A cell's code in a shadow: its kind, plus SHADOW_FORMULA when it holds a formula. */
export function shadowCode(kind: CellValue['kind'], hasFormula: boolean): number {
  return SHADOW_KIND[kind] | (hasFormula ? SHADOW_FORMULA : 0);
}

/** The code a shadow holds for this cell (see shadowCode). */
export function shadowCodeOf(cell: Cell): number {
  return shadowCode(cell.value.kind, cell.formula !== undefined);
}

/**
 * What a reader learnt of every cell while it parsed, kept column by column in typed arrays: its
 * kind, whether it holds a formula, and its number (a date's day count since 1970-01-01).
 *
 * A rule walking a long table of amounts or dates reads these flat arrays instead of chasing
 * objects through a heap of hundreds of thousands. And the columns are where a sheet keeps its
 * typed numbers, dates and texts (see Sheet): a filled template is mostly those, and making two
 * objects for each, only for the garbage collector to copy them while they are young, cost a
 * quarter of a read and most of what a validation right after it spent.
 */
export interface ColumnShadow {
  /** kinds[col][row]: SHADOW_KIND, plus SHADOW_FORMULA; a column or row past the arrays is empty. */
  readonly kinds: readonly (Uint8Array | undefined)[];
  /** numbers[col][row]: a number cell's value, a date cell's day count, NaN for any other cell. */
  readonly numbers: readonly (Float64Array | undefined)[];
  /**
   * texts[col][row]: a text cell's text, for the cells rows leave out (see Sheet); undefined for
   * any other cell and past the arrays.
   */
  readonly texts: readonly (readonly (string | undefined)[] | undefined)[];
  /** formats[col][row]: a cell's number format as an index into numFmts; 0 (none) past the arrays. */
  readonly formats: readonly (Uint16Array | undefined)[];
  /** The number formats that formats index; numFmts[0] is undefined (no format). */
  readonly numFmts: readonly (string | undefined)[];
  /** One past the last row that holds a cell. */
  readonly rowCount: number;
}

/** Most number formats a shadow can index (see ColumnShadow.formats). */
export const SHADOW_MAX_FORMATS = 65_536;

const NO_FORMATS: readonly (string | undefined)[] = Object.freeze([undefined]);

/**
 * Thrown by ColumnShadowBuilder.put when the sheet's cells are too sparse for dense columns: a
 * reader then keeps every cell as an object and no shadow. A column holds every row up to its
 * last cell, so a file of a few kilobytes with one cell at row 1 048 576 in each of 400 columns
 * would otherwise take 4 GB.
 */
export class ShadowTooSparse extends Error {
  constructor() {
    super('cells too sparse for typed columns');
    this.name = 'ShadowTooSparse';
  }
}

/** Rows the columns of one shadow may hold together whatever the cell count (11 bytes a row). */
export const SHADOW_MIN_BUDGET = 1 << 20;
/** Beyond that, rows held per cell put: dense tables use 1 to 2. */
export const SHADOW_ROWS_PER_CELL = 8;

/** Collects a shadow cell by cell, in whatever order a reader meets the cells. */
export class ColumnShadowBuilder {
  private readonly kinds: (Uint8Array | undefined)[] = [];
  private readonly numbers: (Float64Array | undefined)[] = [];
  private readonly formats: (Uint16Array | undefined)[] = [];
  private readonly texts: (string | undefined)[][] = [];
  private rowCount = 0;
  /** Rows held by all columns together, and cells put: their ratio is the sparseness (see ShadowTooSparse). */
  private held = 0;
  private puts = 0;

  /** numFmts: what the format indexes given to put mean; numFmts[0] must be undefined. */
  constructor(private readonly numFmts: readonly (string | undefined)[] = NO_FORMATS) {
    if (numFmts[0] !== undefined || numFmts.length > SHADOW_MAX_FORMATS) throw new RangeError('numFmts[0] must be undefined, and at most 65 536 formats');
  }

  /** A cell's code (see shadowCode), number (NaN if none), number format and, for a text cell rows leave out, its text. */
  put(row: number, col: number, kind: number, number: number, format = 0, text?: string): void {
    let kinds = this.kinds[col];
    let numbers = this.numbers[col];
    this.puts++;
    if (kinds === undefined || row >= kinds.length) {
      const size = Math.max(64, row + 1, (kinds?.length ?? 0) * 2);
      this.held += size - (kinds?.length ?? 0);
      if (this.held > Math.max(SHADOW_MIN_BUDGET, SHADOW_ROWS_PER_CELL * this.puts)) throw new ShadowTooSparse();
      const grownKinds = new Uint8Array(size);
      const grownNumbers = new Float64Array(size).fill(Number.NaN);
      if (kinds) grownKinds.set(kinds);
      if (numbers) grownNumbers.set(numbers);
      this.kinds[col] = kinds = grownKinds;
      this.numbers[col] = numbers = grownNumbers;
      const formats = this.formats[col];
      if (formats) this.formats[col] = grow(formats, size);
    }
    kinds[row] = kind;
    numbers![row] = number;
    if (format !== 0) (this.formats[col] ??= new Uint16Array(kinds.length))[row] = format;
    if (text !== undefined) (this.texts[col] ??= [])[row] = text;
    if (row >= this.rowCount) this.rowCount = row + 1;
  }

  build(): ColumnShadow {
    return { kinds: this.kinds, numbers: this.numbers, texts: this.texts, formats: this.formats, numFmts: this.numFmts, rowCount: this.rowCount };
  }
}

function grow(formats: Uint16Array, size: number): Uint16Array {
  const grown = new Uint16Array(size);
  grown.set(formats);
  return grown;
}
