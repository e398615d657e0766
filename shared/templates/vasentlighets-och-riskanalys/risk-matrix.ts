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

/** An axis cell that does not hold the number its place on the printed axis calls for. */
export interface AxisSlip {
  readonly cell: CellPos;
  readonly expected: number;
  readonly text: string;
}

export interface RiskMatrix {
  readonly cells: readonly MatrixCell[];
  /** Empty when both axes read as printed; see findRiskMatrix. */
  readonly axisSlips: readonly AxisSlip[];
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

/** The axes as the export prints them: 5 down to 1 at the side, 1 to 5 along the bottom. */
const PRINTED_SIDE = [5, 4, 3, 2, 1] as const;
const PRINTED_AXIS = [1, 2, 3, 4, 5] as const;

/**
 * Searches the rows above the table (where the export prints the matrix). Axes numbered 1–5 in
 * any order are read as they stand. Failing that, a matrix whose axes are as printed but for one
 * cell (a number typed over, deleted, given a sign) is still read, with the printed numbers, and
 * the cell is listed as a slip: the matrix stays checkable and the slip is reported.
 */
export function findRiskMatrix(sheet: Sheet, beforeRow: number): RiskMatrix | undefined {
  const at = (axisRow: number, col: number) => ({
    axis: [0, 1, 2, 3, 4].map((i) => axisNumber(sheet, axisRow, col + i)),
    side: [5, 4, 3, 2, 1].map((i) => axisNumber(sheet, axisRow - i, col - 1)),
  });
  for (let axisRow = 5; axisRow < beforeRow; axisRow++) {
    for (let col = 1; col + 4 < Math.min(sheet.colCount, 40); col++) {
      const { axis, side } = at(axisRow, col);
      if (isPermutation(axis) && isPermutation(side)) return matrixAt(sheet, beforeRow, axisRow, col, axis as number[], side as number[], []);
    }
  }
  for (let axisRow = 5; axisRow < beforeRow; axisRow++) {
    for (let col = 1; col + 4 < Math.min(sheet.colCount, 40); col++) {
      const { axis, side } = at(axisRow, col);
      const slips: AxisSlip[] = [];
      PRINTED_AXIS.forEach((n, j) => axis[j] !== n && slips.push(slip(sheet, { row: axisRow, col: col + j }, n)));
      PRINTED_SIDE.forEach((n, i) => side[i] !== n && slips.push(slip(sheet, { row: axisRow - 5 + i, col: col - 1 }, n)));
      if (slips.length === 1) return matrixAt(sheet, beforeRow, axisRow, col, PRINTED_AXIS, PRINTED_SIDE, slips);
    }
  }
  return undefined;
}

function slip(sheet: Sheet, cell: CellPos, expected: number): AxisSlip {
  return { cell, expected, text: cellText(sheet.cell(cell.row, cell.col)).trim() };
}

function matrixAt(
  sheet: Sheet,
  beforeRow: number,
  axisRow: number,
  col: number,
  axis: readonly number[],
  side: readonly number[],
  axisSlips: readonly AxisSlip[],
): RiskMatrix {
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
  return { cells, axisSlips, ...legendOf(sheet, beforeRow) };
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
