import { type Sheet, cellText } from '../../grid';
import { fold, numberAt, textAt, yearIn } from '../../engine';
import { type RiskMatrix, findRiskMatrix } from './risk-matrix';

/**
 * The VoR as ILS-webb exports it: "KF:s mål för verksamhetsområdet | Process | Arbetssätt | Nr |
 * Oönskad händelse | Sannolikhet | Konsekvens | RV | IKP" (VP 2022, 001 rad 343–1357), the first
 * three merged down over their rows, with the riskmatris printed above the table. Columns are
 * found by their header text; only Nr, Oönskad händelse, Sannolikhet, Konsekvens and RV are needed.
 */

export interface VorColumns {
  readonly mal?: number;
  readonly process?: number;
  readonly arbetssatt?: number;
  readonly nr: number;
  readonly handelse: number;
  readonly sannolikhet: number;
  readonly konsekvens: number;
  readonly rv: number;
  readonly ikp?: number;
  /** No edition prints one; a sheet that adds it shows the åtgärd RV ≥ 9 demands. */
  readonly atgard?: number;
}

export interface VorLayout {
  readonly headerRow: number;
  readonly columns: VorColumns;
  /** The event rows, numbered or not, without repeated page headers. */
  readonly rows: readonly number[];
  readonly matrix: RiskMatrix | undefined;
  /** From the report line above the table ("Verksamhetsplan 2022"). */
  readonly planYear: number | undefined;
}

type Key = keyof VorColumns;

const HEADERS: readonly (readonly [Key, RegExp])[] = [
  ['mal', /^kf:?s mal\b|^mal\b/],
  ['process', /^process(er)?$/],
  ['arbetssatt', /^arbetssatt$/],
  ['nr', /^(nr|nummer)\.?$/],
  ['handelse', /\bhandelse$/],
  ['sannolikhet', /^sannolikhet\b/],
  ['konsekvens', /^konsekvens\b/],
  ['rv', /^(rv|riskvarde)$/],
  ['ikp', /^ikp$|^internkontrollplan/],
  ['atgard', /^atgard(er)?\b/],
];

const REQUIRED: readonly Key[] = ['nr', 'handelse', 'sannolikhet', 'konsekvens', 'rv'];

function columnsOf(sheet: Sheet, row: number): Partial<Record<Key, number>> {
  const found: Partial<Record<Key, number>> = {};
  for (let col = 0; col < Math.min(sheet.colCount, 40); col++) {
    const t = fold(textAt(sheet, row, col));
    if (!t) continue;
    const key = HEADERS.find(([, re]) => re.test(t))?.[0];
    if (key && found[key] === undefined) found[key] = col;
  }
  return found;
}

export function resolveLayout(sheet: Sheet): VorLayout | undefined {
  let headerRow = -1;
  let found: Partial<Record<Key, number>> = {};
  for (let row = 0; row < Math.min(sheet.rowCount, 120) && headerRow < 0; row++) {
    const c = columnsOf(sheet, row);
    if (REQUIRED.every((k) => c[k] !== undefined)) {
      headerRow = row;
      found = c;
    }
  }
  if (headerRow < 0) return undefined;
  const columns = found as VorColumns;

  const eventCols = [columns.nr, columns.handelse, columns.sannolikhet, columns.konsekvens, columns.rv, ...(columns.ikp === undefined ? [] : [columns.ikp])];
  const rows: number[] = [];
  for (let row = headerRow + 1; row < sheet.rowCount; row++) {
    if (fold(textAt(sheet, row, columns.nr)) === 'nr') continue;
    if (eventCols.some((col) => textAt(sheet, row, col) !== '')) rows.push(row);
  }

  return { headerRow, columns, rows, matrix: findRiskMatrix(sheet, headerRow), planYear: planYearAbove(sheet, headerRow) };
}

function planYearAbove(sheet: Sheet, headerRow: number): number | undefined {
  for (let row = 0; row < headerRow; row++) {
    for (let col = 0; col < Math.min(sheet.colCount, 12); col++) {
      const t = fold(cellText(sheet.cell(row, col)));
      if (/verksamhetsplan|budget/.test(t)) {
        const y = yearIn(t);
        if (y !== undefined) return y;
      }
    }
  }
  return undefined;
}

/** The Nr of a row as an integer, when the cell holds one. */
export function nrAt(sheet: Sheet, row: number, col: number): number | undefined {
  const n = numberAt(sheet, row, col);
  return n !== undefined && Number.isInteger(n) ? n : undefined;
}

