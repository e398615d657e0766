import { type Cell, Sheet, Workbook, toA1 } from '../../../shared/grid';
import { areaAddresses } from './addresses';
import { cellFromExcel, cellOrEmpty, jsonBytes } from './cell-convert';
import { type ExcelApi, PAYLOAD_LIMIT_BYTES, type Range, type RangeAreas, type RequestContext, type Worksheet, type WorksheetProtection, officeErrorCode } from './excel-api';
import type { ExcelFeatures } from './requirements';

/** What the last pass learnt about a sheet, so the next one can plan its requests. */
export interface SheetShape {
  readonly r0: number;
  readonly c0: number;
  readonly rows: number;
  readonly cols: number;
  /** Response bytes per cell for values + formulas + numberFormat, measured. */
  readonly bytesPerCell: number;
}

export type ShapeCache = Map<string, SheetShape>;

export interface ReadPassOptions {
  /** Bytes one response may carry; under Excel on the web's 5 MB with room for the envelope. */
  readonly budget?: number;
}

const DEFAULT_BUDGET = Math.floor(PAYLOAD_LIMIT_BYTES * 0.92);
// Until a sheet has been read once: a number, its formula column and 'General' are ~20 bytes.
const FIRST_GUESS_BYTES_PER_CELL = 24;
// After a whole read failed for size: guess high, so the first blocks fit; later ones are measured.
const CAUTIOUS_BYTES_PER_CELL = 48;
const MAX_CELLS_PER_READ = 5_000_000;
const DATA = 'values,formulas,numberFormat';

interface SheetHandle {
  readonly id: string;
  readonly name: string;
  readonly hidden: boolean;
  readonly ws: Worksheet;
  readonly protection: WorksheetProtection;
  readonly used: Range;
  readonly merges: RangeAreas | undefined;
}

interface Chunk {
  readonly sheet: SheetHandle;
  readonly r0: number;
  readonly c0: number;
  readonly rows: number;
  readonly cols: number;
  readonly bytes: number;
}

export function isPayloadError(error: unknown): boolean {
  const code = officeErrorCode(error);
  return code === 'ResponsePayloadSizeLimitExceeded' || code === 'RequestPayloadSizeLimitExceeded' || code === 'RangeExceedsLimit';
}

/**
 * Reads the used range of every sheet: values (never text), formulas and number formats. Two syncs
 * when the data fits one response (sheet list; then every used range with its protection and merged
 * areas); above the cap, the data goes in row blocks planned from the sizes learnt by the previous
 * pass, packed so that each sync carries as much as one response may.
 */
