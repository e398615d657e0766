import type { CellEdit } from '../../../shared/engine';
import { type Cell, type CellValue, EMPTY_CELL, EMPTY_VALUE } from '../../../shared/grid';
import { excelSerialToIso } from '../xlsx-adapter/excel-date';
import { isDateFormat } from '../xlsx-adapter/number-format';

// Office.js gives an error value as its text in `values`; typing '#N/A' yields the error, so text
// equal to an error code is read as the error (text needs a leading apostrophe in Excel).
const ERROR_CODE = /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|PYTHON!)$/;
const DAY_MS = 86_400_000;

export function isDateNumberFormat(format: string | undefined): boolean {
  return format !== undefined && isDateFormat(-1, format);
}

/** One cell from the three arrays Office.js returns; undefined for a blank cell without formula. */
export function cellFromExcel(value: unknown, formula: unknown, format: unknown): Cell | undefined {
  // A text constant that starts with '=' comes back unchanged in `formulas`; a formula never equals its result.
  const f = typeof formula === 'string' && formula.length > 1 && formula.startsWith('=') && formula !== value ? formula.slice(1) : undefined;
  const numFmt = typeof format === 'string' && format !== 'General' && format !== '' ? format : undefined;
  const v = valueFromExcel(value, numFmt);
  if (v === EMPTY_VALUE && f === undefined) return undefined;
  if (f === undefined) return numFmt === undefined ? { value: v } : { value: v, numFmt };
  return numFmt === undefined ? { value: v, formula: f } : { value: v, formula: f, numFmt };
}

export function cellOrEmpty(value: unknown, formula: unknown, format: unknown): Cell {
  return cellFromExcel(value, formula, format) ?? EMPTY_CELL;
}

function valueFromExcel(value: unknown, numFmt: string | undefined): CellValue {
  switch (typeof value) {
    case 'number': {
      const iso = isDateNumberFormat(numFmt) ? excelSerialToIso(value, false) : undefined;
      return iso === undefined ? { kind: 'number', value } : { kind: 'date', value: iso };
    }
    case 'boolean':
      return { kind: 'boolean', value };
    case 'string':
      if (value === '') return EMPTY_VALUE;
      return ERROR_CODE.test(value) ? { kind: 'error', value } : { kind: 'text', value };
    default:
      return EMPTY_VALUE;
  }
}

export function isoToSerial(iso: string): number {
  const days = Math.round((Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) - Date.UTC(1899, 11, 30)) / DAY_MS);
  return days < 61 ? days - 1 : days;
}

/**
 * What to put in `formulas` so that Excel stores exactly the edit: a formula with its '=', text
 * behind an apostrophe (or Excel would turn '4,0' or '=x' into something else), numbers as numbers.
 */
export function excelInputOf(value: CellValue, formula: string | undefined): string | number | boolean {
  if (formula !== undefined) return `=${formula.replace(/^=/, '')}`;
  switch (value.kind) {
    case 'empty':
      return '';
    case 'number':
    case 'boolean':
      return value.value;
    case 'date':
      return isoToSerial(value.value);
    case 'text':
      return value.value === '' ? '' : `'${value.value}`;
    case 'error':
      return value.value;
  }
}

export function editInput(edit: CellEdit): string | number | boolean {
  return excelInputOf(edit.value, edit.formula);
}

/** Rough JSON size of a value in a request or response, for planning requests under the cap. */
export function jsonBytes(v: unknown): number {
  if (typeof v === 'string') return v.length + 3;
  if (typeof v === 'number') return String(v).length + 1;
  if (typeof v === 'boolean') return 6;
  return 5;
}
