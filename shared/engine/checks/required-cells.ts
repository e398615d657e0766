import { type CellPos, isBlank } from '../../grid';
import type { MessageValue } from '../../locale';
import { shownCell } from '../merged-cells';
import { defineRule, rowInScope, type RuleContext } from '../rule';
import type { CheckBase, FromContext } from './types';

export interface RequiredCell {
  readonly cell: CellPos;
  /** The column as the template names it ('Ansvarig', 'Tidplan'), quoted in the message. */
  readonly field: MessageValue;
}

/**
 * Cells a row must have filled (Ansvarig, Nr, Kontrollaktivitet). A blank inside a merged area
 * whose first cell is filled counts as filled: that is how grouped tables continue a value down
 * their rows, and Excel shows it there.
 */
export function requiredCells<L>(opts: CheckBase & { readonly cells: FromContext<L, Iterable<RequiredCell>> }) {
  const messages = {
    missing: {
      sv: '"{{field}}" är inte ifyllt.',
      en: '"{{field}}" is not filled in.',
    },
  } as const;
  return defineRule({
    meta: { id: opts.id, severity: opts.severity ?? 'error', docs: opts.docs, messages, ...(opts.scope ? { scope: opts.scope } : {}) },
    *check(ctx: RuleContext<L>) {
      for (const { cell, field } of opts.cells(ctx)) {
        if (!rowInScope(ctx, cell.row)) continue;
        if (isBlank(shownCell(ctx.sheet, cell.row, cell.col))) yield { messageId: 'missing', cell, data: { field } } as const;
      }
    },
  });
}
