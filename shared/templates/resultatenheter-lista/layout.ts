import type { CellPos, Sheet } from '../../grid';
import { findRow, fold, textAt } from '../../engine';

/**
 * The VP list of resultatenheter: a title "Resultatenheter <år>", the instruction, and one column
 * "Resultatenhetens namn" with a unit (or a verksamhetsområde heading) per row below it.
 */
export interface ResultatenheterListaLayout {
  readonly title: { readonly cell: CellPos; readonly year: number };
  readonly header: CellPos;
  /** Rows below the header down to the last filled row (none when the list is empty). */
  readonly listRows: readonly number[];
}

const TITLE = /^resultatenheter (\d{4})$/;
const HEADER = /^resultatenhetens namn$/;

export function resolveLayout(sheet: Sheet): ResultatenheterListaLayout | undefined {
  const title = findRow(sheet, TITLE, 20);
  const header = findRow(sheet, HEADER);
  if (!title || !header || header.row <= title.row) return undefined;
  // The follow-up form (T02) has the same name header with bruttobudget beside it; this list has not.
  for (let col = 0; col < sheet.colCount; col++) if (/bruttobudget/.test(fold(textAt(sheet, header.row, col)))) return undefined;
  let last = header.row;
  for (let r = header.row + 1; r < sheet.rowCount; r++) if (textAt(sheet, r, header.col) !== '') last = r;
  const listRows: number[] = [];
  for (let r = header.row + 1; r <= last; r++) listRows.push(r);
  return {
    title: { cell: { row: title.row, col: title.col }, year: Number(TITLE.exec(fold(title.text))![1]) },
    header: { row: header.row, col: header.col },
    listRows,
  };
}
