import type { Sheet } from '../../grid';
import { type VorLayout, nrAt } from './layout';
import { KONSEKVENS, SANNOLIKHET, onScale, riskValueAt, scoreAt } from './scores';

/** A numbered event of the table, as the riskmatris refers to it. */
export interface NumberedEvent {
  readonly nr: number;
  readonly row: number;
  readonly sannolikhet: number | undefined;
  readonly konsekvens: number | undefined;
  readonly rv: number | undefined;
}

export function numberedEvents(sheet: Sheet, layout: VorLayout): NumberedEvent[] {
  const out: NumberedEvent[] = [];
  for (const row of layout.rows) {
    const nr = nrAt(sheet, row, layout.columns.nr);
    if (nr === undefined) continue;
    out.push({
      nr,
      row,
      sannolikhet: onScale(scoreAt(sheet, row, layout.columns.sannolikhet, SANNOLIKHET)),
      konsekvens: onScale(scoreAt(sheet, row, layout.columns.konsekvens, KONSEKVENS)),
      rv: riskValueAt(sheet, row, layout.columns),
    });
  }
  return out;
}
