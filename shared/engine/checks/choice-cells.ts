import { type CellPos, cellText, isBlank } from '../../grid';
import { shownCell } from '../merged-cells';
import { fold } from '../recognise-helpers';
import { defineRule, rowInScope, type RuleContext } from '../rule';
import type { CheckBase, FromContext } from './types';

/**
 * A cell filled with one of the template's fixed choices (Bedömning, UBARA, reporting points).
 * Choices compare folded (case, å/ä/ö and spacing ignored: OCR lost the diacritics), and with a
 * `separator` a cell may name several ('T1,T2 och VB', 'T2 samt VB').
 */
export function choiceCells<L>(opts: CheckBase & {
  readonly cells: FromContext<L, Iterable<CellPos>>;
  /** The choices as the template prints them; the message lists them in this order. */
  readonly choices: readonly string[];
  readonly separator?: RegExp;
}) {
  const messages = {
    missing: {
      sv: 'Cellen är tom; välj {{choices}}.',
      en: 'The cell is empty; choose {{choices}}.',
    },
    notAllowed: {
      sv: '"{{text}}" är inget av de tillåtna värdena {{choices}}.',
      en: '"{{text}}" is none of the allowed values {{choices}}.',
    },
  } as const;
  const allowed = new Set(opts.choices.map(fold));
  const listed = opts.choices.join(' / ');
  return defineRule({
    meta: { id: opts.id, severity: opts.severity ?? 'error', docs: opts.docs, messages, ...(opts.scope ? { scope: opts.scope } : {}) },
    *check(ctx: RuleContext<L>) {
      for (const cell of opts.cells(ctx)) {
        if (!rowInScope(ctx, cell.row)) continue;
        if (isBlank(shownCell(ctx.sheet, cell.row, cell.col))) {
          yield { messageId: 'missing', cell, data: { choices: listed } } as const;
          continue;
        }
        const text = cellText(shownCell(ctx.sheet, cell.row, cell.col)).trim();
        const parts = opts.separator ? text.split(opts.separator) : [text];
        const named = parts.map((p) => fold(p).replace(/[.:;]$/, '')).filter((p) => p !== '');
        if (named.length === 0 || named.some((p) => !allowed.has(p))) {
          yield { messageId: 'notAllowed', cell, data: { text, choices: listed } } as const;
        }
      }
    },
  });
}
