/**
 * One cell as the engine sees it: a typed value plus where it came from. Dates are ISO strings
 * (yyyy-mm-dd) rather than Date objects so that no time zone ever shifts a day.
 */
export type CellValue =
  | { readonly kind: 'empty' }
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'text'; readonly value: string }
  | { readonly kind: 'date'; readonly value: string }
  | { readonly kind: 'boolean'; readonly value: boolean }
  | { readonly kind: 'error'; readonly value: string };

export type CellKind = CellValue['kind'];

export interface Cell {
  readonly value: CellValue;
  /** Present when the cell holds a formula; the value is then its last computed result. */
  readonly formula?: string;
  /** Excel number format code, when the reader knows it ('0,0' templates print as '#,##0.0'). */
  readonly numFmt?: string;
}

export const EMPTY_VALUE: CellValue = Object.freeze({ kind: 'empty' });
export const EMPTY_CELL: Cell = Object.freeze({ value: EMPTY_VALUE });

export const num = (value: number): CellValue => ({ kind: 'number', value });
export const text = (value: string): CellValue => ({ kind: 'text', value });
export const date = (iso: string): CellValue => ({ kind: 'date', value: iso });
export const bool = (value: boolean): CellValue => ({ kind: 'boolean', value });
export const err = (code: string): CellValue => ({ kind: 'error', value: code });

export function isBlank(cell: Cell | undefined): boolean {
  if (!cell) return true;
  const v = cell.value;
  return v.kind === 'empty' || (v.kind === 'text' && v.value.trim() === '');
}

export function isFormula(cell: Cell | undefined): boolean {
  return cell?.formula !== undefined;
}

/** A typed constant: what a person entered (as opposed to a formula result or nothing). */
export function isTypedConstant(cell: Cell | undefined): boolean {
  return !!cell && cell.formula === undefined && !isBlank(cell);
}

export function sameValue(a: CellValue, b: CellValue): boolean {
  if (a.kind !== b.kind) {
    const blankA = a.kind === 'empty' || (a.kind === 'text' && a.value === '');
    const blankB = b.kind === 'empty' || (b.kind === 'text' && b.value === '');
    return blankA && blankB;
  }
  return a.kind === 'empty' || (a as { value: unknown }).value === (b as { value: unknown }).value;
}

/** Plain text of a cell for matching titles and headers (not for display of numbers). */
export function cellText(cell: Cell | undefined): string {
  if (!cell) return '';
  const v = cell.value;
  switch (v.kind) {
    case 'empty':
      return '';
    case 'text':
    case 'date':
    case 'error':
      return v.value;
    case 'number':
      return String(v.value);
    case 'boolean':
      return v.value ? 'TRUE' : 'FALSE';
  }
}
