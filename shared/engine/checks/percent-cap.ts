import type { CellPos } from '../../grid';
import { percent } from '../../locale';
import { nearlyEqual, numberAt } from '../cell-values';
import { defineRule, rowInScope, type RuleContext } from '../rule';
import type { CheckBase, FromContext } from './types';

export interface CapTarget {
  readonly value: CellPos;
  readonly base: CellPos;
  /** Cap as a fraction of |base| for a positive value and for a negative value. */
  readonly capPositive: number;
  readonly capNegative: number;
}

/** |value| ≤ cap × |base|, with its own cap for each sign (överskott 10 %, underskott 5 %). */
export function percentCap<L>(opts: CheckBase & { readonly targets: FromContext<L, Iterable<CapTarget>> }) {
  const messages = {
    overCap: {
      sv: 'Beloppet {{actual}} är {{share}} av {{base}}; högst {{cap}} är tillåtet ({{limit}}).',
      en: 'The amount {{actual}} is {{share}} of {{base}}; at most {{cap}} is allowed ({{limit}}).',
    },
  } as const;
  return defineRule({
    meta: { id: opts.id, severity: opts.severity ?? 'error', docs: opts.docs, messages, ...(opts.scope ? { scope: opts.scope } : {}) },
    *check(ctx: RuleContext<L>) {
      for (const t of opts.targets(ctx)) {
        if (!rowInScope(ctx, t.value.row)) continue;
        const actual = numberAt(ctx.sheet, t.value.row, t.value.col);
        const base = numberAt(ctx.sheet, t.base.row, t.base.col);
        if (actual === undefined || base === undefined || actual === 0) continue;
        const capShare = actual > 0 ? t.capPositive : t.capNegative;
        const limit = Math.abs(base) * capShare;
        // Relative slack: 391 195 848,4 × 0,1 is 39 119 584,839999996 in binary, and exactly 10 % is allowed.
        if (Math.abs(actual) > limit && !nearlyEqual(Math.abs(actual), limit, 0)) {
          yield {
            messageId: 'overCap',
            cell: t.value,
            related: [t.base],
            data: {
              actual,
              base,
              // Any amount is an unbounded share of a zero base; '100,0%' would be untrue.
              share: base === 0 ? { sv: 'mer än 100%', en: 'more than 100%' } : percent(Math.abs(actual) / Math.abs(base)),
              cap: percent(capShare),
              limit: Math.round(limit * 100) / 100,
            },
          } as const;
        }
      }
    },
  });
}
