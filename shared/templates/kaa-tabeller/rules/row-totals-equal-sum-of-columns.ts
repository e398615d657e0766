// "Antal till studier/arbete" bredvid "Antal avslutade till studier" och "Antal avslutade till
// arbete" (Resultat fördelat över Jobbtorgen, KAA årsrapport 2019, 002 rad 2032–2088: 77 + 44 = 121),
// och kolumnen Totalt i "Antal ungdomar som omfattades av uppsök, nådda och ej nådda" (002 rad
// 1819–1829: 1190 + 1586 = 2776). Ingen stadsmall ("ej mall", templates.md Appendix A); rubriken
// säger själv att kolumnen är summan av de andra.
import { defineRule, nearlyEqual, numberAt, numberOrZero, type RuleContext, textAt } from '../../../engine';
import { isBlank } from '../../../grid';
import type { KaaLayout } from '../layout';

export default defineRule({
  meta: {
    id: 'kaa-tabeller/row-totals-equal-sum-of-columns',
    severity: 'error',
    docs: {
      sv: 'En summakolumn ("Totalt", "Antal till studier/arbete") är på varje rad summan av de kolumner den samlar.',
      en: 'A sum column ("Totalt", "Antal till studier/arbete") is, on every row, the sum of the columns it gathers.',
      source: 'Kolumnerna "Antal till studier/arbete" (002 rad 2032–2088) och "Totalt" (002 rad 1819–1829); templates.md Appendix A',
    },
    messages: {
      rowTotalMismatch: {
        sv: '"{{column}}" är {{actual}} på raden "{{line}}", men {{parts}} ger {{expected}}.',
        en: '"{{column}}" is {{actual}} on the row "{{line}}", but {{parts}} make {{expected}}.',
      },
    },
  },
  *check({ sheet, layout }: RuleContext<KaaLayout>) {
    for (const block of layout.blocks) {
      for (const sum of block.sumColumns) {
        const names = sum.parts.map((col) => block.columns.find((c) => c.col === col)?.header ?? '').join(' + ');
        for (const row of block.rows) {
          const cell = sheet.cell(row, sum.col);
          if (isBlank(cell) && sum.parts.every((col) => sheet.isBlank(row, col))) continue;
          const actual = numberAt(sheet, row, sum.col) ?? (isBlank(cell) ? 0 : textAt(sheet, row, sum.col));
          const expected = sum.parts.reduce((s, col) => s + numberOrZero(sheet, row, col), 0);
          if (typeof actual === 'number' && nearlyEqual(actual, expected, 0)) continue;
          yield {
            messageId: 'rowTotalMismatch',
            cell: { row, col: sum.col },
            related: sum.parts.map((col) => ({ row, col })),
            data: { column: sum.header, line: textAt(sheet, row, 0) || `rad ${row + 1}`, parts: names, actual, expected },
          } as const;
        }
      }
    }
  },
});
