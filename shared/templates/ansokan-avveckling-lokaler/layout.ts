import type { CellPos, Sheet } from '../../grid';
import { findRow, fold, textAt, yearIn } from '../../engine';

/**
 * "Ansökan om medel för avveckling/omstrukturering av lokaler": a title, the instruction, the
 * "Uppgiftslämnare:" field and a ten-column table with one lokal per row. The Ja/Nej pair sits under
 * the merged "Förändringen är beskriven i lokalförsörjningsplanen". Columns are found by their
 * header words, tolerating the OCR'd T1 2020 print ("Ansokan", "Foréndringen", "sdgning").
 */

export type ColumnKey = 'lokal' | 'area' | 'loptid' | 'tidpunkt' | 'arshyra' | 'medel' | 'beskrivning' | 'ja' | 'nej' | 'kommentar';

export interface LokalerLayout {
  readonly title?: CellPos;
  /** "Nämndens budget/verksamhetsplan 2022" or a tertial report line above the title, if printed. */
  readonly report?: { readonly kind: 'vp' | 't1'; readonly year: number };
  readonly headerRow: number;
  readonly columns: Readonly<Partial<Record<ColumnKey, number>>> & { readonly lokal: number; readonly medel: number };
  readonly headers: Readonly<Partial<Record<ColumnKey, string>>>;
  /** Rows below the header block; a row counts as an application when any table cell is filled. */
  readonly rows: readonly number[];
}

const TITLE = /ans[a-z]{1,2}kan om medel f[a-z]{1,2}r avveckling/;
const HEADER = /^f[a-z]{1,2}r varje lokal/;

// Anchored at the start of the header: "Beskrivning av vad det sökta beloppet" must not read as "Medel som söks".
const CLASSES: readonly (readonly [ColumnKey, RegExp])[] = [
  ['lokal', HEADER],
  ['area', /^area\b/],
  ['loptid', /^l[a-z]{1,2}ptid\b/],
  ['tidpunkt', /^tidpunkt\b/],
  ['arshyra', /^[a-z]{1,2}rshyra\b/],
  ['medel', /^medel som s/],
  ['beskrivning', /^beskrivning\b/],
  ['ja', /^ja$|lokalf[a-z]{1,3}rsorjningsplanen ja$/],
  ['nej', /^nej$|lokalf[a-z]{1,3}rsorjningsplanen nej$/],
  ['kommentar', /^[a-z]{0,2}vriga kommentarer/],
];

export function resolveLayout(sheet: Sheet): LokalerLayout | undefined {
  const header = findRow(sheet, HEADER, 40);
  if (!header) return undefined;
  const headerRow = header.row;
  const columns: Partial<Record<ColumnKey, number>> = {};
  const headers: Partial<Record<ColumnKey, string>> = {};
  // The Ja/Nej sub-header is on the row below the merged header.
  const lastHeaderRow = rowHasWord(sheet, headerRow + 1, /^(ja|nej)$/) ? headerRow + 1 : headerRow;
  for (let col = header.col; col < Math.min(sheet.colCount, header.col + 16); col++) {
    for (let r = headerRow; r <= lastHeaderRow; r++) {
      const text = textAt(sheet, r, col);
      const key = CLASSES.find(([, re]) => re.test(fold(text)))?.[0];
      if (key && columns[key] === undefined) {
        columns[key] = col;
        headers[key] = text.replace(/\s+/g, ' ');
      }
    }
  }
  const { lokal, medel } = columns;
  if (lokal === undefined || medel === undefined || columns.area === undefined) return undefined;

  const titleHit = findRow(sheet, TITLE, headerRow + 1);
  const tableCols = Object.values(columns);
  let last = lastHeaderRow;
  for (let r = lastHeaderRow + 1; r < sheet.rowCount; r++) if (tableCols.some((c) => textAt(sheet, r, c) !== '')) last = r;
  const rows: number[] = [];
  for (let r = lastHeaderRow + 1; r <= last; r++) rows.push(r);

  return {
    ...(titleHit ? { title: { row: titleHit.row, col: titleHit.col } } : {}),
    ...reportLine(sheet, titleHit?.row ?? headerRow),
    headerRow,
    columns: { ...columns, lokal, medel },
    headers,
    rows,
  };
}

function rowHasWord(sheet: Sheet, row: number, re: RegExp): boolean {
  for (let col = 0; col < Math.min(sheet.colCount, 20); col++) if (re.test(fold(textAt(sheet, row, col)))) return true;
  return false;
}

function reportLine(sheet: Sheet, above: number): { report?: LokalerLayout['report'] } {
  for (let r = 0; r < above; r++) {
    for (let c = 0; c < Math.min(sheet.colCount, 10); c++) {
      const t = fold(textAt(sheet, r, c));
      const year = yearIn(t);
      if (year === undefined) continue;
      if (/budget\/ ?verksamhetsplan/.test(t)) return { report: { kind: 'vp', year } };
      if (/tertialrapport/.test(t)) return { report: { kind: 't1', year } };
    }
  }
  return {};
}

/** Rows where the person has filled in something: the applications. */
export function filledRows(sheet: Sheet, layout: LokalerLayout): number[] {
  const cols = Object.values(layout.columns);
  return layout.rows.filter((r) => cols.some((c) => textAt(sheet, r, c) !== ''));
}
