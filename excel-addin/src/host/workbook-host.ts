import type { CellEdit, Problem } from '../../../shared/engine';
import type { CellValue, Workbook } from '../../../shared/grid';

/** Why an edit or a mark could not be made; each is shown to the person, nothing is changed. */
export type RefusalReason = 'changed' | 'protected' | 'editing' | 'merged' | 'hidden' | 'missing-sheet' | 'shared-formula';

export interface Refusal {
  readonly edit: CellEdit;
  readonly reason: RefusalReason;
  /** What the cell holds now (for 'changed'). */
  readonly actual?: CellValue;
}

export interface CellChange {
  readonly sheet: string;
  /** A1 addresses or ranges that changed. */
  readonly ranges: readonly string[];
}

/**
 * The one port between the core and a workbook, whoever holds it: Excel through Office.js, or an
 * .xlsx file. Hosts adapt; they never decide what is right or wrong in a template.
 */
export interface WorkbookHost {
  /** Used ranges of every sheet: values (never formatted text), formulas, number formats. */
  readWorkbook(): Promise<Workbook>;
  /**
   * Applies the edits whose cells still hold `edit.expected` (the grid's If-Match); the rest are
   * refused with a reason. All or nothing per cell, never a partial cell.
   */
  applyEdits(edits: readonly CellEdit[]): Promise<{ readonly applied: readonly CellEdit[]; readonly refused: readonly Refusal[] }>;
  /** Marks each problem on its cell without destroying the person's formatting. */
  markProblems(problems: readonly Problem[]): Promise<void>;
  /** Removes every mark this host made and restores what the marks changed. */
  clearMarks(): Promise<void>;
  selectCell(sheet: string, cell: string): Promise<void>;
  /** Calls back when cells change; returns the unsubscribe function. */
  onChanged(listener: (change: CellChange) => void): () => void;
}
