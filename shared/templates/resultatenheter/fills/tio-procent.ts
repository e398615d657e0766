// "Resultatfonden får ha ett överskott med motsvarande maximalt 10 % av enhetens bruttobudget" —
// Anvisningar 6) (T1 2021, 000 rad 52); kolumnen "10 % av resultatenheternas bruttobudget 2021" är
// blankettens formel, kolumn 2 × 10 %.
import { defineFill, type FillContext, nearlyEqual, numberAt } from '../../../engine';
import { num } from '../../../grid';
import type { ResultatenheterLayout } from '../layout';
import { round, unitRowFormulas } from '../unit-row-formulas';

export default defineFill({
  meta: {
    id: 'resultatenheter/tio-procent',
    docs: {
      sv: 'Fyller kolumnen "10 % av resultatenheternas bruttobudget" med 10 % av kolumn 2.',
      en: 'Fills the column "10 % av resultatenheternas bruttobudget" with 10 % of column 2.',
      source: '"… maximalt 10 % av enhetens bruttobudget" (000 rad 52) och kolumnrubriken "10 % av resultatenheternas bruttobudget 2021" (000 rad 35–41)',
    },
    messages: {
      computed: {
        sv: '"10 % av bruttobudget" = 10 % av {{brutto}} = {{value}} tkr.',
        en: '"10 % of gross budget" = 10 % of {{brutto}} = {{value}} tkr.',
      },
    },
  },
  *plan({ sheet, layout }: FillContext<ResultatenheterLayout>) {
    const cells = unitRowFormulas(sheet, layout, 'tioProcent', ['bruttobudget'], (v) => 0.1 * v('bruttobudget'), (l, r) => `${l('bruttobudget')}${r}*0.1`);
    for (const c of cells) {
      const current = numberAt(sheet, c.row, c.col);
      if (current !== undefined && nearlyEqual(current, c.value, 0.5)) continue;
      yield {
        messageId: 'computed',
        cell: { row: c.row, col: c.col },
        data: { brutto: numberAt(sheet, c.row, layout.columns.bruttobudget) ?? 0, value: round(c.value) },
        value: num(round(c.value)),
        formula: c.formula,
        source: { kind: 'computed', fillId: 'resultatenheter/tio-procent' },
      } as const;
    }
  },
});
