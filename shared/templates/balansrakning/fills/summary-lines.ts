// Balansräkningens grupper och summarader (VB 2019, 002 rad 5360–5569): en grupp är summan av sina
// konton, Summa Tillgångar och Summa Skulder & Eget kapital summan av sina grupper. Fyller IB,
// Förändring och motpartskolumnerna; UB Totalt fylls av fillen ub-totalt.
import { defineFill, type FillContext, nearlyEqual, numberAt } from '../../../engine';

import { num } from '../../../grid';
import { evaluate, ore, sumFormula } from '../../budgetavrakning/ledger-printout';

import type { BalansrakningLayout } from '../layout';

export default defineFill({
  meta: {
    id: 'balansrakning/summary-lines',
    docs: {
      sv: 'Fyller grupper och summarader i IB, Förändring, Externt, Stadens bolag och Internt med summan av sina delar.',
      en: 'Fills the groups and total lines in IB, Förändring, Externt, Stadens bolag and Internt with the sum of their parts.',
      source: 'Balansräkningens grupper, "Summa Tillgångar" och "Summa Skulder & Eget kapital" (002 rad 5360–5569)',
    },
    messages: {
      computed: {
        sv: '"{{line}}" = {{parts}} = {{value}} kr.',
        en: '"{{line}}" = {{parts}} = {{value}} kr.',
      },
    },
  },
  *plan({ sheet, layout }: FillContext<BalansrakningLayout>) {
    const lines = [...layout.groups, ...layout.totals];
    for (const c of layout.columns.filter((k) => k.key !== 'totalt')) {
      for (const line of lines) {
        const { value, inputs } = evaluate(sheet, lines, line.row, c.col);
        if (inputs.every((p) => sheet.isBlank(p.row, p.col))) continue;
        const current = numberAt(sheet, line.row, c.col);
        if (current !== undefined && nearlyEqual(current, value, 0.005)) continue;
        const joined = line.parts.map((p) => p.label).join(' + ');
        yield {
          messageId: 'computed',
          cell: { row: line.row, col: c.col },
          data: { line: line.label, parts: line.partsText ?? { sv: joined, en: joined }, value: ore(value) },
          value: num(ore(value)),
          formula: sumFormula(c.col, line.parts.map((p) => p.row)),
          source: { kind: 'computed', fillId: 'balansrakning/summary-lines' },
        } as const;
      }
    }
  },
});