export async function readWorkbookPass(
  excel: ExcelApi,
  features: ExcelFeatures,
  cache: ShapeCache,
  options: ReadPassOptions = {},
): Promise<{ workbook: Workbook; ids: ReadonlyMap<string, string> }> {
  const budget = options.budget ?? DEFAULT_BUDGET;
  return excel.run(async (ctx) => {
    const list = ctx.workbook.worksheets.load('items/id,items/name,items/visibility');
    await ctx.sync();
    const items = list.items.map((ws) => ({ ws, id: ws.id, name: ws.name, hidden: ws.visibility !== 'Visible' }));
    const ids = new Map(items.map((i) => [i.id, i.name]));

    const known = items.map((i) => cache.get(i.id));
    const expected = known.reduce((sum, s) => sum + (s ? s.rows * s.cols * s.bytesPerCell : 0), 0);
    // Sheets never read before are taken to be small: most workbooks are, and a wrong guess costs one sync.
    let whole = expected <= budget;
    let withMerges = features.mergedAreas;
    let handles: SheetHandle[] = [];
    let early: Chunk[] = [];
    for (let attempt = 0; ; attempt++) {
      handles = items.map((i) => handleFor(ctx, i, whole, withMerges));
      early = whole ? [] : plannedFromCache(handles, cache, budget);
      for (const c of early) queueChunk(c);
      try {
        await ctx.sync();
        break;
      } catch (error) {
        if (officeErrorCode(error) === 'InvalidOperationInCellEditMode' || attempt >= 2) throw error;
        if (whole && isPayloadError(error)) whole = false;
        else if (withMerges && !isPayloadError(error)) withMerges = false; // e.g. more than 512 merged areas
        else throw error;
      }
    }

    const rowsBySheet = new Map<SheetHandle, (Cell | undefined)[][]>();
    const measured = new Map<SheetHandle, { bytes: number; cells: number }>();
    const take = (sheet: SheetHandle, r0: number, c0: number, values: unknown[][], formulas: unknown[][], formats: unknown[][]) => {
      let rows = rowsBySheet.get(sheet);
      if (!rows) rowsBySheet.set(sheet, (rows = []));
      let bytes = 0;
      let cells = 0;
      for (let i = 0; i < values.length; i++) {
        const vr = values[i]!;
        const fr = formulas[i]!;
        const nr = formats[i]!;
        let row: (Cell | undefined)[] | undefined;
        for (let j = 0; j < vr.length; j++) {
          const v = vr[j];
          const f = fr[j];
          const n = nr[j];
          bytes += jsonBytes(v) + jsonBytes(f) + jsonBytes(n);
          cells++;
          const cell = cellFromExcel(v, f, n);
          if (!cell) continue;
          row ??= rows[r0 + i] ?? (rows[r0 + i] = []);
          row[c0 + j] = cell;
        }
      }
      const m = measured.get(sheet) ?? { bytes: 0, cells: 0 };
      measured.set(sheet, { bytes: m.bytes + bytes, cells: m.cells + cells });
    };

    if (whole) {
      for (const h of handles) take(h, h.used.rowIndex, h.used.columnIndex, h.used.values, h.used.formulas, h.used.numberFormat);
    } else {
      const next = new Map<SheetHandle, number>(); // first row not yet read, per sheet
      for (const h of handles) next.set(h, h.used.rowIndex);
      for (const c of early) {
        const r = (c as Chunk & { range?: Range }).range!;
        take(c.sheet, c.r0, c.c0, r.values, r.formulas, r.numberFormat);
        // Blocks planned from the last pass count only if they cover the columns used now.
        const h = c.sheet;
        if (c.c0 <= h.used.columnIndex && c.c0 + c.cols >= h.used.columnIndex + h.used.columnCount && c.r0 <= next.get(h)!) {
          next.set(h, Math.max(next.get(h)!, c.r0 + c.rows));
        }
      }
      const guess = new Map<SheetHandle, number>(handles.map((h) => [h, cache.get(h.id)?.bytesPerCell ?? CAUTIOUS_BYTES_PER_CELL]));
      for (;;) {
        const batch: Chunk[] = [];
        let bytes = 0;
        for (const h of handles) {
          const end = h.used.rowIndex + h.used.rowCount;
          let r = next.get(h)!;
          const m = measured.get(h);
          const bpc = m && m.cells > 0 ? Math.max(m.bytes / m.cells, 1) * 1.05 : guess.get(h)!;
          const perRow = Math.max(1, h.used.columnCount * bpc);
          while (r < end) {
            const room = budget - bytes;
            const rows = Math.min(end - r, Math.floor(room / perRow), Math.floor(MAX_CELLS_PER_READ / Math.max(1, h.used.columnCount)));
            if (rows < 1) break;
            batch.push({ sheet: h, r0: r, c0: h.used.columnIndex, rows, cols: h.used.columnCount, bytes: rows * perRow });
            bytes += rows * perRow;
            r += rows;
          }
          if (bytes >= budget - perRow) break;
        }
        if (batch.length === 0) {
          // Not even one row fits the room left: give the next sheet a sync of its own.
          const h = handles.find((x) => next.get(x)! < x.used.rowIndex + x.used.rowCount);
          if (!h) break;
          batch.push({ sheet: h, r0: next.get(h)!, c0: h.used.columnIndex, rows: 1, cols: h.used.columnCount, bytes: 0 });
        }
        for (const c of batch) queueChunk(c);
        try {
          await ctx.sync();
        } catch (error) {
          if (!isPayloadError(error) || (batch.length === 1 && batch[0]!.rows === 1)) throw error;
          // The sizes were off: assume twice as much per cell for what this sync held, and go again.
          for (const c of batch) {
            const m = measured.get(c.sheet);
            guess.set(c.sheet, 2 * (m && m.cells > 0 ? m.bytes / m.cells : guess.get(c.sheet)!));
            measured.delete(c.sheet);
          }
          continue;
        }
        for (const c of batch) {
          const r = (c as Chunk & { range?: Range }).range!;
          take(c.sheet, c.r0, c.c0, r.values, r.formulas, r.numberFormat);
          next.set(c.sheet, c.r0 + c.rows);
        }
      }
    }

    const sheets = handles.map((h) => {
      const m = measured.get(h);
      cache.set(h.id, {
        r0: h.used.rowIndex,
        c0: h.used.columnIndex,
        rows: h.used.rowCount,
        cols: h.used.columnCount,
        bytesPerCell: m && m.cells > 0 ? m.bytes / m.cells : FIRST_GUESS_BYTES_PER_CELL,
      });
      const merges = h.merges && !h.merges.isNullObject ? areaAddresses(h.merges.address) : [];
      return new Sheet({ name: h.name, rows: rowsBySheet.get(h) ?? [], merges, hidden: h.hidden, protected: h.protection.protected });
    });
    for (const id of [...cache.keys()]) if (!ids.has(id)) cache.delete(id);
    return { workbook: new Workbook(sheets), ids };
  });
}

