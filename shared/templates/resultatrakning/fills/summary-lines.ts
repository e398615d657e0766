// Resultaträkningens grupper och resultatrader (VB 2019, 002 rad 5578–5691): en grupp är summan av
// sina konton, en resultatrad föregående resultat plus raderna däremellan. Fyller Externt, Stadens
// bolag och Internt; Totalt fylls av fillen totalt.
import { defineFill, type FillContext, nearlyEqual, numberAt } from '../../../engine';

import { num } from '../../../grid';
import { evaluate, ore, sumFormula } from '../../budgetavrakning/ledger-printout';

import type { ResultatrakningLayout } from '../layout';

export default defineFill({
  meta: {
    id: 'resultatrakning/summary-lines',
    docs: {
      sv: 'Fyller grupper och resultatrader i Externt, Stadens bolag och Internt med summan av sina delar.',
      en: 'Fills the groups and result lines in Externt, Stadens bolag and Internt with the sum of their parts.',
      source: 'Resultaträkningens grupper och resultatrader (002 rad 5578–5691)',
    },
    messages: {
      computed: {
        sv: '"{{line}}" = {{parts}} = {{value}} kr.',
        en: '"{{line}}" = {{parts}} = {{value}} kr.',
      },
    },
  },
  *plan({ sheet, layout }: FillContext<ResultatrakningLayout>) {
    const lines = [...layout.groups, ...layout.results];
    for (const c of Object.values(layout.counterparts)) {
      for (const line of lines) {
        const { value, inputs } = evaluate(sheet, lines, line.row, c.col);
        if (inputs.every((p) => sheet.isBlank(p.row, p.col))) continue;
        const current = numberAt(sheet, line.row, c.col);
        if (current !== undefined && nearlyEqual(current, value, 0.005)) continue;
        const parts = line.partsText ?? { sv: line.parts.map((p) => p.label).join(' + '), en: line.parts.map((p) => p.label).join(' + ') };
        yield {
          messageId: 'computed',
          cell: { row: line.row, col: c.col },
          data: { line: line.label, parts, value: ore(value) },
          value: num(ore(value)),
          formula: sumFormula(c.col, line.parts.map((p) => p.row)),
          source: { kind: 'computed', fillId: 'resultatrakning/summary-lines' },
        } as const;
      }
    }
  },
});
