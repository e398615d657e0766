// "Om blanketten inte räcker till kan flera rader infogas i tabellen. Kopiera formeln i kolumn 3."
// — Anvisningar (T1 2021, 000 rad 55; 003 rad 82). Ett inskrivet tal i kolumn 3 följer inte med
// när bruttobudgeten ändras.
import { defineRule, type RuleContext } from '../../../engine';
import { isBlank, isTypedConstant } from '../../../grid';
import type { ResultatenheterLayout } from '../layout';

export default defineRule({
  meta: {
    id: 'resultatenheter/varav-5-procent-keeps-its-formula',
    severity: 'warning',
    docs: {
      sv: 'Kolumn 3 innehåller formeln (5 % av kolumn 2) på varje enhetsrad, även infogade rader.',
      en: 'Column 3 holds the formula (5 % of column 2) on every unit row, inserted rows too.',
      source: '"Om blanketten inte räcker till kan flera rader infogas i tabellen. Kopiera formeln i kolumn 3." (000 rad 55; 003 rad 82)',
    },
    messages: {
      typedInsteadOfFormula: {
        sv: 'Kolumn 3 har ett inskrivet värde där blanketten har en formel: "Kopiera formeln i kolumn 3."',
        en: 'Column 3 holds a typed value where the form has a formula: copy the formula into column 3.',
      },
    },
  },
  *check({ sheet, layout }: RuleContext<ResultatenheterLayout>) {
    const col = layout.columns.varav5;
    if (col === undefined) return;
    for (const row of layout.unitRows) {
      const cell = sheet.cell(row, col);
      if (isTypedConstant(cell) && !isBlank(sheet.cell(row, layout.columns.bruttobudget))) {
        yield { messageId: 'typedInsteadOfFormula', cell: { row, col }, related: [{ row, col: layout.columns.bruttobudget }] } as const;
      }
    }
  },
});