function handleFor(ctx: RequestContext, item: { id: string; name: string; hidden: boolean }, whole: boolean, withMerges: boolean): SheetHandle {
  const ws = ctx.workbook.worksheets.getItem(item.id);
  const protection = ws.protection.load('protected');
  const used = ws.getUsedRange(true).load(whole ? `rowIndex,columnIndex,rowCount,columnCount,${DATA}` : 'rowIndex,columnIndex,rowCount,columnCount');
  const merges = withMerges ? used.getMergedAreasOrNullObject().load('address') : undefined;
  return { id: item.id, name: item.name, hidden: item.hidden, ws, protection, used, merges };
}

function queueChunk(c: Chunk): void {
  (c as Chunk & { range?: Range }).range = c.sheet.ws.getRangeByIndexes(c.r0, c.c0, c.rows, c.cols).load(DATA);
}

function blocksOf(sheet: SheetHandle, r0: number, c0: number, rows: number, cols: number, bytesPerCell: number, budget: number): Chunk[] {
  const out: Chunk[] = [];
  const perRow = Math.max(1, cols * bytesPerCell);
  const step = Math.max(1, Math.min(Math.floor(budget / perRow), Math.floor(MAX_CELLS_PER_READ / Math.max(1, cols))));
  for (let r = r0; r < r0 + rows; r += step) {
    const n = Math.min(step, r0 + rows - r);
    out.push({ sheet, r0: r, c0, rows: n, cols, bytes: n * perRow });
  }
  return out;
}

/** Before the sizes are confirmed: the first sync's worth of blocks, from what the last pass saw. */
function plannedFromCache(handles: readonly SheetHandle[], cache: ShapeCache, budget: number): Chunk[] {
  const all = handles.flatMap((h) => {
    const s = cache.get(h.id);
    return s ? blocksOf(h, s.r0, s.c0, s.rows, s.cols, s.bytesPerCell, budget) : [];
  });
  return takeBatch(all, budget);
}


function takeBatch(chunks: readonly Chunk[], budget: number): Chunk[] {
  const out: Chunk[] = [];
  let bytes = 0;
  for (const c of chunks) {
    if (out.length > 0 && bytes + c.bytes > budget) break;
    out.push(c);
    bytes += c.bytes;
  }
  return out;
}


/** The current content of some ranges of one sheet: one sync. */
export async function readCellsPass(excel: ExcelApi, sheet: string, ranges: readonly string[]): Promise<Map<string, Cell>> {
  return excel.run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem(sheet);
    const loaded = ranges.map((a1) => ws.getRange(a1).load(`rowIndex,columnIndex,${DATA}`));
    await ctx.sync();
    const out = new Map<string, Cell>();
    for (const r of loaded) {
      r.values.forEach((row, i) =>
        row.forEach((v, j) => out.set(toA1(r.rowIndex + i, r.columnIndex + j), cellOrEmpty(v, r.formulas[i]![j], r.numberFormat[i]![j]))),
      );
    }
    return out;
  });
}
