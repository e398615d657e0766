import { type Cell, type CellValue, Sheet, Workbook } from '../../shared/grid';

/**
 * Cell shorthand for tests: a number, a text, null for empty, `{ f: '=SUM(B2:B6)', v: 0 }` for a
 * formula with its cached result, `{ d: '2021-04-30' }` for a date.
 */
export type CellInput = number | string | boolean | null | { f: string; v?: number | string } | { d: string };

export function valueOf(x: number | string | boolean | null | undefined): CellValue {
  if (x === null || x === undefined) return { kind: 'empty' };
  if (typeof x === 'number') return { kind: 'number', value: x };
  if (typeof x === 'boolean') return { kind: 'boolean', value: x };
  return x === '' ? { kind: 'empty' } : { kind: 'text', value: x };
}

export function cellOf(x: CellInput): Cell {
  if (x !== null && typeof x === 'object') {
    if ('d' in x) return { value: { kind: 'date', value: x.d } };
    return { value: valueOf(x.v ?? null), formula: x.f.replace(/^=/, '') };
  }
  return { value: valueOf(x) };
}

export function sheetOf(name: string, rows: readonly (readonly CellInput[])[]): Sheet {
  return new Sheet({ name, rows: rows.map((r) => r.map(cellOf)) });
}

export function patchSheet(sheet: Sheet, patch: Readonly<Record<string, CellInput>>): Sheet {
  return sheet.withCells(Object.fromEntries(Object.entries(patch).map(([a1, v]) => [a1, cellOf(v)])));
}

export function workbookOf(...sheets: Sheet[]): Workbook {
  return new Workbook(sheets);
}
