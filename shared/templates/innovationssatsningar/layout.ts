import type { Sheet } from '../../grid';
import { fold, textAt, yearIn } from '../../engine';

/**
 * "Innovationssatsningar" (VP 2022): four instruction lines, the heading, then one row of column
 * headers and one row per satsning. The columns are found by their header text.
 */

export type ColumnKey = 'namn' | 'typ' | 'beskrivning' | 'tidplan' | 'finansiering' | 'budget' | 'partners' | 'ansvarig' | 'kontakt';

export interface InnovationLayout {
  /** The VP year printed above the table ("Verksamhetsplan 2022"). */
  readonly year: number | undefined;
  readonly headerRow: number;
  readonly columns: Readonly<Partial<Record<ColumnKey, number>>> & { readonly namn: number; readonly typ: number };
  /** The header text of each column, lines joined, for messages. */
  readonly headers: Readonly<Partial<Record<ColumnKey, string>>>;
  readonly rows: readonly number[];
}

const CLASSES: readonly (readonly [ColumnKey, RegExp])[] = [
  ['namn', /^namn pa satsningen/],
  ['typ', /^typ av innovation/],
  ['beskrivning', /beskrivning/],
  ['tidplan', /^tids?plan/],
  ['finansiering', /^finansiering/],
  ['budget', /budget/],
  ['partners', /^samarbetspart/],
  ['ansvarig', /^ansvarig chef/],
  ['kontakt', /^kontaktperson/],
];

export function resolveLayout(sheet: Sheet): InnovationLayout | undefined {
  for (let row = 0; row < Math.min(sheet.rowCount, 40); row++) {
    const columns: Partial<Record<ColumnKey, number>> = {};
    const headers: Partial<Record<ColumnKey, string>> = {};
    for (let col = 0; col < Math.min(sheet.colCount, 30); col++) {
      const text = textAt(sheet, row, col);
      const key = CLASSES.find(([, re]) => re.test(fold(text)))?.[0];
      if (key && columns[key] === undefined) {
        columns[key] = col;
        headers[key] = text.replace(/-\s*\n\s*/g, '').replace(/\s+/g, ' ');
      }
    }
    const { namn, typ } = columns;
    if (namn === undefined || typ === undefined) continue;
    const tableCols = Object.values(columns);
    const rows: number[] = [];
    for (let r = row + 1; r < sheet.rowCount; r++) if (tableCols.some((c) => textAt(sheet, r, c) !== '')) rows.push(r);
    return { year: vpYear(sheet, row), headerRow: row, columns: { ...columns, namn, typ }, headers, rows };
  }
  return undefined;
}

function vpYear(sheet: Sheet, before: number): number | undefined {
  for (let row = 0; row < before; row++) {
    for (let col = 0; col < Math.min(sheet.colCount, 10); col++) {
      const t = fold(textAt(sheet, row, col));
      if (/^(verksamhetsplan|namndens budget\/verksamhetsplan)\b/.test(t)) return yearIn(t);
    }
  }
  return undefined;
}
