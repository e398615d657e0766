// "4 Nämndens budget efter omslutningsförändringar och begärda budgetjusteringar (1+2+3)" —
// kolumnrubriken (VP 2022, 001 rad 1692–1700, 1729–1740): kolumn 4 räknas fram på varje rad under
// Kostnader och Intäkter (-). Summeringsraderna fylls av summary-lines.
import { defineFill, type FillContext } from '../../../engine';
import { num } from '../../../grid';
import type { KostnadsanalysLayout } from '../layout';
import { detailCell, detailRows, isDue, round } from '../model';

export default defineFill({
  meta: {
    id: 'kostnadsanalys/budget-efter-justeringar',
    docs: {
      sv: 'Fyller kolumn 4 med kolumn 1 + 2 + 3 på varje rad under Kostnader och Intäkter (-).',
      en: 'Fills column 4 with columns 1 + 2 + 3 on every line under Kostnader and Intäkter (-).',
      source: 'Kolumnrubriken "… och begärda budgetjusteringar (1+2+3)" (001 rad 1692–1700, 1729–1740)',
    },
    messages: {
      computed: {
        sv: 'Kolumn 4 = kolumn 1 + 2 + 3 = {{value}} mnkr ("(1+2+3)" i rubriken).',
        en: 'Column 4 = columns 1 + 2 + 3 = {{value}} mnkr ("(1+2+3)" in the header).',
      },
    },
  },
  *plan({ sheet, layout }: FillContext<KostnadsanalysLayout>) {
    const efter = layout.byKey.efter;
    if (!efter) return;
    for (const row of detailRows(layout)) {
      const c = detailCell(sheet, layout, row, efter.col);
      if (!isDue(sheet, row, efter.col, c)) continue;
      const value = round(c.value);
      yield {
        messageId: 'computed',
        cell: { row, col: efter.col },
        data: { value },
        value: num(value),
        formula: c.formula,
        source: { kind: 'computed', fillId: 'kostnadsanalys/budget-efter-justeringar' },
      } as const;
    }
  },
});
