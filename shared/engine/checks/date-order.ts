import { type Cell, type CellPos, isBlank } from '../../grid';
import { TableDates, isoDateOf } from '../date-view';
import { defineRule, rowInScope, type ReportFor, type RuleContext } from '../rule';
import type { CellBlock, CheckBase, FromContext } from './types';

export interface DatePair {
  readonly start: CellPos;
  readonly end: CellPos;
}

/** Start and end columns of a table: every row of the block holds one such pair. */
export interface DateColumnPair {
  readonly start: number;
  readonly end: number;
}

/**
 * Start ≤ end for each pair; a non-empty cell that is no date is reported too. Pairs come one by
 * one, or as blocks of rows × column pairs (the fast path for long tables: no object per pair).
 */
function notADate(cell: Cell, pos: CellPos) {
  const v = cell.value;
  return { messageId: 'notADate', cell: pos, data: { text: v.kind === 'empty' ? '' : String(v.value) } } as const;
}

export function dateOrder<L>(opts: CheckBase & {
  readonly pairs?: FromContext<L, Iterable<DatePair>>;
  readonly blocks?: FromContext<L, Iterable<CellBlock<DateColumnPair>>>;
}) {
  const messages = {
    endBeforeStart: {
      sv: 'Slutdatum {{end}} ligger före startdatum {{start}}.',
      en: 'End date {{end}} is before start date {{start}}.',
    },
    notADate: {
      sv: '"{{text}}" är inget datum; skriv datum som ÅÅÅÅ-MM-DD.',
      en: '"{{text}}" is not a date; write dates as YYYY-MM-DD.',
    },
  } as const;
  return defineRule({
    meta: { id: opts.id, severity: opts.severity ?? 'error', docs: opts.docs, messages, ...(opts.scope ? { scope: opts.scope } : {}) },
    check(ctx: RuleContext<L>) {
      const out: ReportFor<typeof messages>[] = [];
      const judge = (startRow: number, startCol: number, endRow: number, endCol: number) => {
        const startCell = ctx.sheet.cell(startRow, startCol);
        const endCell = ctx.sheet.cell(endRow, endCol);
        // Blank cells, the common case in a long table, skip the date parse altogether.
        if (startCell.value.kind === 'empty' && endCell.value.kind === 'empty') return;
        const start = isoDateOf(startCell);
        const end = isoDateOf(endCell);
        if (!isBlank(startCell) && start === undefined) out.push(notADate(startCell, { row: startRow, col: startCol }));
        if (!isBlank(endCell) && end === undefined) out.push(notADate(endCell, { row: endRow, col: endCol }));
        if (start !== undefined && end !== undefined && end < start) {
          out.push({ messageId: 'endBeforeStart', cell: { row: endRow, col: endCol }, related: [{ row: startRow, col: startCol }], data: { start, end } } as const);
        }
      };
      for (const block of opts.blocks?.(ctx) ?? []) {
        // The dates through the view other rules share (of just its rows in a scoped run); a cell
        // is read again only to quote what it holds.
        const cols = block.columns.flatMap((pair) => [pair.start, pair.end]);
        const dates = TableDates.of(ctx, block.rows, cols);
        for (let i = 0; i < dates.rows.length; i++) {
          const row = dates.rows[i]!;
          for (let j = 0; j < cols.length; j += 2) {
            const start = dates.day(i, j);
            const end = dates.day(i, j + 1);
            if (Number.isNaN(start) && !dates.blank(i, j)) out.push(notADate(ctx.sheet.cell(row, cols[j]!), { row, col: cols[j]! }));
            if (Number.isNaN(end) && !dates.blank(i, j + 1)) out.push(notADate(ctx.sheet.cell(row, cols[j + 1]!), { row, col: cols[j + 1]! }));
            if (end < start) {
              const data = { start: dates.iso(i, j)!, end: dates.iso(i, j + 1)! };
              out.push({ messageId: 'endBeforeStart', cell: { row, col: cols[j + 1]! }, related: [{ row, col: cols[j]! }], data } as const);
            }
          }
        }
      }
      for (const p of opts.pairs?.(ctx) ?? []) {
        if (rowInScope(ctx, p.end.row)) judge(p.start.row, p.start.col, p.end.row, p.end.col);
      }
      return out;
    },
  });
}
