import { type Cell, SHADOW_KIND, SHADOW_KIND_MASK, type Sheet, shadowCodeOf } from '../grid';

/**
 * rows × cols of a sheet read column by column: the cell of rows[i] × cols[j] is at
 * [j][rows[i] - base] of each array, so a column the reader kept whole can be used as it is.
 */
export interface ViewColumns {
  readonly rows: readonly number[];
  readonly cols: readonly number[];
  /** Subtracted from a sheet row to index a column's arrays (0 when they are the reader's own). */
  readonly base: number;
  /** codes[j][row - base]: the cell's kind and formula bit, as a ColumnShadow holds them. */
  readonly codes: readonly Uint8Array[];
  /** values[j][row - base]: the cell's reading as the view defines it, NaN where it has none. */
  readonly values: readonly Float64Array[];
  /** others[j]: the rows, in the order of rows, whose cell is neither empty nor of the kept kind. */
  readonly others: readonly (readonly number[])[];
}

/**
 * What a view reads: the number the reader's shadow holds for a cell of kind `kept` (a number, a
 * date's day count), NaN for an empty cell, and `valueOf` for any other. `valueOf` must read kept
 * and empty cells so too: it reads every cell of a sheet without a shadow.
 */
export interface ViewKind {
  readonly kept: number;
  readonly valueOf: (cell: Cell) => number;
}

const NONE: readonly number[] = Object.freeze([]);

/**
 * The columns of a view of rows × cols (see ViewKind for what it reads).
 *
 * With a shadow, a column is the shadow's own arrays, copied (a block copy, no cell read) only
 * when a cell in `rows` needs `valueOf`: on a clean table of 200 000 cells the view costs one scan
 * of the kind codes and allocates nothing per cell. Without one (a patched sheet, a sheet whose
 * reads are logged) every cell in `rows` is read, and nothing outside them.
 */
export function viewColumns(sheet: Sheet, rows: readonly number[], cols: readonly number[], kind: ViewKind): ViewColumns {
  const { kept, valueOf } = kind;
  let min = Number.POSITIVE_INFINITY;
  let max = -1;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    if (row < min) min = row;
    if (row > max) max = row;
  }
  const shadow = sheet.columnShadow();
  const codes: Uint8Array[] = [];
  const values: Float64Array[] = [];
  const others: (readonly number[])[] = [];
  if (shadow) {
    for (let j = 0; j < cols.length; j++) {
      const [kinds, numbers] = atLeast(shadow.kinds[cols[j]!], shadow.numbers[cols[j]!], max + 1);
      const read = readOthers(sheet, rows, cols[j]!, kinds, numbers, kept, valueOf);
      codes.push(kinds);
      values.push(read.numbers);
      others.push(read.rows);
    }
    return { rows, cols, base: 0, codes, values, others };
  }
  const base = rows.length === 0 ? 0 : min;
  const size = max + 1 - base;
  for (let j = 0; j < cols.length; j++) {
    const kinds = new Uint8Array(size);
    const numbers = new Float64Array(size).fill(Number.NaN);
    let other: number[] | undefined;
    for (let i = 0; i < rows.length; i++) {
      const cell = sheet.cell(rows[i]!, cols[j]!);
      const code = shadowCodeOf(cell);
      kinds[rows[i]! - base] = code;
      numbers[rows[i]! - base] = valueOf(cell);
      if (isOther(code, kept)) (other ??= []).push(rows[i]!);
    }
    codes.push(kinds);
    values.push(numbers);
    others.push(other ?? NONE);
  }
  return { rows, cols, base, codes, values, others };
}

function isOther(code: number, kept: number): boolean {
  const kind = code & SHADOW_KIND_MASK;
  return kind !== kept && kind !== SHADOW_KIND.empty;
}

/** A shadow column as long as `length` at least: itself, or a copy padded with empty cells. */
function atLeast(kinds: Uint8Array | undefined, numbers: Float64Array | undefined, length: number): [Uint8Array, Float64Array] {
  if (kinds !== undefined && numbers !== undefined && kinds.length >= length) return [kinds, numbers];
  const padded: [Uint8Array, Float64Array] = [new Uint8Array(length), new Float64Array(length).fill(Number.NaN)];
  if (kinds) padded[0].set(kinds);
  if (numbers) padded[1].set(numbers);
  return padded;
}

/**
 * The shadow's numbers with the cells in rows that are neither empty nor `kept` read by valueOf,
 * and those rows.
 */
function readOthers(
  sheet: Sheet,
  rows: readonly number[],
  col: number,
  kinds: Uint8Array,
  numbers: Float64Array,
  kept: number,
  valueOf: (cell: Cell) => number,
): { numbers: Float64Array; rows: readonly number[] } {
  let out = numbers;
  let other: number[] | undefined;
  for (let i = 0; i < rows.length; i++) {
    if (!isOther(kinds[rows[i]!]!, kept)) continue;
    // The shadow is the reader's: copy it before the first change.
    if (out === numbers) out = numbers.slice();
    out[rows[i]!] = valueOf(sheet.cell(rows[i]!, col));
    (other ??= []).push(rows[i]!);
  }
  return { numbers: out, rows: other ?? NONE };
}
