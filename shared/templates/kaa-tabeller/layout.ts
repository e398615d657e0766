import { type Sheet, columnLetters } from '../../grid';
import { type Edition, fold, textAt } from '../../engine';

/**
 * The KAA annual report's tables and the survey summaries (templates.md Appendix A, "ej mall"):
 * no city template, but count tables of one shape. A sheet holds one or more blocks, each a title
 * line, a header row and rows of counts and shares; "Totalt" rows add up the rows above them,
 * "Totalt" columns the columns to their left, and "Andel" or "%" columns are a count divided by
 * its population, printed to whole per cent (or one decimal).
 */

export type ColumnKind = 'count' | 'share';

export interface BlockColumn {
  readonly col: number;
  /** As printed; "kolumn B" when the extraction lost the label. */
  readonly header: string;
  readonly kind: ColumnKind;
}

export interface TotalRow {
  readonly row: number;
  readonly label: string;
  /** The rows it adds up: those since the block's start or its previous total row. */
  readonly parts: readonly number[];
}

export interface SumColumn {
  readonly col: number;
  readonly header: string;
  readonly parts: readonly number[];
}

/** A share column: on each row, the numerator column divided by the base (a column, or a total row's cell). */
export interface ShareColumn {
  readonly col: number;
  readonly header: string;
  readonly numerator: number;
  readonly base: { readonly kind: 'column'; readonly col: number } | { readonly kind: 'totalRow'; readonly row: number };
  /** Decimals the share is printed with: 0 for '70%', 1 for '28,2%'. */
  readonly decimals: number;
}

export interface Block {
  readonly title: string;
  readonly headerRow: number;
  readonly columns: readonly BlockColumn[];
  /** Every row of the block under the header, totals included. */
  readonly rows: readonly number[];
  readonly totalRows: readonly TotalRow[];
  readonly sumColumns: readonly SumColumn[];
  readonly shares: readonly ShareColumn[];
  /** Share columns with no count to divide: parts of a whole that add up to 100 %. */
  readonly wholes: readonly (BlockColumn & { readonly decimals: number })[];
}

export type TableKind = 'resultat-per-jobbtorg' | 'uppsok-och-stod' | 'enkater';

export interface KaaLayout {
  readonly kind: TableKind;
  readonly blocks: readonly Block[];
}

const SIGNATURES: readonly (readonly [TableKind, RegExp])[] = [
  ['resultat-per-jobbtorg', /resultat fordelat over jobbtorgen|^jobbtorg \| inskrivna \| avslutade\b/],
  ['uppsok-och-stod', /omfattades av uppsok|nadda och ej nadda|ungdomar i kaa\b|tagit del av stod/],
  ['enkater', /hur kom du i kontakt med oss|kannedom om styrande dokument/],
];

const TOTAL_LABEL = /(^|\s)(totalt?|summa)$|^(totalt?|summa)\b/;
const SHARE_HEADER = /^andel\b|^%$|procent/;

export function resolveLayout(sheet: Sheet): KaaLayout | undefined {
  const blocks = findBlocks(sheet);
  for (const [kind, signature] of SIGNATURES) {
    if (blocks.some((b) => signature.test(fold(b.title)) || signature.test(headerLine(sheet, b)))) return { kind, blocks };
  }
  return undefined;
}

export function editionOf(sheet: Sheet, layout: KaaLayout): Edition {
  const label = { 'resultat-per-jobbtorg': 'Resultat fördelat över Jobbtorgen', 'uppsok-och-stod': 'Uppsök, nådda och stöd', enkater: 'Enkätsammanställningar' }[layout.kind];
  for (let row = 0; row < Math.min(sheet.rowCount, 5); row++) {
    const year = /kaa[^0-9]*\b(20\d\d)\b/.exec(fold(textAt(sheet, row, 0)))?.[1];
    if (year) return { id: `${layout.kind}-${year}`, label: `KAA årsrapport ${year}: ${label}`, year: Number(year) };
  }
  return { id: layout.kind, label };
}

function headerLine(sheet: Sheet, b: Block): string {
  const cells = [textAt(sheet, b.headerRow, 0), ...b.columns.map((c) => textAt(sheet, b.headerRow, c.col))];
  return fold(cells.join(' | '));
}

function isNumberCell(sheet: Sheet, row: number, col: number): boolean {
  return sheet.value(row, col).kind === 'number';
}

function isDataRow(sheet: Sheet, row: number): boolean {
  if (sheet.rowIsEmpty(row)) return false;
  for (let col = 1; col < sheet.colCount; col++) if (isNumberCell(sheet, row, col)) return true;
  return false;
}

/**
 * A labelled row whose numbers are all empty still belongs to its table when it is a total row or
 * more rows follow: an emptied "Totalt" is what a fill is for, not the end of the table.
 */
function isEmptiedRow(sheet: Sheet, row: number): boolean {
  const label = fold(textAt(sheet, row, 0));
  if (label === '') return false;
  for (let col = 1; col < sheet.colCount; col++) if (textAt(sheet, row, col) !== '') return false;
  return TOTAL_LABEL.test(label) || isDataRow(sheet, row + 1);
}

