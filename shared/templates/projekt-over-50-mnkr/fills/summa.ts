// "Vid behov kan egna delsummeringar för grupper av projekt infogas. OBS att summaformeln kan
// behöva ändras." — anvisningen under blanketten (T1 2021, 000 rad 19; T1 2020, 003 rad 26; VP 2022,
// 001 rad 1818). Raden Summa är =SUMMA över projektraderna i varje beloppskolumn (1)–(14); infogade
// delsummeringar lämnas utanför formeln så att inget räknas två gånger. En Summa som skrivits över
// med text (OCR-utgåvans "00") får tillbaka formeln.
import { defineFill, type FillContext, nearlyEqual, numberOrZero } from '../../../engine';
import { columnLetters, num } from '../../../grid';
import type { ProjektLayout } from '../layout';

export default defineFill({
  meta: {
    id: 'projekt-over-50-mnkr/summa',
    // Each Summa cell sums its own column.
    scope: 'column',
    docs: {
      sv: 'Fyller raden Summa med summan av projektraderna (utan delsummeringar) i varje beloppskolumn.',
      en: 'Fills the Summa row with the sum of the project rows (subtotals left out) in every amount column.',
      source: '"Vid behov kan egna delsummeringar för grupper av projekt infogas. OBS att summaformeln kan behöva ändras." (000 rad 19; 003 rad 26; 001 rad 1818)',
    },
    messages: {
      summa: {
        sv: 'Summa {{column}} = summan av projektraderna = {{value}} mnkr.',
        en: 'Summa {{column}} = the sum of the project rows = {{value}} mnkr.',
      },
    },
  },
  *plan(ctx: FillContext<ProjektLayout>) {
    const { sheet, layout } = ctx;
    const total = layout.totalRow;
    const rows = layout.projectRows;
    if (total === undefined || rows.length === 0) return;
    for (const column of layout.amountColumns) {
      if (ctx.columns && !ctx.columns.has(column.col)) continue;
      const value = Math.round(rows.reduce((s, r) => s + numberOrZero(sheet, r, column.col), 0) * 1e9) / 1e9;
      const current = sheet.cell(total, column.col);
      // A number within the printed 0,0 is right; text ('00', 'se ovan') is never a total.
      if (current.value.kind === 'number' && nearlyEqual(current.value.value, value, 0.05)) continue;
      if (current.value.kind === 'empty' && value === 0) continue;
      yield {
        messageId: 'summa',
        cell: { row: total, col: column.col },
        data: { column: column.label, value },
        value: num(value),
        formula: sumOfRuns(columnLetters(column.col), rows),
        source: { kind: 'computed', fillId: 'projekt-over-50-mnkr/summa' },
      } as const;
    }
  },
});

/** SUM over the rows in contiguous runs: 'SUM(B10:B14)', or 'SUM(B10:B11,B13:B15)' around a delsummering. */
function sumOfRuns(letters: string, rows: readonly number[]): string {
  const runs: [number, number][] = [];
  for (const r of [...rows].sort((a, b) => a - b)) {
    const last = runs.at(-1);
    if (last && r === last[1] + 1) last[1] = r;
    else runs.push([r, r]);
  }
  return `SUM(${runs.map(([a, b]) => (a === b ? `${letters}${a + 1}` : `${letters}${a + 1}:${letters}${b + 1}`)).join(',')})`;
}
