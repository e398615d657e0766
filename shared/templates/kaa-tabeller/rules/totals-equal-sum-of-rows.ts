// "Totalt 1023 764 75% 368 48% 148 19% 516 67%" — raden under Jobbtorgen i "Resultat fördelat över
// Jobbtorgen" (KAA årsrapport 2019, 002 rad 2032–2088), "2019 sökta totalt" under ej nådda och nådda
// (002 rad 1819–1829), "8 724 9 035" och "1023 960" under sina två grupper (002 rad 1754–1758,
// 1916–1920), "Total 262" under enkätsvaren (002 rad 2399–2421). Tabellerna är ingen stadsmall
// ("ej mall", templates.md Appendix A), men en totalrad är summan av raderna ovanför den.
import { defineRule, nearlyEqual, numberAt, type RuleContext, textAt } from '../../../engine';
import { isBlank } from '../../../grid';
import type { KaaLayout } from '../layout';
import { sumOf } from '../arithmetic';

export default defineRule({
  meta: {
    id: 'kaa-tabeller/totals-equal-sum-of-rows',
    severity: 'error',
    docs: {
      sv: 'En totalrad ("Totalt", "2019 sökta totalt", "Total") är summan av raderna ovanför den, kolumn för kolumn.',
      en: 'A total row ("Totalt", "2019 sökta totalt", "Total") is the sum of the rows above it, column by column.',
      source: 'Totalraderna i KAA årsrapport 2019 (002 rad 1754–1758, 1819–1829, 1916–1920, 2032–2088) och enkäten "Hur kom du i kontakt med oss?" (002 rad 2399–2421); templates.md Appendix A',
    },
    messages: {
      totalMismatch: {
        sv: '"{{line}}" är {{actual}} i kolumnen "{{column}}", men raderna ovanför ger {{expected}}.',
        en: '"{{line}}" is {{actual}} in column "{{column}}", but the rows above add up to {{expected}}.',
      },
    },
  },
  *check({ sheet, layout }: RuleContext<KaaLayout>) {
    for (const block of layout.blocks) {
      for (const total of block.totalRows) {
        for (const column of block.columns.filter((c) => c.kind === 'count')) {
          const cell = sheet.cell(total.row, column.col);
          if (isBlank(cell) && total.parts.every((r) => sheet.isBlank(r, column.col))) continue;
          const actual = numberAt(sheet, total.row, column.col) ?? (isBlank(cell) ? 0 : textAt(sheet, total.row, column.col));
          const expected = sumOf(sheet, total.parts.map((row) => ({ row, col: column.col }))).value;
          if (typeof actual === 'number' && nearlyEqual(actual, expected, 0)) continue;
          yield {
            messageId: 'totalMismatch',
            cell: { row: total.row, col: column.col },
            related: total.parts.map((row) => ({ row, col: column.col })),
            data: { line: total.label, column: column.header, actual, expected },
          } as const;
        }
      }
    }
  },
});
