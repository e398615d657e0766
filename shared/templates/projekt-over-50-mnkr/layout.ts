import { type CellPos, type Sheet, parseRange } from '../../grid';
import { fold, headerText, mapArray, textAt, yearIn } from '../../engine';
import {
  ACK,
  BESLUTAT,
  BUDGET,
  COMMENT,
  DATE_HEADER,
  HEADER_WORD,
  INTAKT,
  KOSTNAD,
  MINUS_MARKER,
  PLAN,
  PROGNOS,
  START,
  TOTAL,
} from './patterns';
import { findTableRows, type TableRows } from './table-rows';

export type AmountKind = 'kostnad' | 'intakt';
export type Phase = 'ack' | 'budget' | 'prognos' | 'plan';

export interface AmountColumn {
  readonly col: number;
  readonly kind: AmountKind;
  /** The column's number in the instructions, (1)–(14). (7)–(10) repeat for every later year. */
  readonly number: number;
  /** A readable name in Swedish, e.g. '(6) Prognos 2021 Intäkt (-)'. */
  readonly label: string;
}

/** One Kostnad/Intäkt pair under a year: Ack. t.o.m., Budget, Prognos or Plan. */
export interface YearPair {
  readonly phase: Phase;
  /** Undefined when the group header over the pair has no year (VP 2022's last pair). */
  readonly year: number | undefined;
  /** The group-header cell where the pair's year is, or should be, written. */
  readonly yearCell: CellPos;
  readonly kostnad: AmountColumn;
  readonly intakt: AmountColumn;
}

export interface DateColumn {
  readonly col: number;
  /** (15)–(18). */
  readonly number: number;
  readonly label: string;
}

export interface ProjektLayout extends TableRows {
  readonly nameCol: number;
  readonly titleRow: number;
  readonly yearRow: number | undefined;
  readonly phaseRow: number | undefined;
  readonly kindRow: number;
  readonly lastHeaderRow: number;
  /** Every Kostnad/Intäkt pair left to right; the totals are not pairs. */
  readonly pairs: readonly YearPair[];
  readonly ack: YearPair;
  readonly budget: YearPair;
  /** The current year's prognos, columns (5)/(6). */
  readonly prognos: YearPair;
  /** The Prognos pairs (9)/(10) of the years after the current one. */
  readonly laterPrognoses: readonly YearPair[];
  readonly totals: {
    readonly beslutat: { readonly kostnad: AmountColumn; readonly intakt: AmountColumn };
    readonly prognos: { readonly kostnad: AmountColumn; readonly intakt: AmountColumn };
  };
  readonly dates: {
    readonly beslutatStart: DateColumn;
    readonly beslutatSlut: DateColumn;
    readonly prognosStart: DateColumn;
    readonly prognosSlut: DateColumn;
  };
  /** A "Kommentar" column after the dates, when the sheet has one (no edition prints one). */
  readonly commentCol: number | undefined;
  /** Every amount column (pairs and totals) in sheet order: 26 in T1, 22 in VP 2022. */
  readonly amountColumns: readonly AmountColumn[];
  /**
   * Their column numbers, in the same order: the one list the rules' shared table views are built
   * on and found by, made with mapArray because the rules walk it (see mapArray).
   */
  readonly amountCols: readonly number[];
  /** The year of the Budget pair, (3)/(4). */
  readonly currentYear: number | undefined;
}

type ColumnClass = 'kostnad' | 'intakt' | 'amount' | 'total' | 'date' | 'comment';

interface HeaderColumn {
  readonly col: number;
  readonly cls: ColumnClass;
  readonly text: string;
}

/**
 * Resolves the columns by position and header text together. The printed column numbers are not
 * used: (7)–(10) repeat for every year, VP 2022 drops two of them, and OCR garbled them in T1 2020.
 */
