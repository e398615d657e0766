import { type RangePos, SHADOW_KIND, SHADOW_KIND_MASK, isBlank } from '../../grid';
import { nearlyEqual, numberAt, numberOrZero, textAt } from '../cell-values';
import { numericView } from '../numeric-view';
import { columnsInScope, defineRule, type ReportFor, type RuleContext } from '../rule';
import type { CheckBase, FromContext } from './types';

const messages = {
  sumMismatch: {
    sv: 'Summan {{actual}} stämmer inte med summan av raderna ({{expected}}).',
    en: 'The total {{actual}} does not equal the sum of the rows ({{expected}}).',
  },
} as const;

/**
 * A total row equals the sum of its data rows, column by column. Rows for which `isSubtotal`
 * holds ("delsummeringar") are left out of the sum so they are not counted twice.
 */
export function columnSum<L>(opts: CheckBase & {
  readonly columns: FromContext<L, readonly number[]>;
  readonly dataRows: FromContext<L, readonly number[]>;
  readonly totalRow: FromContext<L, number | undefined>;
  readonly isSubtotal?: (ctx: RuleContext<L>, row: number) => boolean;
  readonly tolerance?: number;
}) {
  return defineRule({
    // Each total sums its own column: an edit re-checks only the columns it touched.
    meta: { id: opts.id, severity: opts.severity ?? 'error', docs: opts.docs, messages, scope: 'column' },
    check(ctx: RuleContext<L>) {
      const out: ReportFor<typeof messages>[] = [];
      const total = opts.totalRow(ctx);
      if (total === undefined) return out;
      const { sheet } = ctx;
      const isSubtotal = opts.isSubtotal;
      const rows = isSubtotal ? opts.dataRows(ctx).filter((r) => !isSubtotal(ctx, r)) : opts.dataRows(ctx);
      const columns = columnsInScope(ctx, opts.columns(ctx));
      const sums = new Float64Array(columns.length);
      const filled = new Uint8Array(columns.length);
      if (!ctx.columns) {
        // A whole run reads the table through the view other rules share.
        const view = numericView(sheet, rows, columns);
        for (let i = 0; i < columns.length; i++) {
          const codes = view.codes[i]!;
          const values = view.values[i]!;
          let sum = 0;
          for (let r = 0; r < rows.length; r++) {
            const at = rows[r]! - view.base;
            if ((codes[at]! & SHADOW_KIND_MASK) === SHADOW_KIND.empty) continue;
            filled[i] = 1;
            const v = values[at]!;
            if (v === v) sum += v;
          }
          sums[i] = sum;
        }
      } else {
        for (const row of rows) {
          for (let i = 0; i < columns.length; i++) {
            const v = sheet.cell(row, columns[i]!).value;
            if (v.kind === 'empty') continue;
            filled[i] = 1;
            sums[i] = sums[i]! + (v.kind === 'number' ? v.value : numberOrZero(sheet, row, columns[i]!));
          }
        }
      }
      for (let i = 0; i < columns.length; i++) {
        const col = columns[i]!;
        const totalCell = sheet.cell(total, col);
        if (totalCell.value.kind === 'empty' && !filled[i]) continue;
        // A total that is text but no number ('se bilaga', '#REF!') is quoted, never read as 0.
        const actual = numberAt(sheet, total, col) ?? (isBlank(totalCell) ? 0 : textAt(sheet, total, col));
        const expected = sums[i]!;
        if (typeof actual === 'string' || !nearlyEqual(actual, expected, opts.tolerance ?? 0)) {
          out.push({ messageId: 'sumMismatch', cell: { row: total, col }, related: runsOf(rows, col), data: { actual, expected: round(expected) } } as const);
        }
      }
      return out;
    },
  });
}

/** The summed rows of a column as ranges of consecutive rows: one range for a plain table. */
function runsOf(rows: readonly number[], col: number): RangePos[] {
  const out: RangePos[] = [];
  for (let i = 0; i < rows.length; ) {
    let j = i;
    while (j + 1 < rows.length && rows[j + 1] === rows[j]! + 1) j++;
    out.push({ start: { row: rows[i]!, col }, end: { row: rows[j]!, col } });
    i = j + 1;
  }
  return out;
}

function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
