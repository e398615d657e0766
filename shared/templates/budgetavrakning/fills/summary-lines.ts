// Raderna "Kostnader", "Intäkter (-)", "Summa drift" och "Summa investering" i budgetavräkningen
// (VB 2019, 002 rad 5317–5352): summan av raderna de står under, i budget och utfall. Avvikelsen
// fylls av fillen avvikelse (budget − utfall).
import { defineFill, type FillContext, nearlyEqual, numberAt } from '../../../engine';

import { num } from '../../../grid';
import type { BudgetavrakningLayout } from '../layout';
import { evaluate, ore, sumFormula } from '../ledger-printout';


export default defineFill({
  meta: {
    id: 'budgetavrakning/summary-lines',
    docs: {
      sv: 'Fyller Kostnader, Intäkter (-), Summa drift och Summa investering i budget och utfall med summan av sina rader.',
      en: 'Fills Kostnader, Intäkter (-), Summa drift and Summa investering in budget and outcome with the sum of their lines.',
      source: 'Raderna "Kostnader", "Intäkter (-)", "Summa drift" och "Summa investering" (002 rad 5317–5352)',
    },
    messages: {
      computed: {
        sv: '"{{line}}" = {{parts}} = {{value}} kr.',
        en: '"{{line}}" = {{parts}} = {{value}} kr.',
      },
    },
  },
  *plan({ sheet, layout }: FillContext<BudgetavrakningLayout>) {
    for (const c of [layout.budget, layout.utfall]) {
      for (const line of layout.summaries) {
        const { value, inputs } = evaluate(sheet, layout.summaries, line.row, c.col);
        if (inputs.every((p) => sheet.isBlank(p.row, p.col))) continue;
        const current = numberAt(sheet, line.row, c.col);
        if (current !== undefined && nearlyEqual(current, value, 0.005)) continue;
        const parts = line.parts.map((p) => p.label).join(' + ');
        yield {
          messageId: 'computed',
          cell: { row: line.row, col: c.col },
          data: { line: line.label, parts: { sv: parts, en: parts }, value: ore(value) },
          value: num(ore(value)),
          formula: sumFormula(c.col, line.parts.map((p) => p.row)),
          source: { kind: 'computed', fillId: 'budgetavrakning/summary-lines' },
        } as const;
      }
    }
  },
});