export function resolveLayout(sheet: Sheet, titleRow: number): ProjektLayout | undefined {
  const kindRow = findKindRow(sheet, titleRow);
  if (kindRow === undefined) return undefined;
  const lastHeaderRow = findLastHeaderRow(sheet, kindRow);
  const phaseRow = bestRow(sheet, titleRow + 1, kindRow, (t) => BUDGET.test(t) || PROGNOS.test(t) || PLAN.test(t) || BESLUTAT.test(t));
  const yearRow = bestRow(sheet, titleRow + 1, kindRow, (t) => ACK.test(t) || /^(19|20)\d\d$/.test(t) || /^total$/.test(t));
  const nameCol = findNameCol(sheet, titleRow + 1, lastHeaderRow);
  const merges = sheet.merges.map(parseRange);

  const columns = classifyColumns(sheet, nameCol, kindRow, lastHeaderRow);
  const totalCols = columns.filter((c) => c.cls === 'total');
  const dateCols = columns.filter((c) => c.cls === 'date');
  const pairCols = columns.filter((c) => c.cls === 'kostnad' || c.cls === 'intakt' || c.cls === 'amount');
  if (totalCols.length !== 4 || dateCols.length !== 4) return undefined;

  const rawPairs = pairUp(pairCols);
  if (rawPairs.length < 3) return undefined;

  // A merged group header holds its text in the top-left cell only.
  const labelAt: LabelAt = (row, cols) => {
    if (row === undefined) return '';
    for (const col of cols) {
      const m = merges.find((r) => row >= r.start.row && row <= r.end.row && col >= r.start.col && col <= r.end.col);
      const t = m ? textAt(sheet, m.start.row, m.start.col) : textAt(sheet, row, col);
      if (t) return t;
    }
    return '';
  };

  const yearCellRow = yearRow ?? Math.max(titleRow + 1, (phaseRow ?? kindRow) - 1);
  const pairs: Array<Omit<YearPair, 'kostnad' | 'intakt'> & { k: number; i: number; yearLabel: string }> = [];
  rawPairs.forEach(([k, i], index) => {
    const yearLabel = labelAt(yearRow, [k, i]);
    const phaseText = fold(labelAt(phaseRow, [k, i]));
    const previous = pairs[index - 1];
    const phase: Phase = ACK.test(fold(yearLabel))
      ? 'ack'
      : BUDGET.test(phaseText)
        ? 'budget'
        : PROGNOS.test(phaseText)
          ? 'prognos'
          : PLAN.test(phaseText)
            ? 'plan'
            : phaseByPosition(index);
    let year = yearIn(yearLabel);
    // Group headers are often written once over a Budget/Plan + Prognos group and not merged:
    // a Prognos pair with no label of its own continues the group on its left. A second Prognos
    // in a row starts a new group, so VP 2022's unlabelled last pair stays without a year.
    if (!yearLabel && phase === 'prognos' && previous && (previous.phase === 'budget' || previous.phase === 'plan')) year = previous.year;
    pairs.push({ phase, year, yearCell: { row: yearCellRow, col: k }, k, i, yearLabel });
  });

  const ackIndex = Math.max(0, pairs.findIndex((p) => p.phase === 'ack'));
  const budgetIndex = indexAfter(pairs, ackIndex, 'budget') ?? ackIndex + 1;
  const prognosIndex = indexAfter(pairs, budgetIndex, 'prognos') ?? budgetIndex + 1;
  const currentYear = pairs[budgetIndex]?.year;

  const numbered: YearPair[] = pairs.map((p, index) => {
    const [nk, ni] =
      index === ackIndex ? [1, 2] : index === budgetIndex ? [3, 4] : index === prognosIndex ? [5, 6] : p.phase === 'plan' ? [7, 8] : [9, 10];
    const head = pairHeading(p.phase, p.year, p.yearLabel);
    return {
      phase: p.phase,
      year: p.year,
      yearCell: p.yearCell,
      kostnad: { col: p.k, kind: 'kostnad', number: nk, label: `(${nk}) ${head} Kostnad` },
      intakt: { col: p.i, kind: 'intakt', number: ni, label: `(${ni}) ${head} Intäkt (-)` },
    };
  });
  const ack = numbered[ackIndex];
  const budget = numbered[budgetIndex];
  const prognos = numbered[prognosIndex];
  if (!ack || !budget || !prognos) return undefined;

  const totals = resolveTotals(totalCols, phaseRow, labelAt);
  const dates = resolveDates(dateCols, phaseRow, labelAt);
  const lastDate = Math.max(...dateCols.map((c) => c.col));
  const commentCol = findCommentCol(sheet, lastDate, yearRow ?? titleRow + 1, lastHeaderRow);

  const amountColumns = [
    ...numbered.flatMap((p) => [p.kostnad, p.intakt]),
    totals.beslutat.kostnad,
    totals.beslutat.intakt,
    totals.prognos.kostnad,
    totals.prognos.intakt,
  ].sort((a, b) => a.col - b.col);
  const amountCols = mapArray(amountColumns, (c) => c.col);
  const tableCols = [...amountCols, ...dateCols.map((c) => c.col), ...(commentCol === undefined ? [] : [commentCol])];
  const rows = findTableRows(sheet, { nameCol, firstRow: lastHeaderRow + 1, amountCols, tableCols });

  return {
    nameCol,
    titleRow,
    yearRow,
    phaseRow,
    kindRow,
    lastHeaderRow,
    pairs: numbered,
    ack,
    budget,
    prognos,
    laterPrognoses: numbered.filter((p, index) => index > prognosIndex && p.phase === 'prognos'),
    totals,
    dates,
    commentCol,
    amountColumns,
    amountCols,
    currentYear,
    ...rows,
  };
}

