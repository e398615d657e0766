import type { CellPos, Sheet } from '../../grid';
import { fold, textAt, yearIn } from '../../engine';

/**
 * The "kostn analys" sheet of Nämndens budget/verksamhetsplan: six numbered mnkr columns, a
 * Kostnader line over its verksamhetsområden, an Intäkter (-) line over its rows, and Netto.
 * Everything is found from the header and row labels, never from fixed addresses.
 */

export type ColumnKey = 'ursprunglig' | 'omslutning' | 'begarda' | 'efter' | 'utfall' | 'prognos';

export interface AnalysColumn {
  readonly key: ColumnKey;
  readonly col: number;
  /** The header as printed, lines joined. */
  readonly header: string;
  /** The column's number as the form prints it, 1–6. */
  readonly number: number;
}

export interface Block {
  /** The summing line ("Kostnader", "Intäkter (-)"). */
  readonly row: number;
  readonly label: string;
  /** The rows it sums, including an unlabelled row that holds numbers. */
  readonly rows: readonly number[];
}

export interface KostnadsanalysLayout {
  /** The plan year N of "Nämndens budget/verksamhetsplan N". */
  readonly planYear: number | undefined;
  readonly heading?: { readonly cell: CellPos; readonly year: number };
  readonly headerRow: number;
  readonly labelCol: number;
  readonly columns: readonly AnalysColumn[];
  readonly byKey: Readonly<Partial<Record<ColumnKey, AnalysColumn>>>;
  readonly kostnader: Block;
  readonly intakter: Block | undefined;
  readonly netto: { readonly row: number; readonly label: string } | undefined;
  /** Every line with amounts: the two blocks' lines and rows, and Netto, top to bottom. */
  readonly amountRows: readonly number[];
}

const HEADING = /budget\/ ?verksamhetsplan (\d{4})/;

// Most specific first: column 4 repeats the words of columns 2 and 3.
const CLASSES: readonly (readonly [ColumnKey, RegExp, number])[] = [
  ['efter', /budget efter|\(1 ?\+ ?2 ?\+ ?3\)/, 4],
  ['ursprunglig', /ursprungliga budget/, 1],
  ['omslutning', /redovisade omslutnings/, 2],
  ['begarda', /begarda budgetjust/, 3],
  ['utfall', /^utfall\b/, 5],
  ['prognos', /^prognos\b/, 6],
];

const KOSTNADER = /^kostnader$/;
const INTAKTER = /^intakter( \(-\))?$/;
const NETTO = /^netto$/;

export function resolveLayout(sheet: Sheet): KostnadsanalysLayout | undefined {
  const limit = Math.min(sheet.rowCount, 30);
  let headerRow: number | undefined;
  let labelCol = 0;
  for (let r = 0; r < limit && headerRow === undefined; r++) {
    for (let c = 0; c < Math.min(sheet.colCount, 5); c++) {
      if (fold(textAt(sheet, r, c)) === 'mnkr') {
        headerRow = r;
        labelCol = c;
        break;
      }
    }
  }
  if (headerRow === undefined) return undefined;

  // The form's headers wrap over up to three rows, down to the first labelled line; the row of
  // column numbers 1–6 under them is no header text.
  let headerEnd = headerRow;
  while (headerEnd < headerRow + 2 && textAt(sheet, headerEnd + 1, labelCol) === '') headerEnd++;
  const columns: AnalysColumn[] = [];
  for (let col = labelCol + 1; col < Math.min(sheet.colCount, labelCol + 12); col++) {
    const parts: string[] = [];
    for (let r = headerRow; r <= headerEnd; r++) if (sheet.value(r, col).kind === 'text') parts.push(textAt(sheet, r, col));
    const header = parts.join(' ').replace(/\s+/g, ' ');
    const hit = CLASSES.find(([, re]) => re.test(fold(header)));
    if (hit && !columns.some((c) => c.key === hit[0])) columns.push({ key: hit[0], col, header, number: hit[2] });
  }
  const byKey = Object.fromEntries(columns.map((c) => [c.key, c])) as Partial<Record<ColumnKey, AnalysColumn>>;
  if (!byKey.ursprunglig || !byKey.efter) return undefined;

  const labelled = (re: RegExp, from: number) => {
    for (let r = from; r < sheet.rowCount; r++) if (re.test(fold(textAt(sheet, r, labelCol)))) return r;
    return undefined;
  };
  const kRow = labelled(KOSTNADER, headerRow + 1);
  if (kRow === undefined) return undefined;
  const iRow = labelled(INTAKTER, kRow + 1);
  const nRow = labelled(NETTO, (iRow ?? kRow) + 1);
  const amountCols = columns.map((c) => c.col);
  const hasAmounts = (r: number) => amountCols.some((c) => sheet.cell(r, c).value.kind !== 'empty');
  const between = (from: number, to: number) => {
    const rows: number[] = [];
    for (let r = from + 1; r < to; r++) if (hasAmounts(r) || textAt(sheet, r, labelCol) !== '') rows.push(r);
    return rows;
  };
  const lastFilled = () => {
    let last = kRow;
    for (let r = kRow + 1; r < sheet.rowCount; r++) if (hasAmounts(r)) last = r;
    return last + 1;
  };
  const kostnader = { row: kRow, label: textAt(sheet, kRow, labelCol), rows: between(kRow, iRow ?? nRow ?? lastFilled()) };
  const intakter = iRow === undefined ? undefined : { row: iRow, label: textAt(sheet, iRow, labelCol), rows: between(iRow, nRow ?? lastFilled()) };
  const netto = nRow === undefined ? undefined : { row: nRow, label: textAt(sheet, nRow, labelCol) };
  const amountRows = [kRow, ...kostnader.rows, ...(intakter ? [intakter.row, ...intakter.rows] : []), ...(netto ? [netto.row] : [])];

  let heading: KostnadsanalysLayout['heading'];
  for (let r = 0; r < headerRow && !heading; r++) {
    for (let c = 0; c < Math.min(sheet.colCount, 10); c++) {
      const m = HEADING.exec(fold(textAt(sheet, r, c)));
      if (m) {
        heading = { cell: { row: r, col: c }, year: Number(m[1]) };
        break;
      }
    }
  }
  const planYear = heading?.year ?? yearIn(byKey.ursprunglig.header);
  return { planYear, heading, headerRow, labelCol, columns, byKey, kostnader, intakter, netto, amountRows };
}
