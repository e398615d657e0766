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
 * What a reader learnt of every cell while it parsed, kept column by column in typed arrays beside
 * the cell objects: its kind, whether it holds a formula, and its number (a date's day count since
 * 1970-01-01). A rule walking a long table of amounts or dates reads these flat arrays instead of
 * chasing three objects per cell through a heap of hundreds of thousands, which cost more than
 * the rule's own work. The cells stay the truth: a sheet patched by withCells has no shadow.
 */
export interface ColumnShadow {
  /** kinds[col][row]: SHADOW_KIND, plus SHADOW_FORMULA; a column or row past the arrays is empty. */
  readonly kinds: readonly (Uint8Array | undefined)[];
  /** numbers[col][row]: a number cell's value, a date cell's day count, NaN for any other cell. */
  readonly numbers: readonly (Float64Array | undefined)[];
}

/** Collects a shadow cell by cell, in whatever order a reader meets the cells. */
export class ColumnShadowBuilder {
  private readonly kinds: (Uint8Array | undefined)[] = [];
  private readonly numbers: (Float64Array | undefined)[] = [];

  put(row: number, col: number, kind: number, number: number): void {
    let kinds = this.kinds[col];
    let numbers = this.numbers[col];
    if (kinds === undefined || row >= kinds.length) {
      const size = Math.max(64, row + 1, (kinds?.length ?? 0) * 2);
      const grownKinds = new Uint8Array(size);
      const grownNumbers = new Float64Array(size).fill(Number.NaN);
      if (kinds) grownKinds.set(kinds);
      if (numbers) grownNumbers.set(numbers);
      this.kinds[col] = kinds = grownKinds;
      this.numbers[col] = numbers = grownNumbers;
    }
    kinds[row] = kind;
    numbers![row] = number;
  }

  build(): ColumnShadow {
    return { kinds: this.kinds, numbers: this.numbers };
  }
}
