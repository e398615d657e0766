// "Jobbtorg Globen 267 187 70% 77 41% 44 23% 121 65%" — every row of the KAA annual report's tables
// names its group and gives a figure in every column (002 rad 2032–2088, "Resultat fördelat över
// Jobbtorgen"; 1819–1829; the surveys 2399–2421). The tables are no city template ("ej mall",
// templates.md Appendix A), but a row whose name or one figure is missing, where the table's
// other rows have them, leaves a gap that no total or share can be checked against.
import { defineRule, type RuleContext, textAt } from '../../../engine';

import type { KaaLayout } from '../layout';

export default defineRule({
  meta: {
    id: 'kaa-tabeller/rows-complete',
    severity: 'error',
    docs: {
      sv: 'Varje rad i en tabell har sitt namn och en siffra i varje kolumn som tabellens övriga rader fyller i.',
      en: 'Every row of a table has its name and a figure in every column the table’s other rows fill in.',
      source: 'Tabellerna i KAA årsrapport 2019 (002 rad 1754–1758, 1819–1829, 1916–1920, 2032–2088) och enkäterna (002 rad 2399–2421); templates.md Appendix A',
    },
    messages: {
      missingName: {
        sv: 'Raden saknar namn, men övriga rader i "{{table}}" har ett; skriv vad raden gäller.',
        en: 'The row has no name, though the other rows of "{{table}}" have one; write what the row is for.',
      },
      missingFigure: {
        sv: '"{{line}}" saknar en siffra i kolumnen "{{column}}", som övriga rader fyller i; skriv 0 om det är noll.',
        en: '"{{line}}" has no figure in the column "{{column}}", which the other rows fill in; write 0 if it is zero.',
      },
    },
  },
  *check({ sheet, layout }: RuleContext<KaaLayout>) {
    for (const block of layout.blocks) {
      const totals = new Set(block.totalRows.map((t) => t.row));
      const rows = block.rows.filter((r) => !totals.has(r));
      const table = block.title || textAt(sheet, block.headerRow, 0);
      // Only what the table's other rows have: the extraction lost some tables' row names, and a
      // column no row fills (the survey's blank "%") is the table's, not one row's, gap.
      const named = (r: number) => !sheet.isBlank(r, 0);
      for (const row of block.rows) {
        const total = totals.has(row);
        if (!total && !named(row) && rows.some((o) => o !== row && named(o))) yield { messageId: 'missingName', cell: { row, col: 0 }, data: { table } } as const;
        // A total row's counts are the total rules' to judge; its shares are nobody else's.
        for (const column of block.columns.filter((c) => !total || c.kind === 'share')) {
          if (!sheet.isBlank(row, column.col) || !rows.some((o) => o !== row && !sheet.isBlank(o, column.col))) continue;
          const line = textAt(sheet, row, 0) || `rad ${row + 1}`;
          yield { messageId: 'missingFigure', cell: { row, col: column.col }, data: { line, column: column.header } } as const;
        }
      }
    }
  },
});
