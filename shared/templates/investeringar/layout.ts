import type { CellPos, Sheet } from '../../grid';
import { fold, headerText, labelledYears, textAt, yearIn } from '../../engine';

/**
 * Where things are in an "Inventarier och maskiner" sheet, resolved from its title and header
 * text (never from fixed addresses: the editions differ in rows, columns and wording).
 */

export type InvestKind = 'uppfoljning' | 'vp' | 'vb';
export type ColumnRole = 'utfall' | 'vp' | 'avvikelse' | 'prognos' | 'plan';

export interface InvestColumn {
  readonly col: number;
  readonly role: ColumnRole;
  /** The header over the column, its rows joined ('Utfall utgift 2018'). */
  readonly header: string;
}

/** A year printed in a header cell, with the year the edition's column order says it must be. */
export interface HeaderYear {
  readonly cell: CellPos;
  readonly col: number;
  /** The text of the header cell holding the year, as printed. */
  readonly header: string;
  readonly label: string;
  readonly digits: string;
  readonly year: number | undefined;
  readonly expected: number;
}

export interface InvesteringarLayout {
  readonly kind: InvestKind;
  /** The year the form reports on: VP year (uppföljning, VP) or the year followed up (VB). */
  readonly reportYear: number;
  readonly title?: { readonly cell: CellPos; readonly text: string; readonly year: number | undefined };
  readonly dataRows: readonly number[];
  readonly columns: readonly InvestColumn[];
  readonly headerYears: readonly HeaderYear[];
  /** Avvikelse = minuend − subtrahend: VP − Prognos (uppföljning), VP − Utfall (VB). */
  readonly avvikelse?: { readonly col: number; readonly minuend: number; readonly subtrahend: number };
}

const ITEM = /^inventarier och maskiner/;
const TITLE = /investeringsbudget|uppfoljning av budget/;
const YEAR_LABELS = /utfall|vp|prognos|plan|utgift|avvik/;
const BARE_YEAR = /^(\d{4,5})$/;

function roleOf(header: string): ColumnRole | undefined {
  const h = fold(header);
  if (/\bavvik/.test(h)) return 'avvikelse';
  if (/\butfall\b/.test(h)) return 'utfall';
  if (/\bvp\b/.test(h)) return 'vp';
  if (/\bprognos\b/.test(h)) return 'prognos';
  if (/\bplan\b/.test(h)) return 'plan';
  return undefined;
}

export function resolveLayout(sheet: Sheet): InvesteringarLayout | undefined {
  const limit = Math.min(sheet.rowCount, 40);
  let first = -1;
  for (let r = 0; r < limit && first < 0; r++) if (ITEM.test(fold(textAt(sheet, r, 0)))) first = r;
  if (first < 0) return undefined;

  let titleRow: number | undefined;
  for (let r = 0; r < first && titleRow === undefined; r++) if (TITLE.test(fold(textAt(sheet, r, 0)))) titleRow = r;
  const headerFrom = titleRow === undefined ? Math.max(0, first - 4) : titleRow + 1;
  const headerTo = first - 1;
  if (headerTo < headerFrom) return undefined;

  const columns: InvestColumn[] = [];
  for (let col = 1; col < sheet.colCount; col++) {
    const header = headerText(sheet, col, headerFrom, headerTo).replace(/\s+/g, ' ');
    const role = roleOf(header);
    if (role) columns.push({ col, role, header });
  }
  const has = (role: ColumnRole) => columns.some((c) => c.role === role);
  if (!has('vp')) return undefined;
  const allHeaders = columns.map((c) => fold(c.header)).join(' | ');
  const kind: InvestKind | undefined = has('avvikelse')
    ? /utgift/.test(allHeaders)
      ? 'vb'
      : 'uppfoljning'
    : has('plan')
      ? 'vp'
      : undefined;
  if (!kind) return undefined;

  const raw = headerYearsOf(sheet, kind, columns, headerFrom, headerTo);
  const titleText = titleRow === undefined ? undefined : textAt(sheet, titleRow, 0);
  const titleYear = titleText === undefined ? undefined : yearIn(titleText);
  const reportYear = reportYearOf(raw) ?? titleYear;
  if (reportYear === undefined) return undefined;

  const dataRows: number[] = [];
  for (let r = first; r < Math.min(sheet.rowCount, first + 20) && textAt(sheet, r, 0) !== ''; r++) dataRows.push(r);

  const byRole = (role: ColumnRole) => columns.filter((c) => c.role === role);
  const avvik = byRole('avvikelse')[0];
  const vp = byRole('vp')[0];
  // Uppföljning: the year's Prognos is the first Prognos column; VB: the year's Utfall is the last.
  const against = kind === 'vb' ? byRole('utfall').at(-1) : byRole('prognos')[0];

  return {
    kind,
    reportYear,
    title: titleRow === undefined ? undefined : { cell: { row: titleRow, col: 0 }, text: titleText!, year: titleYear },
    dataRows,
    columns,
    headerYears: raw.map((y) => ({ ...y, expected: reportYear + y.offset })),
    avvikelse: avvik && vp && against ? { col: avvik.col, minuend: vp.col, subtrahend: against.col } : undefined,
  };
}

