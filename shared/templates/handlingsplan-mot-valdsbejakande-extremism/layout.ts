import type { CellPos, Sheet } from '../../grid';
import { type Edition, fold, textAt } from '../../engine';
import type { PlanPeriod } from '../../engine/checks';
import { reportLineAbove, yearPeriod } from './report-line';

/**
 * The activity tables of the handlingsplan mot våldsbejakande extremism (T1 2020 003 rad 455–545,
 * T1 2021 000 rad 559–727, VP 2022 001 rad 3092–3190): each a heading ("Aktiviteter för
 * Arbetsmarknadsnämnden", "Aktiviteter föreningsbidrag och upplåtande av lokaler eller öppna rum",
 * "Kompetenshöjande aktiviteter:"), the header "Aktivitet | Ansvarig enhetschef | Tidplan |
 * Uppföljning" (T1 2020: "Ansvarig"; OCR "Uppféljning"), and its rows down to the next blank row.
 */

export interface ActivityColumns {
  readonly aktivitet: number;
  readonly ansvarig: number;
  readonly tidplan: number;
  readonly uppfoljning: number;
}

export interface ActivityTable {
  readonly heading: { readonly cell: CellPos; readonly text: string } | undefined;
  readonly headerRow: number;
  readonly columns: ActivityColumns;
  readonly rows: readonly number[];
}

export interface VbeLayout {
  readonly tables: readonly ActivityTable[];
  readonly edition: Edition;
  readonly planPeriod: PlanPeriod | undefined;
}

const HEADERS: readonly (readonly [keyof ActivityColumns, RegExp])[] = [
  ['aktivitet', /^aktivitet(er)?$/],
  ['ansvarig', /^ansvarig\b/],
  ['tidplan', /^tids?plan$/],
  ['uppfoljning', /^uppf[a-z]{1,2}ljning$/],
];

/** A table heading names activities ("Kompetenshdjande aktiviteter:" in the OCR of 2020). */
const HEADING = /aktiviteter/;

function headerColumns(sheet: Sheet, row: number): ActivityColumns | undefined {
  const found: Partial<Record<keyof ActivityColumns, number>> = {};
  for (let col = 0; col < Math.min(sheet.colCount, 12); col++) {
    const t = fold(textAt(sheet, row, col));
    const key = t ? HEADERS.find(([, re]) => re.test(t))?.[0] : undefined;
    if (key && found[key] === undefined) found[key] = col;
  }
  return HEADERS.every(([k]) => found[k] !== undefined) ? (found as ActivityColumns) : undefined;
}

function isBlankRow(sheet: Sheet, row: number, cols: readonly number[]): boolean {
  return cols.every((col) => textAt(sheet, row, col) === '');
}

function headingAbove(sheet: Sheet, headerRow: number): ActivityTable['heading'] {
  for (let row = headerRow - 1; row >= Math.max(0, headerRow - 2); row--) {
    for (let col = 0; col < Math.min(sheet.colCount, 4); col++) {
      const text = textAt(sheet, row, col);
      if (text && HEADING.test(fold(text))) return { cell: { row, col }, text };
    }
  }
  return undefined;
}

export function resolveLayout(sheet: Sheet): VbeLayout | undefined {
  const tables: ActivityTable[] = [];
  for (let row = 0; row < sheet.rowCount; row++) {
    const columns = headerColumns(sheet, row);
    if (!columns) continue;
    const heading = headingAbove(sheet, row);
    const cols = Object.values(columns);
    const rows: number[] = [];
    let r = row + 1;
    for (; r < sheet.rowCount && !isBlankRow(sheet, r, cols) && !headerColumns(sheet, r); r++) {
      if (headerColumns(sheet, r + 1) && HEADING.test(fold(textAt(sheet, r, columns.aktivitet)))) break;
      rows.push(r);
    }
    tables.push({ heading, headerRow: row, columns, rows });
    row = r - 1;
  }
  // Without a heading naming activities the header alone is too common to claim the sheet; once
  // one table is headed, a table whose heading was left out is still the plan's.
  if (!tables.some((t) => t.heading)) return undefined;
  const first = tables[0]!.heading?.cell.row ?? tables[0]!.headerRow;
  const report = reportLineAbove(sheet, first, 'handlingsplan mot våldsbejakande extremism');
  return { tables, edition: report.edition, planPeriod: yearPeriod(report.year) };
}

/** Every activity row of every table, with the table's columns. */
export function activityRows(layout: VbeLayout): { row: number; columns: ActivityColumns; table: ActivityTable }[] {
  return layout.tables.flatMap((t) => t.rows.map((row) => ({ row, columns: t.columns, table: t })));
}
