import type { CellEdit, Problem } from '../../../shared/engine';
import type { Cell, CellValue, Workbook } from '../../../shared/grid';

/** Why an edit or a mark could not be made; each is shown to the person, nothing is changed. */
export type RefusalReason =
  | 'changed'
  | 'protected'
  | 'editing'
  | 'merged'
  | 'hidden'
  | 'missing-sheet'
  | 'shared-formula'
  /** The host failed for a reason of its own (detail says which); the cell was not written. */
  | 'failed';

export interface Refusal {
  readonly edit: CellEdit;
  readonly reason: RefusalReason;
  /** What the cell holds now (for 'changed'). */
  readonly actual?: CellValue;
  /** English, for the log. */
  readonly detail?: string;
}

export interface ApplyOutcome {
  readonly applied: readonly CellEdit[];
  readonly refused: readonly Refusal[];
}

export interface CellChange {
  readonly sheet: string;
  /** A1 addresses or ranges that changed. */
  readonly ranges: readonly string[];
  /**
   * 'structure' when rows, columns or sheets were inserted, deleted or renamed: addresses have
   * shifted, so only a full re-read is right.
   */
  readonly kind: 'edit' | 'structure';
}

/** How marks show in the workbook: a note and a fill, a fill only, or only in the pane's list. */
export type MarkStyle = 'note' | 'fill' | 'list';

export interface CellAt {
  readonly sheet: string;
  readonly cell: string;
}

export interface MarkResult {
  readonly style: MarkStyle;
  readonly marked: readonly CellAt[];
  /** Cells that got no mark at all, with why. */
  readonly skipped: readonly (CellAt & { readonly reason: 'protected' | 'hidden' | 'missing-sheet' })[];
  /** Cells whose own note was kept: they got the fill but not our note. */
  readonly notesKept: readonly CellAt[];
}

export interface ClearResult {
  readonly restored: number;
  /** Marks left where they are because the cell's fill or note was changed since (by a person). */
  readonly kept: readonly (CellAt & { readonly reason: 'changed' | 'protected' | 'missing-sheet' })[];
}

export type HostErrorReason = 'editing' | 'unavailable';

/** A host that cannot do anything right now (Excel is in cell-edit mode); nothing was changed. */
export class HostError extends Error {
  constructor(
    readonly reason: HostErrorReason,
    detail: string,
  ) {
    super(detail);
    this.name = 'HostError';
  }
}

/**
 * The one port between the core and a workbook, whoever holds it: Excel through Office.js, or an
 * .xlsx file. Hosts adapt; they never decide what is right or wrong in a template.
 */
export interface WorkbookHost {
  /** Used ranges of every sheet: values (never formatted text), formulas, number formats. */
  readWorkbook(): Promise<Workbook>;
  /** The current content of some ranges of one sheet, cell by cell (blank cells included). */
  readCells(sheet: string, ranges: readonly string[]): Promise<ReadonlyMap<string, Cell>>;
  /**
   * Applies the edits whose cells still hold `edit.expected` (the grid's If-Match); the rest are
   * refused with a reason: the cell changed, or is on a protected or hidden sheet, in a hidden row
   * or column, inside a merged area, or Excel is busy with a cell edit. All or nothing per cell.
   */
  applyEdits(edits: readonly CellEdit[]): Promise<ApplyOutcome>;
  /**
   * Marks each problem's cell without destroying the person's formatting: what a mark changes is
   * recorded, and replaces any marks made before.
   */
  markProblems(problems: readonly Problem[]): Promise<MarkResult>;
  /** Removes every mark this host made and restores what the marks changed. */
  clearMarks(): Promise<ClearResult>;
  selectCell(sheet: string, cell: string): Promise<void>;
  /** Calls back when cells change; returns the unsubscribe function. */
  onChanged(listener: (change: CellChange) => void): () => void;
}
