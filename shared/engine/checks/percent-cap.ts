import type { CellPos } from '../../grid';
import { percent } from '../../locale';
import { numberAt } from '../cell-values';
import { defineRule, type RuleContext } from '../rule';
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
    meta: { id: opts.id, severity: opts.severity ?? 'error', docs: opts.docs, messages },
    *check(ctx: RuleContext<L>) {
      for (const t of opts.targets(ctx)) {
        const actual = numberAt(ctx.sheet, t.value.row, t.value.col);
        const base = numberAt(ctx.sheet, t.base.row, t.base.col);
        if (actual === undefined || base === undefined || actual === 0) continue;
        const capShare = actual > 0 ? t.capPositive : t.capNegative;
        const limit = Math.abs(base) * capShare;
        if (Math.abs(actual) > limit + 1e-9) {
          yield {
            messageId: 'overCap',
            cell: t.value,
            related: [t.base],
            data: {
              actual,
              base,
              share: percent(base === 0 ? 1 : Math.abs(actual) / Math.abs(base)),
              cap: percent(capShare),
              limit: Math.round(limit * 100) / 100,
            },
          } as const;
        }
      }
    },
  });
}
