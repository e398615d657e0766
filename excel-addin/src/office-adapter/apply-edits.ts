import type { CellEdit } from '../../../shared/engine';
import { type Cell, parseA1, parseRange, sameValue } from '../../../shared/grid';
import type { ApplyOutcome, Refusal, RefusalReason } from '../host/workbook-host';
import { areaAddresses } from './addresses';
import { cellOrEmpty, editInput, isDateNumberFormat, jsonBytes } from './cell-convert';
import { type ExcelApi, PAYLOAD_LIMIT_BYTES, type Range, type RangeAreas, type RequestContext, type Worksheet, type WorksheetProtection, officeErrorCode } from './excel-api';
import type { ExcelFeatures } from './requirements';

/** A column run of edits on consecutive rows: one range to check, one to write. */
interface Run {
  readonly sheet: string;
  readonly col: number;
  readonly r0: number;
  readonly edits: readonly CellEdit[];
}

interface SheetCheck {
  readonly ws: Worksheet;
  readonly protection: WorksheetProtection;
}

interface RunCheck {
  readonly run: Run;
  readonly range: Range;
  readonly merges: RangeAreas | undefined;
}

export const DEFAULT_REQUEST_BUDGET = Math.floor(PAYLOAD_LIMIT_BYTES * 0.92);
// Requests carry the object path and action envelope for every range besides the values themselves.
const PER_RANGE_BYTES = 420;
const DATE_FORMAT = 'yyyy-mm-dd';
// values + formulas + numberFormat of one cell in the check's response, generously.
const CHECK_BYTES_PER_CELL = 48;

function runsOf(edits: readonly CellEdit[]): Run[] {
  const byColumn = new Map<string, { row: number; edit: CellEdit }[]>();
  for (const edit of edits) {
    const { row, col } = parseA1(edit.cell);
    const key = `${edit.sheet}\u0000${col}`;
    const list = byColumn.get(key) ?? [];
    list.push({ row, edit });
    byColumn.set(key, list);
  }
  const runs: Run[] = [];
  for (const [key, list] of byColumn) {
    const [sheet, colText] = key.split('\u0000') as [string, string];
    const col = Number(colText);
    list.sort((a, b) => a.row - b.row);
    let start = 0;
    for (let i = 1; i <= list.length; i++) {
      if (i < list.length && list[i]!.row === list[i - 1]!.row + 1) continue;
      runs.push({ sheet, col, r0: list[start]!.row, edits: list.slice(start, i).map((x) => x.edit) });
      start = i;
    }
  }
  return runs;
}

function inMergeButNotAnchor(cell: string, merges: readonly string[]): boolean {
  const { row, col } = parseA1(cell);
  return merges.some((m) => {
    const r = parseRange(m);
    return row >= r.start.row && row <= r.end.row && col >= r.start.col && col <= r.end.col && (row !== r.start.row || col !== r.start.col);
  });
}

function packed<T>(items: readonly T[], bytesOf: (t: T) => number, budget: number): T[][] {
  const out: T[][] = [];
  let current: T[] = [];
  let bytes = 0;
  for (const item of items) {
    const b = bytesOf(item);
    if (current.length > 0 && bytes + b > budget) {
      out.push(current);
      current = [];
      bytes = 0;
    }
    current.push(item);
    bytes += b;
  }
  if (current.length > 0) out.push(current);
  return out;
}

/**
 * Applies edits with the grid's If-Match: first a read of every target cell (with its sheet's
 * protection, visibility, hidden rows and columns and merged areas), then one write of the edits
 * that still hold. Two syncs while both fit one request each; above that, each phase is packed
 * into as few requests under the cap as the data allows. Edits in one column on consecutive rows
 * share a range, so a column of fills is one write, never one per cell.
 */
