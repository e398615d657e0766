// "Om blanketten inte räcker till kan flera rader infogas i tabellen." — Anvisningar (T1 2021, 000
// rad 55). Raden "Summa resultatenheter" summerar kolumn 2–6 över alla enhetsrader, infogade
// rader med; summaformeln skrivs om över hela tabellen.
import { defineFill, type FillContext, nearlyEqual, numberAt, numberOrZero } from '../../../engine';

import { columnLetters, num } from '../../../grid';
import { AMOUNT_KEYS, type ResultatenheterLayout } from '../layout';

import { round } from '../unit-row-formulas';


export default defineFill({
  meta: {
    id: 'resultatenheter/summa',
    docs: {
      sv: 'Fyller raden "Summa resultatenheter" med summan av enhetsraderna i kolumn 2–6.',
      en: 'Fills the row "Summa resultatenheter" with the sum of the unit rows in columns 2–6.',
      source: 'Raden "Summa resultatenheter" (000 rad 84) och "Om blanketten inte räcker till kan flera rader infogas i tabellen." (000 rad 55)',
    },
    messages: {
      summa: {
        sv: '"Summa resultatenheter" i "{{column}}" = summan av enhetsraderna = {{value}} tkr.',
        en: '"Summa resultatenheter" in "{{column}}" = the sum of the unit rows = {{value}} tkr.',
      },
    },
  },
  *plan({ sheet, layout }: FillContext<ResultatenheterLayout>) {
    const summa = layout.summaRow;
    const rows = layout.unitRows;
    if (summa === undefined || rows.length === 0) return;
    for (const key of AMOUNT_KEYS) {
      const col = layout.columns[key];
      if (col === undefined || rows.every((r) => sheet.isBlank(r, col))) continue;
      const value = rows.reduce((s, r) => s + numberOrZero(sheet, r, col), 0);
      const current = numberAt(sheet, summa, col);
      if (current !== undefined && nearlyEqual(current, value, 0.5)) continue;
      const letters = columnLetters(col);
      yield {
        messageId: 'summa',
        cell: { row: summa, col },
        data: { column: layout.headers[key] ?? letters, value: round(value) },
        value: num(round(value)),
        formula: `SUM(${letters}${rows[0]! + 1}:${letters}${rows.at(-1)! + 1})`,
        source: { kind: 'computed', fillId: 'resultatenheter/summa' },
      } as const;
    }
  },
});
