import type { CellEdit, Problem } from '../../../shared/engine';
import type { Cell, Workbook } from '../../../shared/grid';
import { type ApplyOutcome, type CellChange, type ClearResult, HostError, type MarkResult, type WorkbookHost } from '../host/workbook-host';
import { applyEditsPass } from './apply-edits';
import { localAddress } from './addresses';
import { type EventHandlerResult, type ExcelApi, type OfficeApi, officeErrorCode } from './excel-api';
import { type MarkRecord, clearPass, loadSavedMarks, markPass } from './marks';
import { type ReadPassOptions, type ShapeCache, readCellsPass, readWorkbookPass } from './read-pass';
import { type ExcelFeatures, detectFeatures } from './requirements';

export interface OfficeGlobals {
  readonly Excel: ExcelApi;
  readonly Office: OfficeApi;
}

export interface OfficeHost extends WorkbookHost {
  readonly features: ExcelFeatures;
}

function busy(error: unknown): never {
  if (officeErrorCode(error) === 'InvalidOperationInCellEditMode') {
    throw new HostError('editing', 'Excel is in cell-edit mode; nothing was read or changed.');
  }
  throw error;
}

/** The WorkbookHost port on Office.js: the only code that talks to Excel. */
export function createOfficeHost(globals: OfficeGlobals, options: ReadPassOptions = {}): OfficeHost {
  const { Excel } = globals;
  const features = detectFeatures(globals.Office);
  const shapes: ShapeCache = new Map();
  let names = new Map<string, string>();
  let marks: MarkRecord[] | undefined;
  const listeners = new Set<(change: CellChange) => void>();
  let registration: Promise<EventHandlerResult[]> | undefined;

  const emit = (change: CellChange) => {
    for (const l of listeners) l(change);
  };

  const register = () =>
    Excel.run(async (ctx) => {
      const list = ctx.workbook.worksheets.load('items/id,items/name');
      await ctx.sync();
      names = new Map(list.items.map((ws) => [ws.id, ws.name]));
      const results: EventHandlerResult[] = list.items.map((ws) =>
        ws.onChanged.add(async (args) => {
          const sheet = names.get(args.worksheetId);
          if (sheet === undefined) return;
          emit({ sheet, ranges: [localAddress(args.address)], kind: args.changeType === 'RangeEdited' ? 'edit' : 'structure' });
        }),
      );
      const structure = async (args: { worksheetId: string }) => {
        emit({ sheet: names.get(args.worksheetId) ?? '', ranges: [], kind: 'structure' });
      };
      results.push(ctx.workbook.worksheets.onAdded.add(structure), ctx.workbook.worksheets.onDeleted.add(structure));
      await ctx.sync();
      return results;
    });

  const unregister = async (results: EventHandlerResult[]) => {
    const first = results[0];
    if (!first) return;
    await Excel.run(first.context, async (ctx) => {
      for (const r of results) r.remove();
      await ctx.sync();
    });
  };

  return {
    features,

    async readWorkbook(): Promise<Workbook> {
      try {
        const { workbook, ids } = await readWorkbookPass(Excel, features, shapes, options);
        names = new Map(ids);
        return workbook;
      } catch (error) {
        return busy(error);
      }
    },

    async readCells(sheet: string, ranges: readonly string[]): Promise<ReadonlyMap<string, Cell>> {
      try {
        return await readCellsPass(Excel, sheet, ranges);
      } catch (error) {
        return busy(error);
      }
    },

    applyEdits(edits: readonly CellEdit[]): Promise<ApplyOutcome> {
      return applyEditsPass(Excel, features, edits, options.budget);
    },

    async markProblems(problems: readonly Problem[]): Promise<MarkResult> {
      try {
        marks ??= await loadSavedMarks(Excel, features);
        const { result, records } = await markPass(Excel, features, problems, marks, options.budget);
        marks = records;
        return result;
      } catch (error) {
        return busy(error);
      }
    },

    async clearMarks(): Promise<ClearResult> {
      try {
        marks ??= await loadSavedMarks(Excel, features);
        const { result, left } = await clearPass(Excel, features, marks, options.budget);
        marks = left;
        return result;
      } catch (error) {
        return busy(error);
      }
    },

    async selectCell(sheet: string, cell: string): Promise<void> {
      try {
        await Excel.run(async (ctx) => {
          const ws = ctx.workbook.worksheets.getItem(sheet);
          ws.activate();
          ws.getRange(cell).select();
          await ctx.sync();
        });
      } catch (error) {
        busy(error);
      }
    },

    onChanged(listener: (change: CellChange) => void): () => void {
      listeners.add(listener);
      registration ??= register();
      return () => {
        listeners.delete(listener);
        if (listeners.size > 0 || !registration) return;
        const done = registration;
        registration = undefined;
        void done.then(unregister).catch(() => undefined);
      };
    },
  };
}