export async function applyEditsPass(excel: ExcelApi, features: ExcelFeatures, edits: readonly CellEdit[], budget = DEFAULT_REQUEST_BUDGET): Promise<ApplyOutcome> {
  if (edits.length === 0) return { applied: [], refused: [] };
  const refused: Refusal[] = [];
  const refuse = (edit: CellEdit, reason: RefusalReason, extra: Partial<Refusal> = {}) => refused.push({ edit, reason, ...extra });
  try {
    return await excel.run(async (ctx) => {
      // A run too long for one request is cut into pieces that fit.
      const maxRows = Math.max(1, Math.floor((budget - PER_RANGE_BYTES) / CHECK_BYTES_PER_CELL));
      let runs = runsOf(edits).flatMap((run) => {
        const parts: Run[] = [];
        for (let i = 0; i < run.edits.length; i += maxRows) parts.push({ ...run, r0: run.r0 + i, edits: run.edits.slice(i, i + maxRows) });
        return parts;
      });
      const allowed: { run: Run; formats: unknown[][] }[] = [];
      const checkBatches = packed(runs, (r) => PER_RANGE_BYTES + r.edits.length * CHECK_BYTES_PER_CELL, budget);
      for (let b = 0; b < checkBatches.length; b++) {
        let batch = checkBatches[b]!;
        let sheets = new Map<string, SheetCheck>();
        let checks: RunCheck[] = [];
        const queueChecks = () => {
          sheets = new Map();
          checks = batch.map((run) => {
            let s = sheets.get(run.sheet);
            if (!s) {
              const ws = ctx.workbook.worksheets.getItem(run.sheet).load('visibility');
              s = { ws, protection: ws.protection.load('protected') };
              sheets.set(run.sheet, s);
            }
            const range = s.ws.getRangeByIndexes(run.r0, run.col, run.edits.length, 1).load('values,formulas,numberFormat,rowHidden,columnHidden');
            const merges = features.mergedAreas ? range.getMergedAreasOrNullObject().load('address') : undefined;
            return { run, range, merges };
          });
        };
        queueChecks();
        try {
          await ctx.sync();
        } catch (error) {
          if (officeErrorCode(error) !== 'ItemNotFound') throw error;
          // A sheet was deleted or renamed since the last read: find which, refuse its edits, retry.
          const list = ctx.workbook.worksheets.load('items/name');
          await ctx.sync();
          const names = new Set(list.items.map((ws) => ws.name));
          for (const run of batch) if (!names.has(run.sheet)) run.edits.forEach((e) => refuse(e, 'missing-sheet'));
          batch = batch.filter((run) => names.has(run.sheet));
          runs = runs.filter((run) => names.has(run.sheet));
          if (batch.length === 0) continue;
          queueChecks();
          await ctx.sync();
        }
        for (const { run, range, merges } of checks) {
          const sheet = sheets.get(run.sheet)!;
          if (sheet.ws.visibility !== 'Visible') {
            run.edits.forEach((e) => refuse(e, 'hidden'));
            continue;
          }
          if (sheet.protection.protected) {
            run.edits.forEach((e) => refuse(e, 'protected'));
            continue;
          }
          // Mixed hidden rows read as null: the run is refused whole rather than guessed at.
          if (range.rowHidden !== false || range.columnHidden !== false) {
            run.edits.forEach((e) => refuse(e, 'hidden'));
            continue;
          }
          const mergeList = merges && !merges.isNullObject ? areaAddresses(merges.address) : [];
          const ok: CellEdit[] = [];
          const formats: unknown[][] = [];
          run.edits.forEach((edit, i) => {
            const current: Cell = cellOrEmpty(range.values[i]![0], range.formulas[i]![0], range.numberFormat[i]![0]);
            if (inMergeButNotAnchor(edit.cell, mergeList)) refuse(edit, 'merged');
            else if (!sameValue(current.value, edit.expected.value) || current.formula !== edit.expected.formula) refuse(edit, 'changed', { actual: current.value });
            else {
              ok.push(edit);
              formats.push([range.numberFormat[i]![0]]);
            }
          });
          // Split the run where a refused cell breaks it, so that writes stay contiguous.
          let start = 0;
          for (let i = 1; i <= ok.length; i++) {
            if (i < ok.length && parseA1(ok[i]!.cell).row === parseA1(ok[i - 1]!.cell).row + 1) continue;
            const part = ok.slice(start, i);
            allowed.push({ run: { sheet: run.sheet, col: run.col, r0: parseA1(part[0]!.cell).row, edits: part }, formats: formats.slice(start, i) });
            start = i;
          }
        }
      }

      const applied: CellEdit[] = [];
      const writeBatches = packed(allowed, ({ run }) => PER_RANGE_BYTES + run.edits.reduce((s, e) => s + jsonBytes(editInput(e)) + 4, 0), budget);
      for (let b = 0; b < writeBatches.length; b++) {
        const batch = writeBatches[b]!;
        writeBatch(ctx, batch);
        try {
          await ctx.sync();
        } catch (error) {
          const reason: RefusalReason = officeErrorCode(error) === 'InvalidOperationInCellEditMode' ? 'editing' : 'failed';
          const detail = error instanceof Error ? error.message : String(error);
          for (const rest of writeBatches.slice(b)) for (const { run } of rest) run.edits.forEach((e) => refuse(e, reason, { detail }));
          break;
        }
        for (const { run } of batch) applied.push(...run.edits);
      }
      return { applied, refused: refused.sort((a, b) => edits.indexOf(a.edit) - edits.indexOf(b.edit)) };
    });
  } catch (error) {
    // Nothing was written: the checks failed (Excel busy with a cell edit, or the request itself).
    const code = officeErrorCode(error);
    const reason: RefusalReason = code === 'InvalidOperationInCellEditMode' ? 'editing' : 'failed';
    const detail = error instanceof Error ? error.message : String(error);
    const done = new Set(refused.map((r) => r.edit));
    return { applied: [], refused: [...refused, ...edits.filter((e) => !done.has(e)).map((edit) => ({ edit, reason, detail }))] };
  }
}

function writeBatch(ctx: RequestContext, batch: readonly { run: Run; formats: unknown[][] }[]): void {
  const sheets = new Map<string, Worksheet>();
  for (const { run, formats } of batch) {
    let ws = sheets.get(run.sheet);
    if (!ws) sheets.set(run.sheet, (ws = ctx.workbook.worksheets.getItem(run.sheet)));
    const range = ws.getRangeByIndexes(run.r0, run.col, run.edits.length, 1);
    // A date is written as its serial; a cell not yet formatted as a date gets the ISO format so
    // that it shows as one. Other formats are the person's and stay.
    const needsDateFormat = run.edits.some((e, i) => e.value.kind === 'date' && e.formula === undefined && !isDateNumberFormat(String(formats[i]![0])));
    if (needsDateFormat) {
      range.numberFormat = run.edits.map((e, i) => [e.value.kind === 'date' && !isDateNumberFormat(String(formats[i]![0])) ? DATE_FORMAT : formats[i]![0]]);
    }
    range.formulas = run.edits.map((e) => [editInput(e)]);
  }
}
