// Raderna "Kostnader", "Intäkter (-)" och "Netto" (VP 2022, 001 rad 1702–1724): Kostnader och
// Intäkter (-) summerar raderna under sig, Netto är Kostnader + Intäkter (-), i alla sex kolumner.
import { defineFill, type FillContext } from '../../../engine';
import { num } from '../../../grid';
import type { KostnadsanalysLayout } from '../layout';
import { blockCell, type Computed, isDue, nettoCell, round } from '../model';

export default defineFill({
  meta: {
    id: 'kostnadsanalys/summary-lines',
    docs: {
      sv: 'Fyller Kostnader och Intäkter (-) med summan av raderna under dem, och Netto med Kostnader + Intäkter (-).',
      en: 'Fills Kostnader and Intäkter (-) with the sum of their lines, and Netto with Kostnader + Intäkter (-).',
      source: 'Raderna "Kostnader", "Intäkter (-)" och "Netto" (001 rad 1702–1724)',
    },
    messages: {
      blockSum: {
        sv: '"{{line}}" = summan av raderna under den = {{value}} mnkr.',
        en: '"{{line}}" = the sum of the lines below it = {{value}} mnkr.',
      },
      netto: {
        sv: '"{{line}}" = Kostnader + Intäkter (-) = {{value}} mnkr.',
        en: '"{{line}}" = Kostnader + Intäkter (-) = {{value}} mnkr.',
      },
    },
  },
  *plan({ sheet, layout }: FillContext<KostnadsanalysLayout>) {
    const source = { kind: 'computed', fillId: 'kostnadsanalys/summary-lines' } as const;
    const due = (row: number, col: number, c: Computed) => (isDue(sheet, row, col, c) ? round(c.value) : undefined);
    for (const { col } of layout.columns) {
      for (const block of [layout.kostnader, ...(layout.intakter ? [layout.intakter] : [])]) {
        const c = blockCell(sheet, layout, block.rows, col);
        const value = due(block.row, col, c);
        if (value !== undefined) {
          yield { messageId: 'blockSum', cell: { row: block.row, col }, data: { line: block.label, value }, value: num(value), formula: c.formula, source } as const;
        }
      }
      if (layout.netto) {
        const c = nettoCell(sheet, layout, col);
        const value = due(layout.netto.row, col, c);
        if (value !== undefined) {
          yield { messageId: 'netto', cell: { row: layout.netto.row, col }, data: { line: layout.netto.label, value }, value: num(value), formula: c.formula, source } as const;
        }
      }
    }
  },
});
