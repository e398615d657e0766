import { type ColumnShadow, ColumnShadowBuilder, SHADOW_FORMULA, SHADOW_KIND, Sheet, shadowKind, toA1 } from '../../shared/grid';
import { dayOfIso } from '../../shared/locale';

/**
 * What a sheet's column shadow must say of every cell, as a list of the cells where it says
 * otherwise (empty when it agrees): the kind, the formula flag, and the number or date day count.
 */
export function shadowDisagreements(sheet: Sheet, shadow: ColumnShadow): string[] {
  const out: string[] = [];
  const cols = Math.max(sheet.colCount, shadow.kinds.length);
  for (let row = 0; row < sheet.rowCount + 2; row++) {
    for (let col = 0; col < cols; col++) {
      const cell = sheet.cell(row, col);
      const v = cell.value;
      const kind = SHADOW_KIND[v.kind] + (cell.formula === undefined ? 0 : SHADOW_FORMULA);
      const number = v.kind === 'number' ? v.value : v.kind === 'date' ? (dayOfIso(v.value) ?? Number.NaN) : Number.NaN;
      const kinds = shadow.kinds[col];
      const numbers = shadow.numbers[col];
      const shadowNumber = numbers !== undefined && row < numbers.length ? numbers[row]! : Number.NaN;
      if (shadowKind(kinds, row) !== kind || !Object.is(shadowNumber, number)) {
        out.push(`${a1Of(row, col)}: cell ${kind}/${number}, shadow ${shadowKind(kinds, row)}/${shadowNumber}`);
      }
    }
  }
  return out;
}

const a1Of = (row: number, col: number) => toA1(row, col);

/** The sheet with the shadow a reader would have kept of its cells (for tests of the shadow's users). */
export function withShadow(sheet: Sheet): Sheet {
  const builder = new ColumnShadowBuilder();
  for (let row = 0; row < sheet.rowCount; row++) {
    for (let col = 0; col < sheet.colCount; col++) {
      const cell = sheet.cell(row, col);
      const v = cell.value;
      if (v.kind === 'empty' && cell.formula === undefined) continue;
      const number = v.kind === 'number' ? v.value : v.kind === 'date' ? (dayOfIso(v.value) ?? Number.NaN) : Number.NaN;
      builder.put(row, col, SHADOW_KIND[v.kind] + (cell.formula === undefined ? 0 : SHADOW_FORMULA), number);
    }
  }
  const rows = Array.from({ length: sheet.rowCount }, (_, r) => Array.from({ length: sheet.colCount }, (_, c) => sheet.cell(r, c)));
  return new Sheet({ name: sheet.name, rows, merges: sheet.merges, shadow: builder.build() });
}
