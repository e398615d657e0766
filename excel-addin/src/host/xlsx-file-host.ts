import type { CellEdit, Problem } from '../../../shared/engine';
import { type Cell, type Workbook, EMPTY_CELL, parseA1, parseRange, sameValue, toA1 } from '../../../shared/grid';
import { type RawInflate } from '../xlsx-adapter/inflate';
import { type CellPatch, PatchError, patchWorkbookBytes } from '../xlsx-adapter/patch-cells';
import { DEFAULT_READ_LIMITS, parseWorkbook } from '../xlsx-adapter/read-workbook';
import type { ApplyOutcome, CellAt, CellChange, ClearResult, MarkResult, Refusal, RefusalReason, WorkbookHost } from './workbook-host';

/** Where the file's bytes live: loaded afresh for every read and edit, so a change behind our back shows. */
export interface XlsxStore {
  load(): Promise<Uint8Array>;
  save(bytes: Uint8Array): Promise<void>;
}

export interface XlsxFileHost extends WorkbookHost {
  /** A file has nowhere to show marks; they are kept here for the caller's report ('list' style). */
  readonly marks: readonly CellAt[];
  readonly selection: CellAt | undefined;
}

function inMergeButNotAnchor(cell: string, merges: readonly string[]): boolean {
  const { row, col } = parseA1(cell);
  return merges.some((m) => {
    const r = parseRange(m);
    return row >= r.start.row && row <= r.end.row && col >= r.start.col && col <= r.end.col && (row !== r.start.row || col !== r.start.col);
  });
}

function cellsOf(ranges: readonly string[]): string[] {
  const out: string[] = [];
  for (const ref of ranges) {
    const r = parseRange(ref);
    for (let row = r.start.row; row <= r.end.row; row++) for (let col = r.start.col; col <= r.end.col; col++) out.push(toA1(row, col));
  }
  return out;
}

/**
 * The WorkbookHost port on an .xlsx file: read by the product's reader, written by the cell patcher
 * (only the touched cells change, every other part stays byte for byte). Edits are checked against
 * the file as it is on disk at that moment, so an edit made elsewhere since planning is refused.
 */
export function createXlsxFileHost(store: XlsxStore, options: { inflate?: RawInflate } = {}): XlsxFileHost {
  const listeners = new Set<(change: CellChange) => void>();
  let marks: CellAt[] = [];
  let selection: CellAt | undefined;
  const parse = (bytes: Uint8Array): Workbook => (options.inflate ? parseWorkbook(bytes, DEFAULT_READ_LIMITS, options.inflate) : parseWorkbook(bytes));

  return {
    get marks() {
      return marks;
    },
    get selection() {
      return selection;
    },

    async readWorkbook(): Promise<Workbook> {
      return parse(await store.load());
    },

    async readCells(sheet: string, ranges: readonly string[]): Promise<ReadonlyMap<string, Cell>> {
      const s = parse(await store.load()).sheet(sheet);
      return new Map(cellsOf(ranges).map((a1) => [a1, s ? s.at(a1) : EMPTY_CELL]));
    },

    async applyEdits(edits: readonly CellEdit[]): Promise<ApplyOutcome> {
      if (edits.length === 0) return { applied: [], refused: [] };
      const bytes = await store.load();
      const workbook = parse(bytes);
      const refused: Refusal[] = [];
      const ok: CellEdit[] = [];
      const refuse = (edit: CellEdit, reason: RefusalReason, extra: Partial<Refusal> = {}) => refused.push({ edit, reason, ...extra });
      for (const edit of edits) {
        const sheet = workbook.sheet(edit.sheet);
        if (!sheet) refuse(edit, 'missing-sheet');
        else if (sheet.hidden) refuse(edit, 'hidden');
        else if (sheet.protected) refuse(edit, 'protected');
        else if (inMergeButNotAnchor(edit.cell, sheet.merges)) refuse(edit, 'merged');
        else {
          const current = sheet.at(edit.cell);
          if (!sameValue(current.value, edit.expected.value) || current.formula !== edit.expected.formula) refuse(edit, 'changed', { actual: current.value });
          else ok.push(edit);
        }
      }
      const patchOf = (e: CellEdit): CellPatch => (e.formula === undefined ? { sheet: e.sheet, cell: e.cell, value: e.value } : { sheet: e.sheet, cell: e.cell, value: e.value, formula: e.formula });
      let applied = ok;
      let next: Uint8Array | undefined;
      if (ok.length > 0) {
        try {
          next = patchWorkbookBytes(bytes, ok.map(patchOf));
        } catch (error) {
          if (!(error instanceof PatchError)) throw error;
          // One cell the patcher will not touch (a shared formula others build on): find it, keep the rest.
          applied = [];
          for (const e of ok) {
            try {
              patchWorkbookBytes(bytes, [patchOf(e)]);
              applied.push(e);
            } catch (single) {
              if (!(single instanceof PatchError)) throw single;
              refuse(e, 'shared-formula', { detail: single.en });
            }
          }
          next = applied.length > 0 ? patchWorkbookBytes(bytes, applied.map(patchOf)) : undefined;
        }
      }
      if (next) await store.save(next);
      const bySheet = new Map<string, string[]>();
      for (const e of applied) bySheet.set(e.sheet, [...(bySheet.get(e.sheet) ?? []), e.cell]);
      for (const [sheet, ranges] of bySheet) for (const l of listeners) l({ sheet, ranges, kind: 'edit' });
      return { applied, refused: refused.sort((a, b) => edits.indexOf(a.edit) - edits.indexOf(b.edit)) };
    },

    async markProblems(problems: readonly Problem[]): Promise<MarkResult> {
      const seen = new Set<string>();
      marks = [];
      for (const p of problems) {
        const k = `${p.sheet}!${p.cell}`;
        if (seen.has(k)) continue;
        seen.add(k);
        marks.push({ sheet: p.sheet, cell: p.cell });
      }
      return { style: 'list', marked: marks, skipped: [], notesKept: [] };
    },

    async clearMarks(): Promise<ClearResult> {
      const restored = marks.length;
      marks = [];
      return { restored, kept: [] };
    },

    async selectCell(sheet: string, cell: string): Promise<void> {
      selection = { sheet, cell };
    },

    onChanged(listener: (change: CellChange) => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
