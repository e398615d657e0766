import type { CellPos, Sheet } from '../../grid';
import { findRow, fold, textAt, yearIn } from '../../engine';

/**
 * "PLAN FÖR UPPHANDLING <år>": Anvisningar, two contact fields, then the table Kategorifamilj |
 * Kategoriklass | Beskrivning | Planerad start av upphandling | Avtalsperiod inkl
 * förlängningsoptioner | Värde mnkr | Ansvarig nämnd | Kontaktuppgifter, grouped under section
 * rows ("Avdelningen Jobbtorg Stockholm") that hold text in the first column only.
 */

export type ColumnKey = 'familj' | 'klass' | 'beskrivning' | 'start' | 'avtalsperiod' | 'varde' | 'namnd' | 'kontakt';

export interface ContactField {
  readonly label: CellPos;
  readonly value: CellPos;
  /** The label as printed, for messages. */
  readonly name: string;
  /** Label and value share one cell ("Kontaktuppgift …: namn@…"). */
  readonly inLabel: boolean;
}

export interface Section {
  readonly row: number;
  readonly title: string;
  readonly rows: readonly number[];
}

export interface UpphandlingLayout {
  readonly titleRow: number;
  /** The plan year from the title ("PLAN FÖR UPPHANDLING 2022"). */
  readonly year: number | undefined;
  readonly headerRow: number;
  readonly columns: Readonly<Partial<Record<ColumnKey, number>>> & { readonly familj: number; readonly klass: number };
  readonly headers: Readonly<Partial<Record<ColumnKey, string>>>;
  /** Rows that hold a procurement, in sheet order. */
  readonly rows: readonly number[];
  readonly sections: readonly Section[];
  /** Procurement rows above the first section heading (when the sheet has sections). */
  readonly unsectioned: readonly number[];
  /** Rows that say in words that a section has nothing to report. */
  readonly nilRows: readonly number[];
  readonly contactFields: readonly ContactField[];
  /** The unit the "Värde" header names. */
  readonly vardeUnit: 'mnkr' | 'tkr' | 'kr' | undefined;
}

export const TITLE = /^plan for upphandling\b/;
export const NIL_ROW = /^(inga|ingen)\b.*\b(upphandling|upphandlingar)\b/;

const CLASSES: readonly (readonly [ColumnKey, RegExp])[] = [
  ['familj', /^kategorifamilj/],
  ['klass', /^kategoriklass/],
  ['beskrivning', /^beskrivning/],
  ['start', /planerad start/],
  ['avtalsperiod', /^avtalsperiod/],
  ['varde', /^(kontrakts)?varde\b/],
  ['namnd', /^ansvarig namnd/],
  ['kontakt', /^kontaktuppgift/],
];

const CONTACT_LABEL = /^kontaktuppgift (forvaltningen|inkopsansvarig)\b/;

export function resolveLayout(sheet: Sheet): UpphandlingLayout | undefined {
  const header = findHeaderRow(sheet);
  if (header === undefined) return undefined;
  const title = findRow(sheet, TITLE, header + 1);
  const columns: Partial<Record<ColumnKey, number>> = {};
  const headers: Partial<Record<ColumnKey, string>> = {};
  for (let col = 0; col < Math.min(sheet.colCount, 30); col++) {
    const text = textAt(sheet, header, col);
    const key = CLASSES.find(([, re]) => re.test(fold(text)))?.[0];
    if (key && columns[key] === undefined) {
      columns[key] = col;
      headers[key] = text.replace(/\s+/g, ' ');
    }
  }
  const { familj, klass } = columns;
  if (familj === undefined || klass === undefined) return undefined;
  const tableCols = Object.values(columns);

  const rows: number[] = [];
  const nilRows: number[] = [];
  const sections: { row: number; title: string; rows: number[] }[] = [];
  const unsectioned: number[] = [];
  for (let row = header + 1; row < sheet.rowCount; row++) {
    const filled = tableCols.filter((c) => textAt(sheet, row, c) !== '');
    if (filled.length === 0) continue;
    const first = textAt(sheet, row, familj);
    if (filled.length === 1 && filled[0] === familj && !/^\d/.test(first)) {
      if (NIL_ROW.test(fold(first))) nilRows.push(row);
      else sections.push({ row, title: first, rows: [] });
      continue;
    }
    rows.push(row);
    const current = sections.at(-1);
    if (current) current.rows.push(row);
    else unsectioned.push(row);
  }

  const vardeHeader = headers.varde === undefined ? '' : fold(headers.varde);
  const vardeUnit = /\bmnkr\b|\bmiljoner\b/.test(vardeHeader) ? 'mnkr' : /\btkr\b/.test(vardeHeader) ? 'tkr' : /\bkr\b|\bkronor\b/.test(vardeHeader) ? 'kr' : undefined;

  return {
    titleRow: title?.row ?? header,
    year: title ? yearIn(title.text) : undefined,
    headerRow: header,
    columns: { ...columns, familj, klass },
    headers,
    rows,
    sections,
    unsectioned: sections.length > 0 ? unsectioned : [],
    nilRows,
    contactFields: findContactFields(sheet, header),
    vardeUnit,
  };
}

function findHeaderRow(sheet: Sheet): number | undefined {
  for (let row = 0; row < Math.min(sheet.rowCount, 60); row++) {
    let familj = false;
    let klass = false;
    for (let col = 0; col < Math.min(sheet.colCount, 30); col++) {
      const t = fold(textAt(sheet, row, col));
      if (/^kategorifamilj/.test(t)) familj = true;
      if (/^kategoriklass/.test(t)) klass = true;
    }
    if (familj && klass) return row;
  }
  return undefined;
}

function findContactFields(sheet: Sheet, before: number): ContactField[] {
  const out: ContactField[] = [];
  for (let row = 0; row < before; row++) {
    for (let col = 0; col < Math.min(sheet.colCount, 10); col++) {
      const text = textAt(sheet, row, col);
      if (!CONTACT_LABEL.test(fold(text))) continue;
      const label = { row, col };
      const colon = text.indexOf(':');
      const name = (colon >= 0 ? text.slice(0, colon) : text).trim();
      if (colon >= 0 && text.slice(colon + 1).trim() !== '') {
        out.push({ label, value: label, name, inLabel: true });
        break;
      }
      let value: CellPos = { row, col: col + 1 };
      for (let c = col + 1; c < Math.min(sheet.colCount, col + 10); c++) {
        if (textAt(sheet, row, c) !== '') {
          value = { row, col: c };
          break;
        }
      }
      out.push({ label, value, name, inLabel: false });
      break;
    }
  }
  return out;
}
