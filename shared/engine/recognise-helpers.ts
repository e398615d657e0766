import type { Sheet } from '../grid';
import { textAt } from './cell-values';

/**
 * Folds text for tolerant matching: lower case, å/ä/ö and other diacritics dropped (the OCR'd
 * editions lost them: "Uppfoljning"), hyphenated line wraps joined, white space collapsed.
 */
export function fold(text: string): string {
  // Most cells are plain ASCII ('Projekt 12', '4,0') with nothing to join, collapse or trim:
  // lower case is all their folding. Recognition folds every row label of tables thousands of
  // rows long, so this is told by one pass over the char codes, not by Unicode normalisation.
  if (onlyLowerCaseFolds(text)) return text.toLowerCase();
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/(\w)-\s+(\w)/g, '$1$2')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Whether the full folding would only lower the case: ASCII, no white space but single spaces
 * between other characters, no hyphen before white space.
 */
function onlyLowerCaseFolds(text: string): boolean {
  const last = text.length - 1;
  for (let i = 0; i <= last; i++) {
    const c = text.charCodeAt(i);
    if (c > 0x7f) return false;
    if (c === 0x20) {
      if (i === 0 || i === last || text.charCodeAt(i + 1) === 0x20) return false;
    } else if (c >= 0x09 && c <= 0x0d) {
      return false;
    } else if (c === 0x2d /* - */ && i < last && isAsciiSpace(text.charCodeAt(i + 1))) {
      return false;
    }
  }
  return true;
}

function isAsciiSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d);
}

/** First row (within the first `maxRows`) with a cell whose folded text matches. */
export function findRow(sheet: Sheet, pattern: RegExp, maxRows = 40): { row: number; col: number; text: string } | undefined {
  const limit = Math.min(sheet.rowCount, maxRows);
  for (let row = 0; row < limit; row++) {
    for (let col = 0; col < Math.min(sheet.colCount, 60); col++) {
      const t = textAt(sheet, row, col);
      if (t && pattern.test(fold(t))) return { row, col, text: t };
    }
  }
  return undefined;
}

/** Every row index in [from, to) whose cell in `col` matches. */
export function rowsMatching(sheet: Sheet, col: number, pattern: RegExp, from = 0, to = sheet.rowCount): number[] {
  const out: number[] = [];
  for (let row = from; row < to; row++) if (pattern.test(fold(textAt(sheet, row, col)))) out.push(row);
  return out;
}

/** The header text of a column over several header rows, joined (merged multi-row headers). */
export function headerText(sheet: Sheet, col: number, fromRow: number, toRow: number): string {
  const parts: string[] = [];
  for (let row = fromRow; row <= toRow; row++) {
    const t = textAt(sheet, row, col);
    if (t) parts.push(t);
  }
  return parts.join(' ');
}

/** First four-digit year (1990–2099) in a text. */
export function yearIn(text: string): number | undefined {
  const m = /\b(19[9]\d|20\d\d)\b/.exec(text);
  return m ? Number(m[1]) : undefined;
}

export interface YearLabel {
  /** The folded label word the digits follow ('vp', 'prognos', 'fran'). */
  readonly label: string;
  /** The digits as printed: '2021', or a slip such as '20223'. */
  readonly digits: string;
  /** The year when the digits are one (1990–2099); undefined for '20223'. */
  readonly year: number | undefined;
}

/**
 * Label–year pairs in a header ('VP 2017 Utgift 2019' → vp 2017, utgift 2019), matched on folded
 * text. Digits that are no year ('Plan 20223') are kept, so a rule can name the slip.
 */
export function labelledYears(text: string, labels: RegExp): YearLabel[] {
  const pattern = new RegExp(`\\b(?<label>${labels.source})\\b[^\\d]{0,30}?\\b(?<digits>\\d{3,6})\\b`, 'g');
  return [...fold(text).matchAll(pattern)].map((m) => {
    const { label, digits } = m.groups as { label: string; digits: string };
    const year = /^(199\d|20\d\d)$/.test(digits) ? Number(digits) : undefined;
    return { label, digits, year };
  });
}
