// "Totalt", "2019 sökta totalt", "Total" (raderna) och "Totalt", "Antal till studier/arbete"
// (kolumnerna) i KAA årsrapport 2019 (002 rad 1754–1758, 1819–1829, 1916–1920, 2032–2088, 2399–2421):
// summor av sina delar. Summakolumnernas värden räknas från delarna även i totalraderna, som Excel
// räknar, så att en ifyllnad inte bygger på en annan cells gamla värde.
import { defineFill, type FillContext, nearlyEqual, numberAt, numberOrZero, textAt } from '../../../engine';

import { type Sheet, num } from '../../../grid';
import { sumOf } from '../arithmetic';

import type { Block, KaaLayout } from '../layout';

const FILL_ID = 'kaa-tabeller/totals';

export default defineFill({
  meta: {
    id: FILL_ID,
    docs: {
      sv: 'Fyller totalrader med summan av raderna ovanför, och summakolumner med summan av sina kolumner.',
      en: 'Fills total rows with the sum of the rows above, and sum columns with the sum of their columns.',
      source: 'Totalrader och -kolumner i KAA årsrapport 2019 (002 rad 1754–1758, 1819–1829, 1916–1920, 2032–2088) och enkäten (002 rad 2399–2421)',
    },
    messages: {
      totalRow: {
        sv: '"{{line}}" i kolumnen "{{column}}" = summan av raderna ovanför = {{value}}.',
        en: '"{{line}}" in column "{{column}}" = the sum of the rows above = {{value}}.',
      },
      sumColumn: {
        sv: '"{{column}}" för "{{line}}" = {{parts}} = {{value}}.',
        en: '"{{column}}" for "{{line}}" = {{parts}} = {{value}}.',
      },
    },
  },
  *plan({ sheet, layout }: FillContext<KaaLayout>) {
    const source = { kind: 'computed', fillId: FILL_ID } as const;
    for (const block of layout.blocks) {
      const totals = new Set(block.totalRows.map((t) => t.row));
      for (const sum of block.sumColumns) {
        const parts = sum.parts.map((col) => block.columns.find((c) => c.col === col)?.header ?? '').join(' + ');
        for (const row of block.rows.filter((r) => !totals.has(r))) {
          const c = sumOf(sheet, sum.parts.map((col) => ({ row, col })));
          if (!due(sheet, row, sum.col, c.value, sum.parts.map((col) => ({ row, col })))) continue;
          const data = { column: sum.header, line: textAt(sheet, row, 0) || `rad ${row + 1}`, parts, value: c.value };
          yield { messageId: 'sumColumn', cell: { row, col: sum.col }, data, value: num(c.value), formula: c.formula, source } as const;
        }
      }
      for (const total of block.totalRows) {
        for (const column of block.columns.filter((c) => c.kind === 'count')) {
          const cells = total.parts.map((row) => ({ row, col: column.col }));
          const c = sumOf(sheet, cells);
          const value = total.parts.reduce((s, row) => s + derived(sheet, block, row, column.col), 0);
          const sum = block.sumColumns.find((s) => s.col === column.col);
          const inputs = sum ? total.parts.flatMap((row) => sum.parts.map((col) => ({ row, col }))) : cells;
          if (!due(sheet, total.row, column.col, value, inputs)) continue;
          const data = { line: total.label, column: column.header, value };
          yield { messageId: 'totalRow', cell: { row: total.row, col: column.col }, data, value: num(value), formula: c.formula, source } as const;
        }
      }
    }
  },
});

/** A cell's value as its formula would give it: a sum column from its parts, anything else as typed. */
function derived(sheet: Sheet, block: Block, row: number, col: number): number {
  const sum = block.sumColumns.find((s) => s.col === col);
  return sum ? sum.parts.reduce((s, c) => s + numberOrZero(sheet, row, c), 0) : numberOrZero(sheet, row, col);
}

function due(sheet: Sheet, row: number, col: number, value: number, parts: readonly { row: number; col: number }[]): boolean {
  if (parts.every((p) => sheet.isBlank(p.row, p.col))) return false;
  const current = numberAt(sheet, row, col);
  return current === undefined || !nearlyEqual(current, value, 0);
}
