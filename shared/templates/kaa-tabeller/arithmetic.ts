import { type Sheet, columnLetters, isBlank } from '../../grid';
import { numberAt, numberOrZero } from '../../engine';
import { formatSvNumber } from '../../locale';
import { type ShareColumn, shareOperands } from './layout';

/**
 * What the tables' arithmetic gives, as a formula would: totals from their parts, shares from
 * their counts. Parts are read as they stand; a total of totals is not formed (the blocks have none).
 */
export interface Computed {
  readonly value: number;
  readonly formula: string;
}

export function sumOf(sheet: Sheet, cells: readonly { row: number; col: number }[]): Computed {
  const value = cells.reduce((s, c) => s + numberOrZero(sheet, c.row, c.col), 0);
  return { value, formula: sumFormula(cells) };
}

function sumFormula(cells: readonly { row: number; col: number }[]): string {
  const a1 = (c: { row: number; col: number }) => `${columnLetters(c.col)}${c.row + 1}`;
  const first = cells[0];
  const last = cells.at(-1);
  if (!first || !last) return '0';
  const sameCol = cells.every((c) => c.col === first.col);
  const sameRow = cells.every((c) => c.row === first.row);
  const contiguous = cells.every((c, i) => i === 0 || (sameCol ? c.row === cells[i - 1]!.row + 1 : sameRow && c.col === cells[i - 1]!.col + 1));
  return (sameCol || sameRow) && contiguous && cells.length > 1 ? `SUM(${a1(first)}:${a1(last)})` : cells.map(a1).join('+');
}

/** The share on a row, or undefined when a count is missing or the base is 0 (no share to give). */
export function shareOf(sheet: Sheet, share: ShareColumn, row: number): (Computed & { numerator: number; base: number }) | undefined {
  const { numerator, base } = shareOperands(share, row);
  const n = numberAt(sheet, numerator.row, numerator.col);
  const b = numberAt(sheet, base.row, base.col);
  if (n === undefined || b === undefined || b === 0) return undefined;
  const a1 = (c: { row: number; col: number }) => `${columnLetters(c.col)}${c.row + 1}`;
  return { value: n / b, formula: `${a1(numerator)}/${a1(base)}`, numerator: n, base: b };
}

/** A fraction as the sheet prints it: 0.2353 with 0 decimals → '24'. */
export function printedPercent(fraction: number, decimals: number): string {
  return formatSvNumber(fraction * 100, { decimals });
}

/** Whether a share cell shows something other than its computed share at its printed precision. */
export function shareDiffers(sheet: Sheet, share: ShareColumn, row: number): boolean {
  const computed = shareOf(sheet, share, row);
  const cell = sheet.cell(row, share.col);
  if (!computed || isBlank(cell)) return false;
  const actual = numberAt(sheet, row, share.col);
  return actual === undefined || printedPercent(actual, share.decimals) !== printedPercent(computed.value, share.decimals);
}
