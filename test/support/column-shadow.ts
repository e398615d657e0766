import { type Cell, type ColumnShadow, ColumnShadowBuilder, SHADOW_FORMULA, SHADOW_KIND, Sheet, toA1 } from '../../shared/grid';
import { dayOfIso } from '../../shared/locale';

/** What a reader's shadow holds for a cell: its kind code (with the formula bit) and its number. */
export function shadowOf(cell: Cell): { code: number; number: number } {
  const v = cell.value;
  return {
    code: SHADOW_KIND[v.kind] + (cell.formula === undefined ? 0 : SHADOW_FORMULA),
    number: v.kind === 'number' ? v.value : v.kind === 'date' ? (dayOfIso(v.value) ?? Number.NaN) : Number.NaN,
  };
}

/** A cell's code in a shadow column: empty past the column's end. */
function shadowKind(kinds: Uint8Array | undefined, row: number): number {
  return kinds !== undefined && row < kinds.length ? kinds[row]! : SHADOW_KIND.empty;
}

/**
 * Where a sheet's column shadow says otherwise than its cells (empty when it agrees): the kind, the
 * formula flag, and the number or date day count of every cell, and of two rows past the end.
 */
export function shadowDisagreements(sheet: Sheet, shadow: ColumnShadow): string[] {
  const out: string[] = [];
  const cols = Math.max(sheet.colCount, shadow.kinds.length);
  for (let row = 0; row < sheet.rowCount + 2; row++) {
    for (let col = 0; col < cols; col++) {
      const want = shadowOf(sheet.cell(row, col));
      const numbers = shadow.numbers[col];
      const code = shadowKind(shadow.kinds[col], row);
      const number = numbers !== undefined && row < numbers.length ? numbers[row]! : Number.NaN;
      if (code !== want.code || !Object.is(number, want.number)) out.push(`${toA1(row, col)}: cell ${want.code}/${want.number}, shadow ${code}/${number}`);
    }
  }
  return out;
}

/** The sheet with the shadow a reader would have kept of its cells (for tests of the shadow's users). */
export function withShadow(sheet: Sheet): Sheet {
  return columnsOf(sheet, false);
}

/**
 * The sheet as the xlsx reader builds it: every typed constant (a number, date or text without a
 * formula) held by the shadow alone, rows holding only the other cells.
 */
export function columnar(sheet: Sheet): Sheet {
  return columnsOf(sheet, true);
}

function columnsOf(sheet: Sheet, constantsInShadowOnly: boolean): Sheet {
  const numFmts: (string | undefined)[] = [undefined];
  const formatOf = (numFmt: string | undefined) => {
    if (numFmt === undefined) return 0;
    const at = numFmts.indexOf(numFmt);
    return at === -1 ? numFmts.push(numFmt) - 1 : at;
  };
  const builder = new ColumnShadowBuilder(numFmts);
  const rows: (Cell | undefined)[][] = [];
  for (let row = 0; row < sheet.rowCount; row++) {
    rows.push([]);
    for (let col = 0; col < sheet.colCount; col++) {
      const cell = sheet.cell(row, col);
      if (cell.value.kind === 'empty' && cell.formula === undefined) continue;
      const { code, number } = shadowOf(cell);
      const v = cell.value;
      const constant = constantsInShadowOnly && cell.formula === undefined && (v.kind === 'number' || v.kind === 'date' || v.kind === 'text');
      builder.put(row, col, code, number, formatOf(cell.numFmt), constant && v.kind === 'text' ? v.value : undefined);
      if (!constant) rows[row]![col] = cell;
    }
  }
  return new Sheet({ name: sheet.name, rows, merges: sheet.merges, shadow: builder.build() });
}

/** A sheet read from its cells, and from the typed columns a reader would have kept: for it.each. */
export const CELLS_OR_SHADOW = [
  ['its cells', (sheet: Sheet) => sheet],
  ["its cells and the reader's typed columns", withShadow],
  ["the reader's typed columns for its constants", columnar],
] as const;

/** `rows` rows of these cells, each row shifted one column on, so every column meets every kind. */
export function cyclingSheet(kinds: readonly (Cell | undefined)[], rows: number): Sheet {
  return new Sheet({ name: 'Blad1', rows: Array.from({ length: rows }, (_, r) => kinds.map((_, i) => kinds[(i + r) % kinds.length])) });
}
