import type { Localized } from '../../locale';
import type { SummaryLine } from '../../engine/checks';
import { textAt } from '../../engine';
import type { Sheet } from '../../grid';
import type { Block, KostnadsanalysLayout } from './layout';

/** Kostnader and Intäkter (-) over their rows, and Netto over the two. */
export function summaryLinesOf(sheet: Sheet, layout: KostnadsanalysLayout): SummaryLine[] {
  const block = (b: Block, text: Localized): SummaryLine => ({
    row: b.row,
    label: b.label,
    parts: b.rows.map((row) => ({ row, label: textAt(sheet, row, layout.labelCol) || '(rad utan rubrik)' })),
    partsText: text,
  });
  const lines = [block(layout.kostnader, { sv: 'raderna under den', en: 'the lines below it' })];
  if (layout.intakter) lines.push(block(layout.intakter, { sv: 'raderna under den', en: 'the lines below it' }));
  if (layout.netto) {
    const parts = [layout.kostnader, ...(layout.intakter ? [layout.intakter] : [])].map((b) => ({ row: b.row, label: b.label }));
    lines.push({ row: layout.netto.row, label: layout.netto.label, parts });
  }
  return lines;
}
