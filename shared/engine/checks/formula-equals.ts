import { type CellPos, isBlank } from '../../grid';
import { nearlyEqual, numberAt, textAt } from '../cell-values';
import { defineRule, rowInScope, type RuleContext } from '../rule';
import type { CheckBase, FromContext } from './types';

export interface FormulaTarget {
  readonly cell: CellPos;
  /** The value the template's arithmetic gives; undefined skips the cell (inputs missing). */
  readonly expected: number | undefined;
  readonly related: readonly CellPos[];
}

/**
 * A cell equals an expression over other cells: ratios, 5 % of a budget, Avvikelse = budget −
 * prognos. `formula` is the human wording of the expression shown in the message.
 */
export function formulaEquals<L>(opts: CheckBase & {
  readonly formula: { readonly sv: string; readonly en: string };
  readonly targets: FromContext<L, Iterable<FormulaTarget>>;
  readonly tolerance?: number;
}) {
  const messages = {
    mismatch: {
      sv: `Värdet {{actual}} borde vara {{expected}} (${opts.formula.sv}).`,
      en: `The value {{actual}} should be {{expected}} (${opts.formula.en}).`,
    },
  } as const;
  return defineRule({
    meta: { id: opts.id, severity: opts.severity ?? 'error', docs: opts.docs, messages, ...(opts.scope ? { scope: opts.scope } : {}) },
    *check(ctx: RuleContext<L>) {
      for (const t of opts.targets(ctx)) {
        if (!rowInScope(ctx, t.cell.row)) continue;
        if (t.expected === undefined) continue;
        const cell = ctx.sheet.cell(t.cell.row, t.cell.col);
        // Text that is no number is quoted, never read as 0 (which would pass where 0 is due).
        const actual = numberAt(ctx.sheet, t.cell.row, t.cell.col) ?? (isBlank(cell) ? 0 : textAt(ctx.sheet, t.cell.row, t.cell.col));
        if (typeof actual === 'string' || !nearlyEqual(actual, t.expected, opts.tolerance ?? 0)) {
          yield { messageId: 'mismatch', cell: t.cell, related: t.related, data: { actual, expected: Math.round(t.expected * 1e6) / 1e6 } } as const;
        }
      }
    },
  });
}