/** The row with the most "Kostnad" headers below the title (at least three pairs). */
function findKindRow(sheet: Sheet, titleRow: number): number | undefined {
  const row = bestRow(sheet, titleRow + 1, Math.min(sheet.rowCount, titleRow + 16), (t) => /^kostnad\b/.test(t));
  if (row === undefined) return undefined;
  const count = countMatching(sheet, row, (t) => /^kostnad\b/.test(t));
  return count >= 3 ? row : undefined;
}

function findLastHeaderRow(sheet: Sheet, kindRow: number): number {
  let last = kindRow;
  for (let row = kindRow + 1; row < Math.min(sheet.rowCount, kindRow + 4); row++) {
    let any = false;
    let headerOnly = true;
    for (let col = 0; col < sheet.colCount; col++) {
      const cell = sheet.cell(row, col);
      if (cell.value.kind === 'empty') continue;
      any = true;
      if (cell.value.kind !== 'text' || cell.formula !== undefined || !HEADER_WORD.test(fold(cell.value.value))) headerOnly = false;
    }
    if (!any || !headerOnly) break;
    last = row;
  }
  return last;
}

function findNameCol(sheet: Sheet, fromRow: number, toRow: number): number {
  for (let row = fromRow; row <= toRow; row++) {
    for (let col = 0; col < Math.min(sheet.colCount, 5); col++) {
      if (/^(projekt|mnkr)$/.test(fold(textAt(sheet, row, col)))) return col;
    }
  }
  return 0;
}

function classifyColumns(sheet: Sheet, nameCol: number, kindRow: number, lastHeaderRow: number): HeaderColumn[] {
  const out: HeaderColumn[] = [];
  for (let col = nameCol + 1; col < sheet.colCount; col++) {
    const text = fold(headerText(sheet, col, kindRow, lastHeaderRow));
    if (!text) continue;
    const cls: ColumnClass = COMMENT.test(text)
      ? 'comment'
      : DATE_HEADER.test(text)
        ? 'date'
        : TOTAL.test(text)
          ? 'total'
          : INTAKT.test(text) || MINUS_MARKER.test(text)
            ? 'intakt'
            : KOSTNAD.test(text)
              ? 'kostnad'
              : 'amount';
    out.push({ col, cls, text });
  }
  return out;
}

/**
 * Kostnad comes first in every pair. A header OCR could not read ('amount') takes the role its
 * position gives it; a column whose header contradicts its position is left out of the pairs.
 */
function pairUp(cols: readonly HeaderColumn[]): Array<[number, number]> {
  const pairs: Array<[number, number]> = [];
  for (let i = 0; i < cols.length - 1; i++) {
    const a = cols[i]!;
    const b = cols[i + 1]!;
    if (a.cls !== 'intakt' && b.cls !== 'kostnad') {
      pairs.push([a.col, b.col]);
      i++;
    }
  }
  return pairs;
}

function phaseByPosition(index: number): Phase {
  if (index === 0) return 'ack';
  if (index === 1) return 'budget';
  return index % 2 === 0 ? 'prognos' : 'plan';
}

function indexAfter(pairs: ReadonlyArray<{ phase: Phase }>, after: number, phase: Phase): number | undefined {
  const i = pairs.findIndex((p, index) => index > after && p.phase === phase);
  return i < 0 ? undefined : i;
}

function pairHeading(phase: Phase, year: number | undefined, yearLabel: string): string {
  const y = year === undefined ? '(år saknas)' : String(year);
  switch (phase) {
    case 'ack':
      return yearLabel || `Ack. t.o.m. ${y}`;
    case 'budget':
      return `Budget ${y}`;
    case 'prognos':
      return `Prognos ${y}`;
    case 'plan':
      return `Plan ${y}`;
  }
}

