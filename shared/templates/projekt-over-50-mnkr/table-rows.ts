import { type Sheet, columnIndex } from '../../grid';
import { fold, textAt } from '../../engine';
import { INSTRUCTION, SUBTOTAL_NAME, SUM_ROW_NAME } from './patterns';

export interface TableRows {
  /** Rows with one project each: neither the Summa row nor a delsummering. */
  readonly projectRows: readonly number[];
  /** Inserted "delsummeringar" for groups of projects; they must not count twice in Summa. */
  readonly subtotalRows: readonly number[];
  readonly totalRow: number | undefined;
}

const VERTICAL_SUM = /SUM\(\s*\$?([A-Z]{1,3})\$?(\d+)\s*:\s*\$?([A-Z]{1,3})\$?(\d+)\s*\)/gi;

/**
 * The rows between the header and the instruction text. The Summa row is the last summing row;
 * the instruction "Vid behov kan egna delsummeringar för grupper av projekt infogas" allows
 * subtotal rows above it, known by their name ("Delsumma …", "Summa grupp …") or by a SUM formula
 * down their own column.
 */
export function findTableRows(
  sheet: Sheet,
  opts: { nameCol: number; firstRow: number; amountCols: readonly number[]; tableCols: readonly number[] },
): TableRows {
  const rows: number[] = [];
  const summing: number[] = [];
  for (let row = opts.firstRow; row < sheet.rowCount; row++) {
    const name = fold(textAt(sheet, row, opts.nameCol));
    if (INSTRUCTION.test(name) || (name.length > 60 && !hasValues(sheet, row, opts.tableCols))) break;
    if (!name && !hasValues(sheet, row, opts.tableCols)) continue;
    rows.push(row);
    if (SUM_ROW_NAME.test(name)) summing.push(row);
  }
  const totalRow = [...summing].reverse().find((r) => !SUBTOTAL_NAME.test(fold(textAt(sheet, r, opts.nameCol))));
  // One walk down the table's rows beside the summing rows and the rows with a formula, all
  // ascending: only a row with a formula can sum down its column, and the sheet knows which have one.
  const withFormula = sheet.formulaRows();
  const projectRows: number[] = [];
  const subtotalRows: number[] = [];
  for (let i = 0, s = 0, f = 0; i < rows.length; i++) {
    const row = rows[i]!;
    if (totalRow !== undefined && row >= totalRow) break;
    while (s < summing.length && summing[s]! < row) s++;
    while (f < withFormula.length && withFormula[f]! < row) f++;
    const subtotal = summing[s] === row || (withFormula[f] === row && sumsDownOwnColumn(sheet, row, opts.amountCols));
    (subtotal ? subtotalRows : projectRows).push(row);
  }
  return { projectRows, subtotalRows, totalRow };
}

function hasValues(sheet: Sheet, row: number, cols: readonly number[]): boolean {
  for (let i = 0; i < cols.length; i++) if (sheet.kindAt(row, cols[i]!) !== 'empty') return true;
  return false;
}

/** A subtotal with no telling name: some amount cell sums a range of rows in its own column. */
function sumsDownOwnColumn(sheet: Sheet, row: number, amountCols: readonly number[]): boolean {
  return amountCols.some((col) => {
    const formula = sheet.formulaAt(row, col);
    if (!formula) return false;
    for (const m of formula.matchAll(VERTICAL_SUM)) {
      if (columnIndex(m[1]!) === col && columnIndex(m[3]!) === col && Number(m[2]) !== Number(m[4])) return true;
    }
    return false;
  });
}
