// "UB 201913" fördelat på "Externt | Stadens bolag | Internt | Totalt" (VB 2019, 002 rad 5360–5569):
// UB Totalt är summan av motparterna. På grupper och summarader räknas motparterna först fram ur
// kontona, så att ett tomt delbelopp inte ger fel totalt.
import { columnLetters, num } from '../../../grid';
import { defineFill, type FillContext, nearlyEqual, numberAt } from '../../../engine';

import { evaluate, ore } from '../../budgetavrakning/ledger-printout';

import type { BalansrakningLayout } from '../layout';

export default defineFill({
  meta: {
    id: 'balansrakning/ub-totalt',
    docs: {
      sv: 'Fyller UB Totalt med Externt + Stadens bolag + Internt på varje rad.',
      en: 'Fills UB Totalt with Externt + Stadens bolag + Internt on every line.',
      source: 'Kolumnrubrikerna "UB 201913 Externt | Stadens bolag | Internt | Totalt" (002 rad 5360–5569)',
    },
    messages: {
      computed: {
        sv: 'UB Totalt = Externt + Stadens bolag + Internt = {{value}} kr.',
        en: 'UB Totalt = Externt + Stadens bolag + Internt = {{value}} kr.',
      },
    },
  },
  *plan({ sheet, layout }: FillContext<BalansrakningLayout>) {
    const lines = [...layout.groups, ...layout.totals];
    const parts = [layout.byKey.externt, layout.byKey.bolag, layout.byKey.internt];
    const totalt = layout.byKey.totalt;
    for (const row of layout.rows) {
      const evaluated = parts.map((c) => evaluate(sheet, lines, row, c.col));
      if (evaluated.flatMap((e) => e.inputs).every((p) => sheet.isBlank(p.row, p.col))) continue;
      const value = ore(evaluated.reduce((s, e) => s + e.value, 0));
      const current = numberAt(sheet, row, totalt.col);
      if (current !== undefined && nearlyEqual(current, value, 0.005)) continue;
      yield {
        messageId: 'computed',
        cell: { row, col: totalt.col },
        data: { value },
        value: num(value),
        formula: parts.map((c) => `${columnLetters(c.col)}${row + 1}`).join('+'),
        source: { kind: 'computed', fillId: 'balansrakning/ub-totalt' },
      } as const;
    }
  },
});
