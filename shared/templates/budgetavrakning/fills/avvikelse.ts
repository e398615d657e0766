// Kolumnerna "Nämndens budget inkl budgetjust. | Nämndens utfall | Avvikelse" (VB 2019, 002 rad
// 5310–5312): Avvikelse = budget − utfall på varje rad. På summeringsraderna räknas budget och
// utfall först fram ur sina rader, så att ett tomt delbelopp inte ger fel avvikelse.
import { columnLetters, num } from '../../../grid';
import { defineFill, type FillContext, nearlyEqual, numberAt } from '../../../engine';

import type { BudgetavrakningLayout } from '../layout';
import { evaluate, ore } from '../ledger-printout';


export default defineFill({
  meta: {
    id: 'budgetavrakning/avvikelse',
    docs: {
      sv: 'Fyller Avvikelse med budget − utfall på varje rad.',
      en: 'Fills Avvikelse with budget − outcome on every line.',
      source: 'Kolumnrubrikerna "Nämndens budget inkl budgetjust. | Nämndens utfall | Avvikelse" (002 rad 5310–5312)',
    },
    messages: {
      computed: {
        sv: 'Avvikelse = budget {{budget}} − utfall {{utfall}} = {{value}} kr.',
        en: 'Avvikelse = budget {{budget}} − outcome {{utfall}} = {{value}} kr.',
      },
    },
  },
  *plan({ sheet, layout }: FillContext<BudgetavrakningLayout>) {
    for (const row of layout.rows) {
      const budget = evaluate(sheet, layout.summaries, row, layout.budget.col);
      const utfall = evaluate(sheet, layout.summaries, row, layout.utfall.col);
      if ([...budget.inputs, ...utfall.inputs].every((p) => sheet.isBlank(p.row, p.col))) continue;
      const value = ore(budget.value - utfall.value);
      const current = numberAt(sheet, row, layout.avvikelse.col);
      if (current !== undefined && nearlyEqual(current, value, 0.005)) continue;
      yield {
        messageId: 'computed',
        cell: { row, col: layout.avvikelse.col },
        data: { budget: ore(budget.value), utfall: ore(utfall.value), value },
        value: num(value),
        formula: `${columnLetters(layout.budget.col)}${row + 1}-${columnLetters(layout.utfall.col)}${row + 1}`,
        source: { kind: 'computed', fillId: 'budgetavrakning/avvikelse' },
      } as const;
    }
  },
});
