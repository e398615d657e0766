import type { CellPos } from '../../grid';
import { numberAt, textAt } from '../cell-values';
import { defineRule, type RuleContext } from '../rule';
import type { CheckBase, FromContext } from './types';

/**
 * A list must have at least one filled row, or say in words that there is nothing to list
 * ("Nämnden har inga resultatenheter"). An empty list is ambiguous: forgotten or nothing to report?
 */
export function rowsOrNilStatement<L>(opts: CheckBase & {
  readonly dataRows: FromContext<L, readonly number[]>;
  /** Columns that make a row count as filled. */
  readonly keyColumns: FromContext<L, readonly number[]>;
  readonly nilStatement: RegExp;
  /** Where the problem is shown (the first data cell, or the header when there are no rows). */
  readonly anchor: FromContext<L, CellPos>;
  /** Example wording for the message. */
  readonly example: string;
}) {
  const messages = {
    missingRows: {
      sv: 'Listan är tom. Fyll i minst en rad, eller skriv uttryckligen "{{example}}".',
      en: 'The list is empty. Fill in at least one row, or state explicitly "{{example}}".',
    },
  } as const;
  return defineRule({
    meta: { id: opts.id, severity: opts.severity ?? 'error', docs: opts.docs, messages },
    *check(ctx: RuleContext<L>) {
      const rows = opts.dataRows(ctx);
      const cols = opts.keyColumns(ctx);
      let filled = false;
      for (const row of rows) {
        for (const col of cols) {
          const t = textAt(ctx.sheet, row, col);
          if (opts.nilStatement.test(t)) return;
          // Zeros the template prints ('0', '0,0', '0 kr') are no content.
          if (t !== '' && numberAt(ctx.sheet, row, col) !== 0) filled = true;
        }
      }
      if (!filled) yield { messageId: 'missingRows', cell: opts.anchor(ctx), data: { example: opts.example } } as const;
    },
  });
}
