import { type Cell, type CellPos, SHADOW_FORMULA, isBlank } from '../../grid';
import { parseSvNumber } from '../../locale';
import { numericView } from '../numeric-view';
import { defineRule, rowInScope, rowsInScope, type ReportFor, type RuleContext } from '../rule';
import type { CellBlock, CheckBase, FromContext } from './types';

/**
 * Cells meant to hold numbers hold numbers. A number stored as text is skipped by Excel's SUM, and
 * an OCR slip ('00' for '0,0') is read with its likely value but always reported, never repaired
 * in silence.
 */
export function numericCells<L>(
  opts: CheckBase & {
    readonly cells?: FromContext<L, Iterable<CellPos>>;
    /** The fast path for whole tables: rows × columns, no object per cell. */
    readonly blocks?: FromContext<L, Iterable<CellBlock>>;
  },
) {
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
    meta: { id: opts.id, severity: opts.severity ?? 'error', docs: opts.docs, messages, ...(opts.scope ? { scope: opts.scope } : {}) },
    check(ctx: RuleContext<L>) {
      const out: ReportFor<typeof messages>[] = [];
      for (const block of opts.blocks?.(ctx) ?? []) {
        if (!ctx.rows) {
          // A whole run reads the table through the view other rules share.
          // The view knows which cells are neither numbers nor empty: only those are judged.
          const { codes, base, others } = numericView(ctx.sheet, block.rows, block.columns);
          for (let c = 0; c < others.length; c++) {
            for (const row of others[c]!) {
              if (codes[c]![row - base]! & SHADOW_FORMULA) continue;
              const pos = { row, col: block.columns[c]! };
              const problem = judge(ctx.sheet.cell(pos.row, pos.col), pos);
              if (problem) out.push(problem);
            }
          }
          continue;
        }
        const rows = rowsInScope(ctx, block.rows);
        const columns = block.columns;
        // Index loops: this runs for every cell of a table, and for-of allocated an iterator per row.
        for (let r = 0; r < rows.length; r++) {
          const row = rows[r]!;
          for (let c = 0; c < columns.length; c++) {
            const col = columns[c]!;
            const cell = ctx.sheet.cell(row, col);
            const kind = cell.value.kind;
            if (kind === 'number' || kind === 'empty' || cell.formula !== undefined) continue;
            const problem = judge(cell, { row, col });
            if (problem) out.push(problem);
          }
        }
      }
      for (const pos of opts.cells?.(ctx) ?? []) {
        if (!rowInScope(ctx, pos.row)) continue;
        const problem = judge(ctx.sheet.cell(pos.row, pos.col), pos);
        if (problem) out.push(problem);
      }
      return out;
    },
  });
}

function judge(cell: Cell, pos: CellPos) {
  if (isBlank(cell) || cell.value.kind === 'number' || cell.formula !== undefined) return undefined;
  const v = cell.value;
  const text = v.kind === 'empty' ? '' : String(v.value);
  if (v.kind !== 'text') return { messageId: 'notANumber', cell: pos, data: { text } } as const;
  const p = parseSvNumber(text);
  if (!p.ok) return { messageId: 'notANumber', cell: pos, data: { text } } as const;
  if (p.warnings.length > 0) {
    const warning = { sv: p.warnings.map((w) => w.sv).join('; '), en: p.warnings.map((w) => w.en).join('; ') };
    return { messageId: 'suspiciousNumber', cell: pos, data: { text, value: p.value, warning } } as const;
  }
  return { messageId: 'numberAsText', cell: pos, data: { text } } as const;
}
