import type { CellPos, Sheet } from '../../grid';
import { fold, headerText, textAt, yearIn } from '../../engine';

/**
 * A page of nyckeltal forms (Verksamhetsberättelse 2019): the contact fields "Handläggare:",
 * "Telefon nr:", "Mejladress:", a group title ("Nyckeltal för personalstatistik …"), then one
 * block per nyckeltal: "Nyckeltal NNN: <namn>", optional note lines ("KF-indikator: …"), the
 * column groups "Underlag <år>" | "Nyckeltal <år>" | "Nyckeltal <år−1>" over the column headers,
 * one data row with a row label, and "Kommentarer:".
 */

export interface Column {
  readonly col: number;
  /** The column's header lines joined, hyphenated wraps closed. */
  readonly header: string;
}

export interface ValueColumn extends Column {
  readonly year: number | undefined;
}

export interface BlockTable {
  readonly groupRow: number;
  readonly dataRow: number;
  /** The year the underlag is for ("Underlag 2019"). */
  readonly year: number | undefined;
  readonly underlag: readonly Column[];
  readonly current: ValueColumn | undefined;
  readonly previous: ValueColumn | undefined;
}

export interface Block {
  /** The nyckeltal number as printed ('122'). */
  readonly id: string;
  readonly titleCell: CellPos;
  /** The title after "Nyckeltal NNN:", lines joined. */
  readonly name: string;
  readonly notes: readonly { readonly cell: CellPos; readonly text: string }[];
  readonly kfIndikator: { readonly cell: CellPos; readonly text: string } | undefined;
  readonly table: BlockTable | undefined;
}

export interface ContactField {
  readonly name: string;
  readonly label: CellPos;
  readonly value: CellPos;
  readonly inLabel: boolean;
}

export interface NyckeltalLayout {
  readonly group: string | undefined;
  readonly contacts: readonly ContactField[];
  readonly blocks: readonly Block[];
  readonly year: number | undefined;
}

const TITLE = /^nyckeltal (\d+)\s*:\s*/;
const CONTACT = /^(handlaggare|telefon ?nr|telefonnummer|mejladress|e-?postadress)\s*:?/;
const NOTE_KF = /^kf-?indikator\s*:/;
const KOMMENTAR = /^kommentar(er)?\s*:?/;
const FIRST_TITLE_WITHIN = 60;

export function resolveLayout(sheet: Sheet): NyckeltalLayout | undefined {
  const titles: { row: number; id: string; text: string }[] = [];
  for (let row = 0; row < sheet.rowCount; row++) {
    // A page opens with its first nyckeltal within a few dozen rows; anything else is no such page.
    if (titles.length === 0 && row >= FIRST_TITLE_WITHIN) return undefined;
    const text = textAt(sheet, row, 0);
    const m = TITLE.exec(fold(text));
    if (m) titles.push({ row, id: m[1]!, text });
  }
  if (titles.length === 0) return undefined;

  const blocks = titles.map((t, i) => resolveBlock(sheet, t, titles[i + 1]?.row ?? sheet.rowCount));
  let group: string | undefined;
  for (let row = 0; row < titles[0]!.row && group === undefined; row++) if (/^nyckeltal for\b/.test(fold(textAt(sheet, row, 0)))) group = textAt(sheet, row, 0);
  return { group, contacts: contactFields(sheet), blocks, year: blocks.find((b) => b.table?.year !== undefined)?.table?.year };
}

function resolveBlock(sheet: Sheet, title: { row: number; id: string; text: string }, end: number): Block {
  const name = title.text.replace(/^\s*nyckeltal\s+\d+\s*:\s*/i, '').replace(/\s+/g, ' ').trim();
  let groupRow: number | undefined;
  for (let row = title.row + 1; row < end && groupRow === undefined; row++) {
    for (let col = 1; col < Math.min(sheet.colCount, 20); col++) if (/^underlag\b|^nyckeltal( \d{4})?$/.test(fold(textAt(sheet, row, col)))) groupRow = row;
  }
  const notes: { cell: CellPos; text: string }[] = [];
  for (let row = title.row + 1; row < (groupRow ?? end); row++) {
    const text = textAt(sheet, row, 0);
    if (text !== '' && !KOMMENTAR.test(fold(text))) notes.push({ cell: { row, col: 0 }, text });
  }
  const kf = notes.find((n) => NOTE_KF.test(fold(n.text)));
  return {
    id: title.id,
    titleCell: { row: title.row, col: 0 },
    name,
    notes,
    kfIndikator: kf,
    table: groupRow === undefined ? undefined : resolveTable(sheet, groupRow, end),
  };
}

function resolveTable(sheet: Sheet, groupRow: number, end: number): BlockTable | undefined {
  let dataRow: number | undefined;
  for (let row = groupRow + 1; row < end && dataRow === undefined; row++) {
    const a = textAt(sheet, row, 0);
    if (a !== '' && !KOMMENTAR.test(fold(a))) dataRow = row;
  }
  if (dataRow === undefined) return undefined;

  let lastCol = 0;
  for (let row = groupRow; row <= dataRow; row++) for (let col = 1; col < Math.min(sheet.colCount, 30); col++) if (textAt(sheet, row, col) !== '') lastCol = Math.max(lastCol, col);

  const underlag: Column[] = [];
  const values: ValueColumn[] = [];
  let groupLabel = '';
  for (let col = 1; col <= lastCol; col++) {
    const g = textAt(sheet, groupRow, col);
    if (g !== '') groupLabel = g;
    const header = headerText(sheet, col, groupRow + 1, dataRow - 1).replace(/-\s*\n\s*/g, '').replace(/\s+/g, ' ').trim();
    const hasContent = header !== '' || textAt(sheet, dataRow, col) !== '';
    if (!hasContent && g === '') continue;
    if (/^underlag\b/.test(fold(groupLabel))) underlag.push({ col, header });
    else if (/^nyckeltal\b/.test(fold(groupLabel))) values.push({ col, header, year: yearIn(g) ?? yearIn(header) ?? yearIn(groupLabel) });
  }
  const year = yearIn(fold(textAt(sheet, groupRow, underlag[0]?.col ?? 1))) ?? values[0]?.year;
  const current = values.find((v) => v.year !== undefined && v.year === year) ?? values[0];
  const previous = values.find((v) => v !== current && (current?.year === undefined || v.year === current.year - 1)) ?? values.find((v) => v !== current);
  return { groupRow, dataRow, year, underlag, current, previous };
}

function contactFields(sheet: Sheet): ContactField[] {
  const out: ContactField[] = [];
  for (let row = 0; row < sheet.rowCount; row++) {
    const text = textAt(sheet, row, 0);
    const m = CONTACT.exec(fold(text));
    if (!m) continue;
    const label = { row, col: 0 };
    const name = text.replace(/:.*$/, '').trim();
    if (fold(text).slice(m[0].length).trim() !== '') {
      out.push({ name, label, value: label, inLabel: true });
      continue;
    }
    let value: CellPos = { row, col: 1 };
    for (let col = 1; col < Math.min(sheet.colCount, 6); col++) {
      if (textAt(sheet, row, col) !== '') {
        value = { row, col };
        break;
      }
    }
    out.push({ name, label, value, inLabel: false });
  }
  return out;
}
