import { type Cell, type Sheet, isBlank } from '../grid';
import { parseSvNumber } from '../locale';

/**
 * The numeric reading of a cell for arithmetic checks. A number typed as text ('4,0') or with an
 * OCR slip ('00') still counts with its parsed value; the numeric-cells check reports the text
 * form separately, so a repaired value is never silent.
 */
export function numberOf(cell: Cell | undefined): number | undefined {
  if (!cell) return undefined;
  const v = cell.value;
  // Numbers first: nearly every cell an arithmetic rule reads is one.
  if (v.kind === 'number') return v.value;
  if (isBlank(cell)) return undefined;
  if (v.kind === 'text') {
    const p = parseSvNumber(v.value);
    return p.ok ? p.value : undefined;
  }
  return undefined;
}

export function numberAt(sheet: Sheet, row: number, col: number): number | undefined {
  return numberOf(sheet.cell(row, col));
}

/** Blank cells in a numeric table count as zero (the templates print empty as 0). */
export function numberOrZero(sheet: Sheet, row: number, col: number): number {
  return numberAt(sheet, row, col) ?? 0;
}

/** The cell's text, trimmed: Sheet.text, as a function beside numberAt for the rules. */
export function textAt(sheet: Sheet, row: number, col: number): string {
  return sheet.text(row, col);
}

/**
 * Rounds away binary noise so that 0.1 + 0.2 compares equal to 0.3 at template precision. The
 * relative slack stays far below one öre on bokslut totals of billions of kronor (1e-9 let 1,40 kr
 * through on 1 401 402 709,14), yet well above the noise of summing thousands of rows.
 */
export function nearlyEqual(a: number, b: number, tolerance: number): boolean {
  return Math.abs(a - b) <= tolerance + 1e-12 * Math.max(1, Math.abs(a), Math.abs(b));
}
