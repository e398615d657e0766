import type { CellPos } from '../../grid';
import type { MessageValue } from '../../locale';
import { defineRule, type MessageTemplate, rowInScope, type RuleContext } from '../rule';
import type { CheckBase, FromContext } from './types';

export interface CommentDemand {
  /** Where the comment must be written: the problem sits here, where the person must act. */
  readonly commentCell: CellPos;
  /** The cells whose values triggered the demand. */
  readonly triggeredBy: readonly CellPos[];
  readonly data: Readonly<Record<string, MessageValue>>;
}

/**
 * When a condition holds (prognos ≠ budget, prognos date ≠ decided date …) a comment cell must not
 * be empty. The template words the message, since the reason differs per template; its
 * placeholders are filled from each demand's data.
 */
export function requiredComment<L>(opts: CheckBase & {
  readonly message: MessageTemplate;
  readonly demands: FromContext<L, Iterable<CommentDemand>>;
}) {
  const messages = { missingComment: opts.message };
  return defineRule({
    meta: { id: opts.id, severity: opts.severity ?? 'error', docs: opts.docs, messages, ...(opts.scope ? { scope: opts.scope } : {}) },
    *check(ctx: RuleContext<L>) {
      for (const d of opts.demands(ctx)) {
        if (!rowInScope(ctx, d.commentCell.row)) continue;
        if (ctx.sheet.isBlank(d.commentCell.row, d.commentCell.col)) {
          yield { messageId: 'missingComment', cell: d.commentCell, related: d.triggeredBy, data: d.data } as never;
        }
      }
    },
  });
}
