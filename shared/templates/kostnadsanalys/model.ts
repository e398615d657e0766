import { columnLetters, type Sheet } from '../../grid';
import { nearlyEqual, numberAt } from '../../engine';

import type { AnalysColumn, KostnadsanalysLayout } from './layout';

/**
 * The sheet as its formulas would compute it: column 4 from columns 1–3, the Kostnader and
 * Intäkter (-) lines from their rows, Netto from the two. Computed cells are always derived from
 * the typed inputs (never from another computed cell's current value), as Excel recalculates, so a
 * fill applied once leaves nothing to propose the second time.
 */
export interface Computed {
  readonly value: number;
  readonly formula: string;
  /** The typed input cells the value rests on; none filled means there is nothing to compute. */
  readonly inputs: readonly { readonly row: number; readonly col: number }[];
}

export function inputColumns(layout: KostnadsanalysLayout): AnalysColumn[] {
  const { ursprunglig, omslutning, begarda } = layout.byKey;
  return [ursprunglig, omslutning, begarda].filter((c): c is AnalysColumn => c !== undefined);
}

export function detailRows(layout: KostnadsanalysLayout): number[] {
  return [...layout.kostnader.rows, ...(layout.intakter?.rows ?? [])];
}

/** A detail row's cell: typed, except column 4 which is 1 + 2 + 3. */
export function detailCell(sheet: Sheet, layout: KostnadsanalysLayout, row: number, col: number): Computed {
  const efter = layout.byKey.efter;
  if (efter && col === efter.col) {
    const cols = inputColumns(layout);
    return {
      value: cols.reduce((s, c) => s + (numberAt(sheet, row, c.col) ?? 0), 0),
      formula: cols.map((c) => `${columnLetters(c.col)}${row + 1}`).join('+'),
      inputs: cols.map((c) => ({ row, col: c.col })),
    };
  }
  return { value: numberAt(sheet, row, col) ?? 0, formula: '', inputs: [{ row, col }] };
}

export function blockCell(sheet: Sheet, layout: KostnadsanalysLayout, rows: readonly number[], col: number): Computed {
  const parts = rows.map((row) => detailCell(sheet, layout, row, col));
  const letters = columnLetters(col);
  const contiguous = rows.every((r, i) => i === 0 || r === rows[i - 1]! + 1);
  const formula =
    rows.length === 0 ? '0' : contiguous ? `SUM(${letters}${rows[0]! + 1}:${letters}${rows.at(-1)! + 1})` : rows.map((r) => `${letters}${r + 1}`).join('+');
  return { value: parts.reduce((s, p) => s + p.value, 0), formula, inputs: parts.flatMap((p) => p.inputs) };
}

export function nettoCell(sheet: Sheet, layout: KostnadsanalysLayout, col: number): Computed {
  const k = blockCell(sheet, layout, layout.kostnader.rows, col);
  const i = layout.intakter ? blockCell(sheet, layout, layout.intakter.rows, col) : undefined;
  const letters = columnLetters(col);
  return {
    value: k.value + (i?.value ?? 0),
    formula: [layout.kostnader.row, ...(layout.intakter ? [layout.intakter.row] : [])].map((r) => `${letters}${r + 1}`).join('+'),
    inputs: [...k.inputs, ...(i?.inputs ?? [])],
  };
}

/** Whether a proposal is due: some input is filled, and the cell does not already hold the value. */
export function isDue(sheet: Sheet, row: number, col: number, computed: Computed): boolean {
  if (computed.inputs.every((p) => sheet.isBlank(p.row, p.col))) return false;
  const current = numberAt(sheet, row, col);
  // Within half the printed 0,0 mnkr the rules are satisfied; replacing a value there would be noise.
  return current === undefined || !nearlyEqual(current, computed.value, 0.05);
}

export const round = (x: number): number => Math.round(x * 1e6) / 1e6;
