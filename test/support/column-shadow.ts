import { type Cell, type ColumnShadow, ColumnShadowBuilder, SHADOW_FORMULA, SHADOW_KIND, Sheet, shadowKind, toA1 } from '../../shared/grid';
import { dayOfIso } from '../../shared/locale';

/** What a reader's shadow holds for a cell: its kind code (with the formula bit) and its number. */
function shadowOf(cell: Cell): { code: number; number: number } {
  const v = cell.value;
  return {
    code: SHADOW_KIND[v.kind] + (cell.formula === undefined ? 0 : SHADOW_FORMULA),
    number: v.kind === 'number' ? v.value : v.kind === 'date' ? (dayOfIso(v.value) ?? Number.NaN) : Number.NaN,
  };
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
  const builder = new ColumnShadowBuilder();
  for (let row = 0; row < sheet.rowCount; row++) {
    for (let col = 0; col < sheet.colCount; col++) {
      const cell = sheet.cell(row, col);
      if (cell.value.kind === 'empty' && cell.formula === undefined) continue;
      const { code, number } = shadowOf(cell);
      builder.put(row, col, code, number);
    }
  }
  const rows = Array.from({ length: sheet.rowCount }, (_, r) => Array.from({ length: sheet.colCount }, (_, c) => sheet.cell(r, c)));
  return new Sheet({ name: sheet.name, rows, merges: sheet.merges, shadow: builder.build() });
}
