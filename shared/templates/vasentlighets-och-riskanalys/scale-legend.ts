import { type CellPos, type Sheet, cellText } from '../../grid';
import { fold, numberAt } from '../../engine';
import { KONSEKVENS, SANNOLIKHET } from './scores';

/**
 * The scale legend printed beside the riskmatris (VP 2022, 001 rad 343–401): a header
 * "Sannolikhet | Konsekvens", then one row per step, the number to the left of its two labels:
 * "5 | Mycket sannolikt | Mycket allvarlig" … "1 | Osannolikt | Försumbar".
 */
export interface LegendStep {
  readonly numberCell: CellPos;
  /** The number printed, undefined when the cell is blank or holds no number. */
  readonly number: number | undefined;
  readonly printed: string;
  readonly label: string;
  /** The step the labels stand for on the scale (1–5). */
  readonly expected: number;
}

export function findScaleLegend(sheet: Sheet, beforeRow: number): LegendStep[] {
  const text = (row: number, col: number) => fold(cellText(sheet.cell(row, col)).trim());
  for (let row = 0; row < beforeRow; row++) {
    for (let col = 1; col + 1 < Math.min(sheet.colCount, 40); col++) {
      if (text(row, col) !== 'sannolikhet' || text(row, col + 1) !== 'konsekvens') continue;
      const steps: LegendStep[] = [];
      for (let r = row + 1; r <= row + 5 && r < beforeRow; r++) {
        const s = SANNOLIKHET.findIndex((l) => fold(l) === text(r, col));
        const k = KONSEKVENS.findIndex((l) => fold(l) === text(r, col + 1));
        const at = s >= 0 ? s : k;
        if (at < 0) break;
        steps.push({
          numberCell: { row: r, col: col - 1 },
          number: numberAt(sheet, r, col - 1),
          printed: cellText(sheet.cell(r, col - 1)).trim(),
          label: cellText(sheet.cell(r, s >= 0 ? col : col + 1)).trim(),
          expected: at + 1,
        });
      }
      if (steps.length > 0) return steps;
    }
  }
  return [];
}
