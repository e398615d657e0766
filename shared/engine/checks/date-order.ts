import { type Cell, type CellPos, isBlank } from '../../grid';
import { isIsoDate } from '../../locale';
import { defineRule, type RuleContext } from '../rule';
import type { CheckBase, FromContext } from './types';

export interface DatePair {
  readonly start: CellPos;
  readonly end: CellPos;
}

/** The ISO date of a cell: a real date, or text written as yyyy-mm-dd of a day that exists. */
export function isoDateOf(cell: Cell): string | undefined {
  const v = cell.value;
  const iso = v.kind === 'date' ? v.value.slice(0, 10) : v.kind === 'text' ? v.value.trim() : undefined;
  return iso !== undefined && isIsoDate(iso) ? iso : undefined;
}

/** Start ≤ end for each pair; a non-empty cell that is no date is reported too. */
export function dateOrder<L>(opts: CheckBase & { readonly pairs: FromContext<L, Iterable<DatePair>> }) {
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
    meta: { id: opts.id, severity: opts.severity ?? 'error', docs: opts.docs, messages },
    *check(ctx: RuleContext<L>) {
      for (const p of opts.pairs(ctx)) {
        const startCell = ctx.sheet.cell(p.start.row, p.start.col);
        const endCell = ctx.sheet.cell(p.end.row, p.end.col);
        const start = isoDateOf(startCell);
        const end = isoDateOf(endCell);
        for (const [cell, pos, iso] of [[startCell, p.start, start], [endCell, p.end, end]] as const) {
          if (!isBlank(cell) && iso === undefined) {
            const v = cell.value;
            yield { messageId: 'notADate', cell: pos, data: { text: v.kind === 'empty' ? '' : String(v.value) } } as const;
          }
        }
        if (start !== undefined && end !== undefined && end < start) {
          yield { messageId: 'endBeforeStart', cell: p.end, related: [p.start], data: { start, end } } as const;
        }
      }
    },
  });
}
