// Kolumnerna "Externt | Stadens bolag | Internt | Totalt" (VB 2019, 002 rad 5574–5576): Totalt är
// summan av motparterna på varje rad. På grupper och resultatrader räknas motparterna själva fram
// ur kontona först, så att ett tomt delbelopp inte ger fel totalt.
import { columnLetters, num } from '../../../grid';
import { defineFill, type FillContext, nearlyEqual, numberAt } from '../../../engine';

import { evaluate, ore } from '../../budgetavrakning/ledger-printout';

import type { ResultatrakningLayout } from '../layout';

export default defineFill({
  meta: {
    id: 'resultatrakning/totalt',
    docs: {
      sv: 'Fyller Totalt med Externt + Stadens bolag + Internt på varje rad.',
      en: 'Fills Totalt with Externt + Stadens bolag + Internt on every line.',
      source: 'Kolumnrubrikerna "Externt | Stadens bolag | Internt | Totalt" (002 rad 5574–5576)',
    },
    messages: {
      computed: {
        sv: 'Totalt = Externt + Stadens bolag + Internt = {{value}} kr.',
        en: 'Totalt = Externt + Stadens bolag + Internt = {{value}} kr.',
      },
    },
  },
  *plan({ sheet, layout }: FillContext<ResultatrakningLayout>) {
    const lines = [...layout.groups, ...layout.results];
    const parts = Object.values(layout.counterparts);
    for (const row of layout.rows) {
      const evaluated = parts.map((c) => evaluate(sheet, lines, row, c.col));
      if (evaluated.flatMap((e) => e.inputs).every((p) => sheet.isBlank(p.row, p.col))) continue;
      const value = ore(evaluated.reduce((s, e) => s + e.value, 0));
      const current = numberAt(sheet, row, layout.totalt.col);
      if (current !== undefined && nearlyEqual(current, value, 0.005)) continue;
      yield {
        messageId: 'computed',
        cell: { row, col: layout.totalt.col },
        data: { value },
        value: num(value),
        formula: parts.map((c) => `${columnLetters(c.col)}${row + 1}`).join('+'),
        source: { kind: 'computed', fillId: 'resultatrakning/totalt' },
      } as const;
    }
  },
});
