import type { CellPos, Sheet } from '../../grid';
import { findRow, fold, numberAt, textAt } from '../../engine';

/**
 * The "Uppföljning av resultatenheter" table, resolved from its header text. The editions differ
 * in years, in OCR damage (2020: no å/ä/ö, the last four headers lost) and in where the title
 * stands, so every column is optional except the name and bruttobudget.
 */

export type ColumnKey =
  | 'namn'
  | 'bruttobudget'
  | 'varav5'
  | 'resultatForegaende'
  | 'beraknatResultat'
  | 'ackOverforing'
  | 'ackProcent'
  | 'tioProcent'
  | 'aretsProcent';

export interface HeaderYear {
  readonly cell: CellPos;
  readonly key: ColumnKey;
  /** The header as printed, lines joined. */
  readonly header: string;
  readonly year: number;
  readonly expected: number;
}

export interface ResultatenheterLayout {
  /** Undefined when no header carries a year (the OCR lost them all). */
  readonly reportYear: number | undefined;
  readonly headerRow: number;
  readonly columns: Readonly<Partial<Record<ColumnKey, number>>> & { readonly namn: number; readonly bruttobudget: number };
  /** The header text of each column, for messages. */
  readonly headers: Readonly<Partial<Record<ColumnKey, string>>>;
  /** Rows between the header block and Summa: the units (or the nil statement). */
  readonly unitRows: readonly number[];
  readonly summaRow: number | undefined;
  readonly headerYears: readonly HeaderYear[];
}

/** Columns 2–6 in the instruction's numbering: the tkr amounts that Summa adds up. */
export const AMOUNT_KEYS = ['bruttobudget', 'varav5', 'resultatForegaende', 'beraknatResultat', 'ackOverforing'] as const;

// Most specific first: "10 % av … bruttobudget" and "Varav 5 % av … bruttobudget" also say bruttobudget.
const CLASSES: readonly (readonly [ColumnKey, RegExp])[] = [
  ['varav5', /\bvarav 5 ?%/],
  ['tioProcent', /^10 ?% av\b/],
  ['ackProcent', /max 10 ?%/],
  ['aretsProcent', /max 5 ?%|^arets resultatoverforing/],
  ['ackOverforing', /beraknad ackumulerad/],
  ['beraknatResultat', /beraknat resultat/],
  ['resultatForegaende', /\bresultat fran\b/],
  ['bruttobudget', /bruttobudget/],
  ['namn', /resultatenhetens namn/],
];

/** Year offsets from the report year N: "resultat från N−1", "till N+1", the rest N. */
const OFFSET: Readonly<Partial<Record<ColumnKey, number>>> = {
  bruttobudget: 0,
  varav5: 0,
  resultatForegaende: -1,
  beraknatResultat: 0,
  ackOverforing: 1,
  ackProcent: 1,
  tioProcent: 0,
};

const UNIT_WORD = /^(tkr|thr|mnkr|kr)$/i;

export function resolveLayout(sheet: Sheet): ResultatenheterLayout | undefined {
  const hit = findRow(sheet, /resultatenhetens namn/);
  if (!hit) return undefined;
  const headerRow = hit.row;
  const columns: Partial<Record<ColumnKey, number>> = {};
  const headers: Partial<Record<ColumnKey, string>> = {};
  for (let col = 0; col < sheet.colCount; col++) {
    const text = textAt(sheet, headerRow, col);
    const key = CLASSES.find(([, re]) => re.test(fold(text)))?.[0];
    if (key && columns[key] === undefined) {
      columns[key] = col;
      headers[key] = text.replace(/\s+/g, ' ');
    }
  }
  const { namn, bruttobudget } = columns;
  if (namn === undefined || bruttobudget === undefined) return undefined;
  const tableCols = Object.values(columns);

  // Below the headers: a row with the unit ('tkr', OCR 'thr') and a row of column numbers 1–6.
  let first = headerRow + 1;
  while (first < sheet.rowCount && isHeaderLike(sheet, first, tableCols)) first++;
  let summaRow: number | undefined;
  for (let r = first; r < sheet.rowCount && summaRow === undefined; r++) if (/^summa/.test(fold(textAt(sheet, r, namn)))) summaRow = r;
  const end = summaRow ?? lastFilledRow(sheet, tableCols) + 1;
  const unitRows: number[] = [];
  for (let r = first; r < end; r++) unitRows.push(r);

  const printed: Omit<HeaderYear, 'expected'>[] = [];
  for (const [key, col] of Object.entries(columns) as [ColumnKey, number][]) {
    const m = /\b(199\d|20\d\d)\b/.exec(fold(textAt(sheet, headerRow, col)));
    if (OFFSET[key] !== undefined && m) printed.push({ cell: { row: headerRow, col }, key, header: headers[key]!, year: Number(m[1]) });
  }
  const reportYear = mode(printed.map((p) => p.year - OFFSET[p.key]!));
  const headerYears = reportYear === undefined ? [] : printed.map((p) => ({ ...p, expected: reportYear + OFFSET[p.key]! }));

  return { reportYear, headerRow, columns: { ...columns, namn, bruttobudget }, headers, unitRows, summaRow, headerYears };
}

function isHeaderLike(sheet: Sheet, row: number, cols: readonly number[]): boolean {
  let any = false;
  for (const col of cols) {
    const t = textAt(sheet, row, col);
    if (t === '') continue;
    const n = numberAt(sheet, row, col);
    const columnNumber = n !== undefined && Number.isInteger(n) && n >= 1 && n <= 9 && sheet.value(row, col).kind === 'number';
    if (!UNIT_WORD.test(t) && !columnNumber) return false;
    any = true;
  }
  return any;
}

function lastFilledRow(sheet: Sheet, cols: readonly number[]): number {
  for (let r = sheet.rowCount - 1; r >= 0; r--) if (cols.some((c) => textAt(sheet, r, c) !== '')) return r;
  return -1;
}

/** The value most entries agree on; ties go to the later year. */
function mode(values: readonly number[]): number | undefined {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: number | undefined;
  for (const [v, n] of counts) if (best === undefined || n > counts.get(best)! || (n === counts.get(best)! && v > best)) best = v;
  return best;
}
