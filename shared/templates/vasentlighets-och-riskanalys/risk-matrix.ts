import { type CellPos, type Sheet, cellText } from '../../grid';
import { fold, numberAt } from '../../engine';
import type { RiskClass } from './scores';

/**
 * The riskmatris printed with the VoR: a 5 × 5 grid whose cells list the Nr of the events with
 * that sannolikhet and konsekvens ("62 61 42 35 19"), the axes numbered 1–5, the legend
 * "Kritisk Medium Låg" with a count under each class, and "Totalt: 65".
 */

export interface MatrixCell {
  readonly cell: CellPos;
  readonly sannolikhet: number;
  readonly konsekvens: number;
  readonly numbers: readonly number[];
}

export interface ClassCount {
  readonly klass: RiskClass;
  /** The legend word as printed ('Kritisk'). */
  readonly label: string;
  readonly labelCell: CellPos;
  readonly countCell: CellPos;
  readonly count: number | undefined;
}

export interface RiskMatrix {
  readonly cells: readonly MatrixCell[];
  readonly total: { readonly cell: CellPos; readonly value: number | undefined } | undefined;
  readonly counts: readonly ClassCount[];
}

const CLASS_WORDS: Readonly<Record<string, RiskClass>> = { kritisk: 'kritisk', medium: 'medium', lag: 'lag' };
const TOTAL = /^totalt:?\s*(\d+)?$/;

function axisNumber(sheet: Sheet, row: number, col: number): number | undefined {
  if (row < 0 || col < 0) return undefined;
  const cell = sheet.cell(row, col);
  const t = cellText(cell).trim();
  if (!/^[1-5]$/.test(t)) return undefined;
  return Number(t);
}

function isPermutation(values: readonly (number | undefined)[]): boolean {
  return values.every((v) => v !== undefined) && new Set(values).size === 5;
}

/** Nr lists as printed: '37 26', '62\n61 42', or a lone number. */
export function numbersIn(text: string): number[] {
  return text
    .split(/[\s,;]+/)
    .filter((t) => /^\d+$/.test(t))
    .map(Number);
}

/** Searches the rows above the table (where the export prints the matrix). */
export function findRiskMatrix(sheet: Sheet, beforeRow: number): RiskMatrix | undefined {
  for (let axisRow = 5; axisRow < beforeRow; axisRow++) {
    for (let col = 1; col + 4 < Math.min(sheet.colCount, 40); col++) {
      const axis = [0, 1, 2, 3, 4].map((i) => axisNumber(sheet, axisRow, col + i));
      const side = [5, 4, 3, 2, 1].map((i) => axisNumber(sheet, axisRow - i, col - 1));
      if (!isPermutation(axis) || !isPermutation(side)) continue;
      const rowsAreSannolikhet = !labelsSwapped(sheet, axisRow, col);
      const cells: MatrixCell[] = [];
      for (let i = 0; i < 5; i++) {
        for (let j = 0; j < 5; j++) {
          const row = axisRow - 5 + i;
          const across = axis[j]!;
          const down = side[i]!;
          const numbers = numbersIn(cellText(sheet.cell(row, col + j)));
          cells.push({
            cell: { row, col: col + j },
            sannolikhet: rowsAreSannolikhet ? down : across,
            konsekvens: rowsAreSannolikhet ? across : down,
            numbers,
          });
        }
      }
      return { cells, ...legendOf(sheet, beforeRow) };
    }
  }
  return undefined;
}

/**
 * The matrix in the seed has Sannolikhet down the side and Konsekvens along the bottom. A sheet
 * that labels the bottom axis "Sannolikhet" is read the other way round.
 */
function labelsSwapped(sheet: Sheet, axisRow: number, col: number): boolean {
  for (let row = axisRow; row <= axisRow + 1; row++) {
    for (let c = col; c < col + 5; c++) {
      const t = fold(cellText(sheet.cell(row, c)));
      if (t === 'sannolikhet') return true;
      if (t === 'konsekvens') return false;
    }
  }
  return false;
}

function legendOf(sheet: Sheet, beforeRow: number): Pick<RiskMatrix, 'total' | 'counts'> {
  const counts: ClassCount[] = [];
  let total: RiskMatrix['total'];
  for (let row = 0; row < beforeRow; row++) {
    for (let col = 0; col < Math.min(sheet.colCount, 40); col++) {
      const printed = cellText(sheet.cell(row, col)).trim();
      const t = fold(printed);
      const klass = CLASS_WORDS[t];
      if (klass && !counts.some((c) => c.klass === klass)) {
        const countCell = { row: row + 1, col };
        counts.push({ klass, label: printed, labelCell: { row, col }, countCell, count: numberAt(sheet, row + 1, col) });
      }
      const m = TOTAL.exec(t);
      if (m && total === undefined) {
        total = m[1] !== undefined ? { cell: { row, col }, value: Number(m[1]) } : { cell: { row, col: col + 1 }, value: numberAt(sheet, row, col + 1) };
      }
    }
  }
  return { total, counts };
}