function isBlankRow(sheet: Sheet, row: number): boolean {
  for (let col = 0; col < sheet.colCount; col++) if (textAt(sheet, row, col) !== '') return false;
  return true;
}

function findBlocks(sheet: Sheet): Block[] {
  const blocks: Block[] = [];
  for (let row = 0; row < sheet.rowCount; row++) {
    if (isDataRow(sheet, row) || !isDataRow(sheet, row + 1)) continue;
    const rows: number[] = [];
    for (let r = row + 1; r < sheet.rowCount && (isDataRow(sheet, r) || isEmptiedRow(sheet, r)); r++) rows.push(r);
    blocks.push(buildBlock(sheet, row, rows));
    row = rows.at(-1)!;
  }
  return blocks;
}

function buildBlock(sheet: Sheet, headerRow: number, rows: readonly number[]): Block {
  let title = '';
  for (let r = headerRow - 1; r >= Math.max(0, headerRow - 3) && title === ''; r--) if (!isBlankRow(sheet, r)) title = textAt(sheet, r, 0);

  const columns: BlockColumn[] = [];
  for (let col = 1; col < sheet.colCount; col++) {
    const printed = textAt(sheet, headerRow, col).replace(/\s+/g, ' ');
    const numbers = rows.filter((r) => isNumberCell(sheet, r, col));
    if (printed === '' && numbers.length === 0) continue;
    const percentFormat = numbers.some((r) => /%/.test(sheet.cell(r, col).numFmt ?? ''));
    const kind: ColumnKind = SHARE_HEADER.test(fold(printed)) || percentFormat ? 'share' : 'count';
    columns.push({ col, header: printed || `kolumn ${columnLetters(col)}`, kind });
  }

  const totalRows: TotalRow[] = [];
  let from = 0;
  rows.forEach((row, i) => {
    if (!TOTAL_LABEL.test(fold(textAt(sheet, row, 0)))) return;
    const parts = rows.slice(from, i);
    if (parts.length > 0) totalRows.push({ row, label: textAt(sheet, row, 0), parts });
    from = i + 1;
  });

  const counts = columns.filter((c) => c.kind === 'count');
  const sumColumns: SumColumn[] = [];
  for (const c of counts) {
    const h = fold(c.header);
    if (/^totalt?$/.test(h)) {
      const parts = counts.filter((o) => o.col < c.col && !sumColumns.some((s) => s.col === o.col)).map((o) => o.col);
      if (parts.length > 1) sumColumns.push({ col: c.col, header: c.header, parts });
      continue;
    }
    // "Antal till studier/arbete" adds the columns ending "… till studier" and "… till arbete".
    const either = /(\S+)\/(\S+)$/.exec(h);
    if (either) {
      const parts = [either[1]!, either[2]!].map((w) => counts.filter((o) => o.col !== c.col && fold(o.header).endsWith(` ${w}`)));
      if (parts.every((p) => p.length === 1)) sumColumns.push({ col: c.col, header: c.header, parts: parts.map((p) => p[0]!.col) });
    }
  }

  const shares: ShareColumn[] = [];
  const wholes: (BlockColumn & { decimals: number })[] = [];
  const plainCounts = counts.filter((c) => !sumColumns.some((s) => s.col === c.col));
  for (const c of columns.filter((x) => x.kind === 'share')) {
    const left = counts.filter((o) => o.col < c.col);
    const numerator = left.at(-1);
    const decimals = decimalsOf(sheet, rows, c.col);
    if (!numerator) {
      wholes.push({ ...c, decimals });
      continue;
    }
    // One count and a total: each answer's share of all answers ("%" beside "Antal").
    if (plainCounts.length === 1 && totalRows.length > 0) {
      shares.push({ col: c.col, header: c.header, numerator: numerator.col, base: { kind: 'totalRow', row: totalRows.at(-1)!.row }, decimals });
      continue;
    }
    // An outcome's share is of the last population before it: "Antal avslutade till studier" of
    // "Avslutade", "Avslutade" of "Inskrivna".
    const population = left.filter((o) => o.col < numerator.col && !/\btill\b/.test(fold(o.header))).at(-1);
    if (population) shares.push({ col: c.col, header: c.header, numerator: numerator.col, base: { kind: 'column', col: population.col }, decimals });
  }
  return { title, headerRow, columns, rows, totalRows, sumColumns, shares, wholes };
}

/** The decimals of the percent format the column's cells carry; whole per cent when none says. */
function decimalsOf(sheet: Sheet, rows: readonly number[], col: number): number {
  for (const r of rows) {
    const m = /0(?:\.(0+))?%/.exec(sheet.cell(r, col).numFmt ?? '');
    if (m) return m[1]?.length ?? 0;
  }
  return 0;
}

/** The cells a share is computed from on one row. */
export function shareOperands(share: ShareColumn, row: number): { numerator: { row: number; col: number }; base: { row: number; col: number } } {
  const base = share.base.kind === 'column' ? { row, col: share.base.col } : { row: share.base.row, col: share.numerator };
  return { numerator: { row, col: share.numerator }, base };
}