type RawYear = Omit<HeaderYear, 'expected'> & { readonly offset: number };

/**
 * Years in the header cells with their offset from the report year, by edition:
 * uppföljning  Utfall N−1 | VP N | Avvikelse | Prognos N, N+1, N+2
 * VP           Prognos N−1 | VP N | Plan N+1 … N+4
 * VB           (1) Utfall utgift N−1 | (2) VP N, Utgift N | (3) S:a avvik N | (4) Utfall utgift N
 * A bare year over a column (VB's group header) takes that column's offset.
 */
function headerYearsOf(sheet: Sheet, kind: InvestKind, columns: readonly InvestColumn[], from: number, to: number): RawYear[] {
  const out: RawYear[] = [];
  const seen = new Map<ColumnRole, number>();
  for (const c of columns) {
    const k = seen.get(c.role) ?? 0;
    seen.set(c.role, k + 1);
    const offset = offsetFor(kind, c.role, k);
    for (let row = from; row <= to; row++) {
      const text = textAt(sheet, row, c.col);
      // VB 2019 prints bare years as group headers: "2018" over (1), "2019" over (2)–(4).
      const bare = BARE_YEAR.exec(text.trim());
      if (bare) {
        const digits = bare[1]!;
        const year = /^(199\d|20\d\d)$/.test(digits) ? Number(digits) : undefined;
        out.push({ cell: { row, col: c.col }, col: c.col, header: digits, label: '', digits, year, offset });
        continue;
      }
      for (const y of labelledYears(text, YEAR_LABELS)) {
        out.push({ cell: { row, col: c.col }, col: c.col, header: text.replace(/\s+/g, ' '), label: y.label, digits: y.digits, year: y.year, offset });
      }
    }
  }
  return out;
}

function offsetFor(kind: InvestKind, role: ColumnRole, k: number): number {
  switch (kind) {
    case 'uppfoljning':
      return role === 'utfall' ? -1 : role === 'prognos' ? k : 0;
    case 'vp':
      return role === 'prognos' ? -1 + k : role === 'plan' ? 1 + k : 0;
    case 'vb':
      return role === 'utfall' && k === 0 ? -1 : 0;
  }
}

/** The year most header labels agree on; one stale label ('VP 2017') cannot move it. */
function reportYearOf(years: readonly RawYear[]): number | undefined {
  const votes = new Map<number, number>();
  for (const y of years) if (y.year !== undefined) votes.set(y.year - y.offset, (votes.get(y.year - y.offset) ?? 0) + 1);
  let best: number | undefined;
  for (const [year, n] of votes) if (best === undefined || n > votes.get(best)! || (n === votes.get(best)! && year > best)) best = year;
  return best;
}
