import { type Cell, type Sheet, isBlank, parseRange } from '../grid';

/**
 * The cell Excel shows at a position: inside a merged area that is its top-left cell, since the
 * other cells of the area are stored empty. Continuation cells of grouped tables (a Process merged
 * down over its rows) read as their group's value this way, while a blank that is merged with
 * nothing stays blank.
 */
export function shownCell(sheet: Sheet, row: number, col: number): Cell {
  const own = sheet.cell(row, col);
  if (!isBlank(own)) return own;
  for (const ref of sheet.merges) {
    const r = parseRange(ref);
    if (row >= r.start.row && row <= r.end.row && col >= r.start.col && col <= r.end.col) return sheet.cell(r.start.row, r.start.col);
  }
  return own;
}
