import { formatSvNumber, formatSvPercent } from '../../../shared/locale';
import type { FakeCell } from '../excel-fake';
import { isDateNumberFormat } from '../office-adapter/cell-convert';
import { excelSerialToIso } from '../xlsx-adapter/excel-date';

/** A cell as Swedish Excel would show it: close enough to read a template by. */
export function cellText(cell: FakeCell | undefined): string {
  if (!cell) return '';
  const v = cell.value;
  if (typeof v === 'boolean') return v ? 'SANT' : 'FALSKT';
  if (typeof v === 'string') return v;
  if (isDateNumberFormat(cell.format)) return excelSerialToIso(v, false) ?? String(v);
  const decimals = /0\.(0+)/.exec(cell.format)?.[1]?.length;
  if (cell.format.includes('%')) return formatSvPercent(v, decimals ?? 0);
  return decimals === undefined ? formatSvNumber(v) : formatSvNumber(v, { decimals });
}

/** What the formula bar shows: the formula, or the value as typed. */
export function cellInput(cell: FakeCell | undefined): string {
  if (!cell) return '';
  if (cell.formula !== undefined) return cell.formula;
  return cellText(cell);
}
