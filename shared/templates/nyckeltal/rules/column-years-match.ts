// Kolumngrupperna lyder "Underlag 2019 | Nyckeltal 2019 | Nyckeltal 2018" (Verksamhetsberättelse
// 2019, 002 rad 1–286; i Ekonomiskt bistånd "Nyckeltal" med åren 2019 och 2018 på raden under).
// Årets nyckeltal avser underlagets år och jämförs med året före; ett årtal som inte rullats fram
// eller skrivits ett år fel gör jämförelsen fel.
import { type CellPos, type Sheet } from '../../../grid';
import { defineRule, textAt, yearIn, type RuleContext } from '../../../engine';
import type { BlockTable, NyckeltalLayout, ValueColumn } from '../layout';

/** The header cell above the data row that prints the column's year. */
function yearCell(sheet: Sheet, t: BlockTable, column: ValueColumn): CellPos | undefined {
  for (let row = t.groupRow; row < t.dataRow; row++) if (yearIn(textAt(sheet, row, column.col)) !== undefined) return { row, col: column.col };
  return undefined;
}

export default defineRule({
  meta: {
    id: 'nyckeltal/column-years-match',
    severity: 'error',
    docs: {
      sv: 'Årets nyckeltal har underlagets år i rubriken och föregående års kolumn året före.',
      en: 'This year’s nyckeltal is headed with the underlag’s year, and the previous-year column with the year before.',
      source: 'Kolumngrupperna "Underlag 2019 | Nyckeltal 2019 | Nyckeltal 2018" (002 rad 1–286)',
    },
    messages: {
      currentYear: {
        sv: 'Kolumnen för årets nyckeltal anger {{found}}, men underlaget avser {{expected}}.',
        en: 'The column of this year’s nyckeltal says {{found}}, but the underlag is for {{expected}}.',
      },
      previousYear: {
        sv: 'Kolumnen för föregående års nyckeltal anger {{found}}, men året före {{current}} är {{expected}}.',
        en: 'The previous-year column says {{found}}, but the year before {{current}} is {{expected}}.',
      },
    },
  },
  *check({ sheet, layout }: RuleContext<NyckeltalLayout>) {
    for (const block of layout.blocks) {
      const t = block.table;
      const current = t?.current;
      if (!t || !current) continue;
      const cy = current.year;
      const cCell = yearCell(sheet, t, current);
      if (cy !== undefined && cCell && t.year !== undefined && cy !== t.year) {
        yield { messageId: 'currentYear', cell: cCell, data: { found: String(cy), expected: String(t.year) } } as const;
      }
      const previous = t.previous;
      const reference = t.year ?? cy;
      const pCell = previous && yearCell(sheet, t, previous);
      if (previous?.year !== undefined && pCell && reference !== undefined && previous.year !== reference - 1) {
        yield { messageId: 'previousYear', cell: pCell, data: { found: String(previous.year), current: String(reference), expected: String(reference - 1) } } as const;
      }
    }
  },
});
