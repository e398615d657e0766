import type { CellPos } from '../../grid';
import { numberAt } from '../cell-values';
import { mapArray } from '../map-array';
import { numericView } from '../numeric-view';
import { defineRule, rowInScope, rowsInScope, type ReportFor, type RuleContext } from '../rule';
import type { CellBlock, CheckBase, FromContext } from './types';

export interface SignTarget {
  readonly cell: CellPos;
  /** 'negative': an income column marked "(-)"; 'positive': a cost column marked "(+)". */
  readonly expected: 'negative' | 'positive';
  /** The column header as printed, quoted in the message. */
  readonly header: string;
}

export type SignColumn = Omit<SignTarget, 'cell'> & { readonly col: number };

/**
 * Intäkter (-) are entered negative and Kostnader (+) positive; zero is always allowed. Cells come
 * as single targets, or as blocks of rows × signed columns (the fast path for whole tables).
 */
export function signConvention<L>(
  opts: CheckBase & {
    readonly targets?: FromContext<L, Iterable<SignTarget>>;
    readonly blocks?: FromContext<L, Iterable<CellBlock<SignColumn>>>;
  },
) {
  const messages = {
    shouldBeNegative: {
      sv: 'Kolumnen "{{header}}" anges med minustecken: {{value}} borde vara negativt.',
      en: 'Column "{{header}}" is entered as a negative number: {{value}} should be negative.',
    },
    shouldBePositive: {
      sv: 'Kolumnen "{{header}}" anges positiv: {{value}} borde vara positivt.',
      en: 'Column "{{header}}" is entered as a positive number: {{value}} should be positive.',
    },
  } as const;
  return defineRule({
    meta: { id: opts.id, severity: opts.severity ?? 'error', docs: opts.docs, messages, ...(opts.scope ? { scope: opts.scope } : {}) },
    check(ctx: RuleContext<L>) {
      const out: ReportFor<typeof messages>[] = [];
      for (const block of opts.blocks?.(ctx) ?? []) {
        if (!ctx.rows) {
          // A whole run reads the table through the view other rules share.
          const cols = mapArray(block.columns, (c) => c.col);
          const view = numericView(ctx.sheet, block.rows, cols);
          // Column by column: each walk is down one typed array.
          for (let i = 0; i < cols.length; i++) {
            const values = view.values[i]!;
            const c = block.columns[i]!;
            const negative = c.expected === 'negative';
            for (let r = 0; r < block.rows.length; r++) {
              const value = values[block.rows[r]! - view.base]!;
              if (negative ? value > 0 : value < 0) {
                out.push({ messageId: negative ? 'shouldBeNegative' : 'shouldBePositive', cell: { row: block.rows[r]!, col: c.col }, data: { header: c.header, value } } as const);
              }
            }
          }
          continue;
        }
        const rows = rowsInScope(ctx, block.rows);
        const columns = block.columns;
        // Index loops: this runs for every cell of a table, and for-of allocated an iterator per row.
        for (let r = 0; r < rows.length; r++) {
          const row = rows[r]!;
          for (let i = 0; i < columns.length; i++) {
            const c = columns[i]!;
            const v = ctx.sheet.cell(row, c.col).value;
            const value = v.kind === 'number' ? v.value : v.kind === 'text' ? numberAt(ctx.sheet, row, c.col) : undefined;
            if (value === undefined || value === 0) continue;
            if (c.expected === 'negative' ? value > 0 : value < 0) {
              out.push({
                messageId: c.expected === 'negative' ? 'shouldBeNegative' : 'shouldBePositive',
                cell: { row, col: c.col },
                data: { header: c.header, value },
              } as const);
            }
          }
        }
      }
      for (const t of opts.targets?.(ctx) ?? []) {
        if (!rowInScope(ctx, t.cell.row)) continue;
        const value = numberAt(ctx.sheet, t.cell.row, t.cell.col);
        if (value === undefined) continue;
        if (t.expected === 'negative' && value > 0) out.push({ messageId: 'shouldBeNegative', cell: t.cell, data: { header: t.header, value } } as const);
        if (t.expected === 'positive' && value < 0) out.push({ messageId: 'shouldBePositive', cell: t.cell, data: { header: t.header, value } } as const);
      }
      return out;
    },
  });
}
