import type { CellPos, Sheet } from '../../grid';
import { type Edition, fold, textAt } from '../../engine';

/**
 * The Projektbilaga as a list: one row per project under the headers "Finansiär / roll | Projekt |
 * Projektets budget | Nämndens medfinansiering | Start och avslutsdatum | Ansvarig avdelning"
 * (templates.md §T20; the report prints each project's fields as "Projektets budget: …" lines).
 * Above the headers stand the report line, the title "Projektbilaga" and the introduction.
 */

export type FieldKey = 'finansiar' | 'projekt' | 'budget' | 'medfinansiering' | 'period' | 'avdelning';

export interface ProjektbilagaLayout {
  readonly headerRow: number;
  readonly columns: Readonly<Partial<Record<FieldKey, number>>> & { readonly projekt: number; readonly budget: number };
  /** The headers as printed, for messages. */
  readonly headers: Readonly<Partial<Record<FieldKey, string>>>;
  readonly projectRows: readonly number[];
  /** The first row after the list where a new project can be written (blank across the columns). */
  readonly nextFreeRow: number;
  /** The day the report speaks for: VB 31/12, T1 30/4, T2 31/8, VP the first day of the plan year. */
  readonly reportDate: string | undefined;
  /** The introduction says the list shows "pågående" projects. */
  readonly listsOngoing: boolean;
  readonly edition: Edition;
}

// Most specific first: "Projektets budget" also contains "projekt".
const FIELDS: readonly (readonly [FieldKey, RegExp])[] = [
  ['medfinansiering', /medfinansiering/],
  ['budget', /^(projektets )?budget\b/],
  ['period', /^start.*(avslut|slut)s?datum|^(projekt)?period\b|^tidsperiod/],
  ['avdelning', /^ansvarig avdelning|^projektagare$/],
  ['finansiar', /^finansiar/],
  ['projekt', /^projekt(namn)?$/],
];

const TITLE = /^projektbilaga$/;

export function resolveLayout(sheet: Sheet): ProjektbilagaLayout | undefined {
  const limit = Math.min(sheet.rowCount, 40);
  for (let row = 0; row < limit; row++) {
    const columns: Partial<Record<FieldKey, number>> = {};
    const headers: Partial<Record<FieldKey, string>> = {};
    for (let col = 0; col < Math.min(sheet.colCount, 20); col++) {
      const text = textAt(sheet, row, col);
      if (text === '') continue;
      const folded = fold(text);
      const key = FIELDS.find(([, re]) => re.test(folded))?.[0];
      if (key && columns[key] === undefined) {
        columns[key] = col;
        headers[key] = text.replace(/\s+/g, ' ');
      }
    }
    const { projekt, budget, medfinansiering } = columns;
    // Budget and medfinansiering together are what no other template's header has.
    if (projekt === undefined || budget === undefined || medfinansiering === undefined) continue;
    const tableCols = Object.values(columns);
    const projectRows: number[] = [];
    let r = row + 1;
    for (; r < sheet.rowCount && tableCols.some((c) => textAt(sheet, r, c) !== ''); r++) projectRows.push(r);
    const above = aboveText(sheet, row);
    const report = reportOf(above);
    return {
      headerRow: row,
      columns: { ...columns, projekt, budget },
      headers,
      projectRows,
      nextFreeRow: r,
      reportDate: report.date,
      listsOngoing: /\bpagaende\b/.test(above.join(' ')),
      edition: report.edition,
    };
  }
  return undefined;
}

export function cellOf(layout: ProjektbilagaLayout, row: number, key: FieldKey): CellPos | undefined {
  const col = layout.columns[key];
  return col === undefined ? undefined : { row, col };
}

/** Folded text of the rows above the headers, one entry per non-empty cell. */
function aboveText(sheet: Sheet, headerRow: number): string[] {
  const out: string[] = [];
  for (let row = 0; row < headerRow; row++) {
    for (let col = 0; col < Math.min(sheet.colCount, 10); col++) {
      const t = textAt(sheet, row, col);
      if (t) out.push(fold(t));
    }
  }
  return out;
}

const TERTIAL_END: Readonly<Record<string, string>> = { '1': '04-30', '2': '08-31', '3': '12-31' };

/**
 * The report the list belongs to, from its report line: "Verksamhetsberättelse 2019", "Uppföljning
 * av budget 2021 - Tertialrapport 1", "Nämndens budget/verksamhetsplan 2022".
 */
function reportOf(lines: readonly string[]): { edition: Edition; date: string | undefined } {
  for (const line of lines) {
    const year = /\b(19\d\d|20\d\d)\b/.exec(line)?.[1];
    if (!year) continue;
    const tertial = /tertialrapport (\d)/.exec(line)?.[1];
    if (tertial && TERTIAL_END[tertial]) {
      return { edition: { id: `t${tertial}-${year}`, label: `Tertialrapport ${tertial} ${year}, projektbilaga`, year: Number(year) }, date: `${year}-${TERTIAL_END[tertial]}` };
    }
    if (/verksamhetsberattelse/.test(line)) {
      return { edition: { id: `vb-${year}`, label: `Verksamhetsberättelse ${year}, projektbilaga`, year: Number(year) }, date: `${year}-12-31` };
    }
    if (/verksamhetsplan/.test(line)) {
      return { edition: { id: `vp-${year}`, label: `Verksamhetsplan ${year}, projektbilaga`, year: Number(year) }, date: `${year}-01-01` };
    }
  }
  if (lines.some((l) => TITLE.test(l))) return { edition: { id: 'projektbilaga', label: 'Projektbilaga' }, date: undefined };
  return { edition: { id: 'projektlista', label: 'Projektlista' }, date: undefined };
}
