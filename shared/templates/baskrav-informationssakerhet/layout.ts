import type { CellPos, Sheet } from '../../grid';
import { findRow, fold, textAt, yearIn } from '../../engine';

/**
 * "Redovisning av grundläggande baskrav för informationssäkerhet": a title, the field
 * "Nämnd/bolag:", and a table Krav | Status | Kommentar with one row per numbered krav
 * (1, 2, 3 a), 3 b), 4, 5, 6). Resolved from text, never from fixed addresses.
 */

export interface KravRow {
  readonly row: number;
  /** The krav number as printed ('3 b)'); the first words of the krav when the number is missing. */
  readonly nr: string;
}

export interface BaskravLayout {
  readonly titleRow: number;
  /** The VP year the report is attached to ("… verksamhetsplan för 2022"). */
  readonly year: number | undefined;
  /** Where the nämnd's name is written; `inLabel` when label and name share one cell. */
  readonly namnd: { readonly label: CellPos; readonly value: CellPos; readonly inLabel: boolean } | undefined;
  readonly headerRow: number;
  readonly columns: { readonly nr: number | undefined; readonly krav: number; readonly status: number; readonly kommentar: number };
  readonly kravRows: readonly KravRow[];
}

export const TITLE = /grundlaggande baskrav for informationssakerhet/;
const NAMND_LABEL = /^namnd\s*\/\s*bolag\s*:?/;

export function resolveLayout(sheet: Sheet): BaskravLayout | undefined {
  const title = findRow(sheet, TITLE, 30);
  if (!title) return undefined;
  const header = findHeader(sheet, title.row + 1);
  if (!header) return undefined;
  const { row: headerRow, status, kommentar } = header;
  const kravHeader = findCol(sheet, headerRow, (t) => /baskrav|^krav$/.test(t), status);
  const krav = kravHeader ?? status - 1;
  if (krav < 0) return undefined;
  const nr = krav > 0 ? krav - 1 : undefined;

  const kravRows: KravRow[] = [];
  for (let row = headerRow + 1; row < sheet.rowCount; row++) {
    const cells = [krav, status, kommentar].map((c) => textAt(sheet, row, c));
    if (cells.every((t) => t === '')) {
      if (kravRows.length > 0) break;
      continue;
    }
    const printedNr = nr === undefined ? '' : textAt(sheet, row, nr);
    kravRows.push({ row, nr: printedNr || cells[0]!.split(/\s+/).slice(0, 3).join(' ') });
  }

  return {
    titleRow: title.row,
    year: reportYear(sheet, headerRow),
    namnd: findNamnd(sheet, headerRow),
    headerRow,
    columns: { nr, krav, status, kommentar },
    kravRows,
  };
}

function findHeader(sheet: Sheet, from: number): { row: number; status: number; kommentar: number } | undefined {
  for (let row = from; row < Math.min(sheet.rowCount, from + 40); row++) {
    const status = findCol(sheet, row, (t) => /^status$/.test(t));
    const kommentar = findCol(sheet, row, (t) => /^kommentar(er)?$/.test(t));
    if (status !== undefined && kommentar !== undefined) return { row, status, kommentar };
  }
  return undefined;
}

function findCol(sheet: Sheet, row: number, test: (folded: string) => boolean, before = sheet.colCount): number | undefined {
  for (let col = 0; col < Math.min(before, 30); col++) if (test(fold(textAt(sheet, row, col)))) return col;
  return undefined;
}

function findNamnd(sheet: Sheet, before: number): BaskravLayout['namnd'] {
  for (let row = 0; row < before; row++) {
    for (let col = 0; col < Math.min(sheet.colCount, 10); col++) {
      const text = textAt(sheet, row, col);
      const m = NAMND_LABEL.exec(fold(text));
      if (!m) continue;
      const label = { row, col };
      if (fold(text).slice(m[0].length).trim() !== '') return { label, value: label, inLabel: true };
      for (let c = col + 1; c < Math.min(sheet.colCount, col + 8); c++) {
        if (textAt(sheet, row, c) !== '') return { label, value: { row, col: c }, inLabel: false };
      }
      return { label, value: { row, col: col + 1 }, inLabel: false };
    }
  }
  return undefined;
}

/** "Redovisningen ska … biläggas nämndens/bolagets verksamhetsplan för 2022." */
function reportYear(sheet: Sheet, before: number): number | undefined {
  for (let row = 0; row < before; row++) {
    for (let col = 0; col < Math.min(sheet.colCount, 10); col++) {
      const t = fold(textAt(sheet, row, col));
      if (/verksamhetsplan/.test(t)) {
        const year = yearIn(t.slice(t.indexOf('verksamhetsplan')));
        if (year !== undefined) return year;
      }
    }
  }
  return undefined;
}
