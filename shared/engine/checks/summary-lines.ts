import { type CellPos, isBlank } from '../../grid';
import type { Localized } from '../../locale';
import { nearlyEqual, numberAt, numberOrZero, textAt } from '../cell-values';
import { defineRule, type RuleContext } from '../rule';
import type { CheckBase, FromContext } from './types';

export interface SummaryPart {
  readonly row: number;
  readonly label: string;
}

/** A line that adds up other lines of the same table ("Kostnader", "Summa drift", "Årets resultat"). */
export interface SummaryLine {
  readonly row: number;
  /** The line's label as printed, quoted in the message. */
  readonly label: string;
  readonly parts: readonly SummaryPart[];
  /** How the parts read in the message ('kontona 30–38'); the part labels joined by ' + ' if absent. */
  readonly partsText?: Localized;
}

export interface SummaryColumn {
  readonly col: number;
  readonly header: string;
}

/**
 * Every summary line equals the sum of its parts, column by column. Unlike `columnSum` a table may
 * hold many such lines, nested (a group of accounts, then a total of groups), and the message names
 * the line and its parts, since a ledger's totals are known by their labels, not by their place.
 */
export function summaryLines<L>(opts: CheckBase & {
  readonly lines: FromContext<L, Iterable<SummaryLine>>;
  readonly columns: FromContext<L, Iterable<SummaryColumn>>;
  readonly tolerance?: number;
}) {
  const messages = {
    lineMismatch: {
      sv: '"{{line}}" är {{actual}} i kolumnen "{{column}}", men {{parts}} ger {{expected}}.',
      en: '"{{line}}" is {{actual}} in column "{{column}}", but {{parts}} make {{expected}}.',
    },
  } as const;
  return defineRule({
    meta: { id: opts.id, severity: opts.severity ?? 'error', docs: opts.docs, messages },
    *check(ctx: RuleContext<L>) {
      const columns = [...opts.columns(ctx)];
      for (const line of opts.lines(ctx)) {
        const partsText = line.partsText ?? joined(line.parts);
        for (const { col, header } of columns) {
          const totalCell = ctx.sheet.cell(line.row, col);
          if (isBlank(totalCell) && line.parts.every((p) => ctx.sheet.isBlank(p.row, col))) continue;
          // A total that is text but no number is quoted, never read as 0.
          const actual = numberAt(ctx.sheet, line.row, col) ?? (isBlank(totalCell) ? 0 : textAt(ctx.sheet, line.row, col));
          const expected = line.parts.reduce((s, p) => s + numberOrZero(ctx.sheet, p.row, col), 0);
          if (typeof actual === 'string' || !nearlyEqual(actual, expected, opts.tolerance ?? 0)) {
            const related: CellPos[] = line.parts.map((p) => ({ row: p.row, col }));
            const data = { line: line.label, column: header, parts: partsText, actual, expected: Math.round(expected * 1e6) / 1e6 };
            yield { messageId: 'lineMismatch', cell: { row: line.row, col }, related, data } as const;
          }
        }
      }
    },
  });
}

function joined(parts: readonly SummaryPart[]): Localized {
  const text = parts.map((p) => p.label).join(' + ');
  return { sv: text, en: text };
}