type LabelAt = (row: number | undefined, cols: readonly number[]) => string;

/**
 * Four columns, two under "Beslutat" and two under "Prognos". An unmerged sub-header is written
 * over the first of its two columns only, so the second follows the first; unreadable → position.
 */
function beslutatOrPrognos(cols: readonly HeaderColumn[], phaseRow: number | undefined, labelAt: LabelAt): boolean[] {
  const out: boolean[] = [];
  cols.forEach((c, index) => {
    const t = fold(labelAt(phaseRow, [c.col]));
    out.push(PROGNOS.test(t) ? true : BESLUTAT.test(t) ? false : index % 2 === 1 ? out[index - 1]! : index >= 2);
  });
  return out;
}

/** (11)/(12) Beslutat and (13)/(14) Prognos: by the sub-header when readable, else by position. */
function resolveTotals(cols: readonly HeaderColumn[], phaseRow: number | undefined, labelAt: LabelAt): ProjektLayout['totals'] {
  const isPrognos = beslutatOrPrognos(cols, phaseRow, labelAt);
  const pick = (prognos: boolean, kind: AmountKind, position: number): HeaderColumn => {
    const group = cols.filter((_, index) => isPrognos[index] === prognos);
    const byText = group.find((c) => (kind === 'intakt' ? INTAKT.test(c.text) : KOSTNAD.test(c.text)));
    return byText ?? group[position] ?? cols[(prognos ? 2 : 0) + position]!;
  };
  const column = (prognos: boolean, kind: AmountKind): AmountColumn => {
    const c = pick(prognos, kind, kind === 'kostnad' ? 0 : 1);
    const number = (prognos ? 13 : 11) + (kind === 'intakt' ? 1 : 0);
    const what = kind === 'kostnad' ? 'Total kostnad' : 'Total intäkt (-)';
    return { col: c.col, kind, number, label: `(${number}) ${prognos ? 'Prognos' : 'Beslutat'} ${what}` };
  };
  return {
    beslutat: { kostnad: column(false, 'kostnad'), intakt: column(false, 'intakt') },
    prognos: { kostnad: column(true, 'kostnad'), intakt: column(true, 'intakt') },
  };
}

function resolveDates(cols: readonly HeaderColumn[], phaseRow: number | undefined, labelAt: LabelAt): ProjektLayout['dates'] {
  const isPrognos = beslutatOrPrognos(cols, phaseRow, labelAt);
  const pick = (prognos: boolean, start: boolean): DateColumn => {
    const group = cols.filter((_, index) => isPrognos[index] === prognos);
    const c = group.find((g) => START.test(g.text) === start) ?? group[start ? 0 : 1] ?? cols[(prognos ? 2 : 0) + (start ? 0 : 1)]!;
    const number = (prognos ? 17 : 15) + (start ? 0 : 1);
    return { col: c.col, number, label: `(${number}) ${prognos ? 'Prognos' : 'Beslutat'} ${start ? 'Start-datum' : 'Avslutn.datum'}` };
  };
  return { beslutatStart: pick(false, true), beslutatSlut: pick(false, false), prognosStart: pick(true, true), prognosSlut: pick(true, false) };
}

function findCommentCol(sheet: Sheet, afterCol: number, fromRow: number, toRow: number): number | undefined {
  for (let col = afterCol + 1; col < sheet.colCount; col++) {
    if (COMMENT.test(fold(headerText(sheet, col, fromRow, toRow)))) return col;
  }
  return undefined;
}

function countMatching(sheet: Sheet, row: number, test: (folded: string) => boolean): number {
  let n = 0;
  for (let col = 0; col < sheet.colCount; col++) {
    const t = textAt(sheet, row, col);
    if (t && test(fold(t))) n++;
  }
  return n;
}

/** The row in [from, to) with the most matching cells; at least two. */
function bestRow(sheet: Sheet, from: number, to: number, test: (folded: string) => boolean): number | undefined {
  let best: number | undefined;
  let bestCount = 1;
  for (let row = from; row < to; row++) {
    const n = countMatching(sheet, row, test);
    if (n > bestCount) {
      best = row;
      bestCount = n;
    }
  }
  return best;
}
