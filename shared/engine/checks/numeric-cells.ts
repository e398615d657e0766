import { type CellPos, isBlank } from '../../grid';
import { parseSvNumber } from '../../locale';
import { defineRule, type RuleContext } from '../rule';
import type { CheckBase, FromContext } from './types';

/**
 * Cells meant to hold numbers hold numbers. A number stored as text is skipped by Excel's SUM, and
 * an OCR slip ('00' for '0,0') is read with its likely value but always reported, never repaired
 * in silence.
 */
export function numericCells<L>(opts: CheckBase & { readonly cells: FromContext<L, Iterable<CellPos>> }) {
  const messages = {
    numberAsText: {
      sv: 'Talet "{{text}}" är lagrat som text och räknas inte med i summor; skriv det som ett tal.',
      en: 'The number "{{text}}" is stored as text and is left out of sums; enter it as a number.',
    },
    suspiciousNumber: {
      sv: '"{{text}}" tolkas som {{value}}, men formatet avviker: {{warning}}',
      en: '"{{text}}" is read as {{value}}, but the format is off: {{warning}}',
    },
    notANumber: {
      sv: '"{{text}}" är inget tal, men kolumnen kräver ett belopp.',
      en: '"{{text}}" is not a number, but the column requires an amount.',
    },
  } as const;
  return defineRule({
    meta: { id: opts.id, severity: opts.severity ?? 'error', docs: opts.docs, messages },
    *check(ctx: RuleContext<L>) {
      for (const pos of opts.cells(ctx)) {
        const cell = ctx.sheet.cell(pos.row, pos.col);
        if (isBlank(cell) || cell.value.kind === 'number' || cell.formula !== undefined) continue;
        const v = cell.value;
        const text = v.kind === 'empty' ? '' : String(v.value);
        if (v.kind !== 'text') {
          yield { messageId: 'notANumber', cell: pos, data: { text } } as const;
          continue;
        }
        const p = parseSvNumber(text);
        if (!p.ok) yield { messageId: 'notANumber', cell: pos, data: { text } } as const;
        else if (p.warnings.length > 0) {
          yield { messageId: 'suspiciousNumber', cell: pos, data: { text, value: p.value, warning: { sv: p.warnings.map((w) => w.sv).join('; '), en: p.warnings.map((w) => w.en).join('; ') } } } as const;
        } else yield { messageId: 'numberAsText', cell: pos, data: { text } } as const;
      }
    },
  });
}
