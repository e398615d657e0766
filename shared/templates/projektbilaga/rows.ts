import { type CellPos, type Sheet } from '../../grid';
import { textAt } from '../../engine';

import { formatSvNumber } from '../../locale';

import { type FieldKey, type ProjektbilagaLayout, cellOf } from './layout';

import { type MoneyReading, readMoney } from './money';


/** One field of one project row, as written and (for amounts) as read. */
export interface FieldCell {
  readonly cell: CellPos;
  readonly text: string;
  readonly blank: boolean;
}

export function fieldCell(sheet: Sheet, layout: ProjektbilagaLayout, row: number, key: FieldKey): FieldCell | undefined {
  const cell = cellOf(layout, row, key);
  if (!cell) return undefined;
  const v = sheet.value(cell.row, cell.col);
  // A typed number is quoted as Excel shows it ('761 742'), not as its digits.
  const text = v.kind === 'number' ? formatSvNumber(v.value) : textAt(sheet, cell.row, cell.col);
  return { cell, text, blank: sheet.isBlank(cell.row, cell.col) };
}

export function moneyAt(sheet: Sheet, layout: ProjektbilagaLayout, row: number, key: 'budget' | 'medfinansiering'): { field: FieldCell; money: MoneyReading | undefined } | undefined {
  const field = fieldCell(sheet, layout, row, key);
  return field && { field, money: field.blank ? undefined : readMoney(field.text) };
}

/** The project's name for messages; the row number when the name is missing. */
export function projectName(sheet: Sheet, layout: ProjektbilagaLayout, row: number): string {
  return textAt(sheet, row, layout.columns.projekt) || `rad ${row + 1}`;
}
