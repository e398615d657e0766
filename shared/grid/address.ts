/** A1 addresses and ranges. Rows and columns are zero-based internally; A1 text is one-based. */

export interface CellPos {
  readonly row: number;
  readonly col: number;
}

export interface RangePos {
  readonly start: CellPos;
  readonly end: CellPos;
}

const A1_PATTERN = /^\$?([A-Z]{1,3})\$?([1-9][0-9]{0,6})$/;

export function columnLetters(col: number): string {
  if (!Number.isInteger(col) || col < 0) throw new RangeError(`Invalid column index ${col}`);
  let n = col + 1;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) {
    const code = ch.charCodeAt(0);
    if (code < 65 || code > 90) throw new RangeError(`Invalid column letters '${letters}'`);
    n = n * 26 + (code - 64);
  }
  return n - 1;
}

export function toA1(row: number, col: number): string {
  if (!Number.isInteger(row) || row < 0) throw new RangeError(`Invalid row index ${row}`);
  return `${columnLetters(col)}${row + 1}`;
}

export function parseA1(a1: string): CellPos {
  const m = A1_PATTERN.exec(a1.trim().toUpperCase());
  if (!m) throw new RangeError(`Invalid A1 address '${a1}'`);
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]!) };
}

export function isA1(text: string): boolean {
  return A1_PATTERN.test(text.trim().toUpperCase());
}

export function parseRange(ref: string): RangePos {
  const [a, b] = ref.split(':');
  const start = parseA1(a!);
  const end = b === undefined ? start : parseA1(b);
  return {
    start: { row: Math.min(start.row, end.row), col: Math.min(start.col, end.col) },
    end: { row: Math.max(start.row, end.row), col: Math.max(start.col, end.col) },
  };
}

export function rangeToA1(range: RangePos): string {
  const a = toA1(range.start.row, range.start.col);
  const b = toA1(range.end.row, range.end.col);
  return a === b ? a : `${a}:${b}`;
}

/** Compares two A1 addresses in reading order (row first, then column). */
export function compareA1(a: string, b: string): number {
  const pa = parseA1(a);
  const pb = parseA1(b);
  return pa.row - pb.row || pa.col - pb.col;
}
