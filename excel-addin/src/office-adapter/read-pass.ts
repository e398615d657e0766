import { type Cell, Sheet, Workbook, toA1 } from '../../../shared/grid';
import { areaAddresses } from './addresses';
import { cellFromExcel, cellOrEmpty } from './cell-convert';
import { type ExcelApi, PAYLOAD_LIMIT_BYTES, type Range, type RangeAreas, type Worksheet, type WorksheetCollection, officeErrorCode } from './excel-api';
import { type Area, type Pending, areaA1, cellsOf, intersect, nextBatch, remainder, sameArea } from './read-plan';
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

// The data is counted as the JSON it travels as, so the envelope needs little room; and the fewest
// syncs, ⌈bytes / 5 MB⌉, leave little to spare once a workbook spans a few.
const DEFAULT_BUDGET = Math.floor(PAYLOAD_LIMIT_BYTES * 0.98);
// Sheets whose shape the first request learns before anything is known (a sheet past the last costs
// a few hundred request bytes), and of those, how many send a sample of their top rows with it.
const WALKED_SHEETS = 32;
const SAMPLED_SHEETS = 8;
const SAMPLE_COLS = 64;
// The samples are sized so that the first request fits the budget even at this much per cell.
const PESSIMISTIC_BYTES_PER_CELL = 48;
// With nothing measured yet: guess high, as a refused request costs as much as a spare one.
const CAUTIOUS_BYTES_PER_CELL = 48;
// An estimate from a sheet's top rows (or from other sheets) may be well off for the rest; one from
// the block just read, or from the last pass's measure of the whole sheet, hardly: the budget's own
// room is enough for it. Requests are shared evenly, so a request is only that full when the fewest
// syncs need it to be.
const MARGIN_SAMPLED = 1.05;
const MARGIN_MEASURED = 1;
// Fewer cells than this say too little about the rest of a sheet.
const MIN_MEASURED_CELLS = 32;
const MAX_CELLS_PER_READ = 5_000_000;
const MAX_REFUSALS = 8;
const DATA = 'values,formulas,numberFormat';
const SHAPE = 'rowIndex,columnIndex,rowCount,columnCount';

/** One sheet as this pass learns it. */
interface SheetRead {
  readonly id: string;
  readonly name: string;
  readonly hidden: boolean;
  /** Its shape, protection and merged areas are known. */
  probed: boolean;
  /** Deleted while the pass ran. */
  gone: boolean;
  isProtected: boolean;
  used: Area | undefined;
  merges: string[];
  left: Area[];
  readonly rows: (Cell | undefined)[][];
  bytes: number;
  cells: number;
  /** The latest read that said enough about its cost: what plans the rest. */
  recentBytes: number;
  recentCells: number;
  /** That read was the sample of the top rows, not a block. */
  recentSampled: boolean;
  /** Bytes per cell in the lower half of the sample, to compare blocks read later with. */
  sampleBytesPerCell: number | undefined;
  /** Bytes per cell after a refused request, until measured again. */
  guess: number | undefined;
  /** Until a request is refused: the last pass's measure of the whole sheet still holds. */
  trustShape: boolean;
  ws: Worksheet | undefined;
}

/** A sheet's shape, protection, merged areas and the first data, asked in one go from a sheet that may not exist. */
interface Probe {
  readonly ws: Worksheet;
  readonly used: Range;
  readonly merges: RangeAreas | undefined;
  readonly reads: readonly Range[];
}

export function isPayloadError(error: unknown): boolean {
  const code = officeErrorCode(error);
  return code === 'ResponsePayloadSizeLimitExceeded' || code === 'RequestPayloadSizeLimitExceeded' || code === 'RangeExceedsLimit';
}

/**
 * Reads the used range of every sheet: values (never text), formulas and number formats, in the
 * fewest syncs. The first sync lists the sheets and, for the first few, learns their shape,
 * protection and merged areas together with a bounded sample of their top rows (walked with
 * getFirst/getNextOrNullObject, so nothing need be known beforehand); a workbook that small is read
 * by then. The next sync is filled at the sample's bytes per cell; once a block has been measured,
 * what is left is shared evenly over the fewest syncs it needs. A later pass plans its first sync
 * from the shapes the last one learnt, so a warm pass reads data from its first sync on.
 */
export async function readWorkbookPass(
  excel: ExcelApi,
  features: ExcelFeatures,
  cache: ShapeCache,
  options: ReadPassOptions = {},
): Promise<{ workbook: Workbook; ids: ReadonlyMap<string, string> }> {
  const budget = options.budget ?? DEFAULT_BUDGET;
  return excel.run(async (ctx) => {
    const sheets = ctx.workbook.worksheets;
    const warm = cache.size > 0;
    let withMerges = features.mergedAreas;
    let probeFirst = true;
    let firstBytes = budget;
    let list: WorksheetCollection;
    let first: Probe[];
    for (let attempt = 0; ; attempt++) {
      list = sheets.load('items/id,items/name,items/visibility');
      first = !probeFirst ? [] : warm ? warmProbes(sheets, cache, firstBytes, withMerges) : walkedProbes(sheets, sampleRows(firstBytes), withMerges);
      try {
        await ctx.sync();
        break;
      } catch (error) {
        if (officeErrorCode(error) === 'InvalidOperationInCellEditMode' || attempt >= 4) throw error;
        if (isPayloadError(error) && firstBytes > 0) firstBytes = firstBytes > budget / 64 ? Math.floor(firstBytes / 8) : 0;
        else if (withMerges && !isPayloadError(error)) withMerges = false; // e.g. more than 512 merged areas
        // An Excel that will not follow *OrNullObject calls past a missing sheet: probe after listing.
        else if (probeFirst && !isPayloadError(error)) probeFirst = false;
        else throw error;
      }
    }

    const reads = list.items.map(
      (ws): SheetRead => ({
        id: ws.id,
        name: ws.name,
        hidden: ws.visibility !== 'Visible',
        probed: false,
        gone: false,
        isProtected: false,
        used: undefined,
        merges: [],
        left: [],
        rows: [],
        bytes: 0,
        cells: 0,
        recentBytes: 0,
        recentCells: 0,
        recentSampled: false,
        sampleBytesPerCell: undefined,
        guess: undefined,
        trustShape: true,
        ws: undefined,
      }),
    );
    const byId = new Map(reads.map((r) => [r.id, r]));
    for (const p of first) {
      if (p.ws.isNullObject) continue;
      const read = byId.get(p.ws.id);
      if (read) settleProbe(read, p, !warm);
    }

    const pooled = (): number | undefined => {
      let bytes = 0;
      let cells = 0;
      for (const r of reads) {
        bytes += r.bytes;
        cells += r.cells;
      }
      return cells >= MIN_MEASURED_CELLS ? bytes / cells : undefined;
    };
    // How much heavier the rows below a sample turned out on the sheets read so far: sheets of a
    // workbook tend to be alike, so the others' samples are taken to understate as much.
    const heavierBelow = (): number | undefined => {
      let ratio: number | undefined;
      for (const r of reads) {
        if (r.sampleBytesPerCell !== undefined && !r.recentSampled && r.recentCells >= MIN_MEASURED_CELLS) {
          ratio = Math.max(ratio ?? 0, r.recentBytes / r.recentCells / r.sampleBytesPerCell);
        }
      }
      return ratio === undefined ? undefined : Math.min(Math.max(ratio, 1), 4);
    };
    // After a refused request: no sheet with nothing measured of its own is taken to be lighter than what was refused.
    let refusedFloor = 0;
    /** Expected bytes per cell for the rest of a sheet, and whether that is only a guess. */
    const estimate = (r: SheetRead): { bytesPerCell: number; guessed: boolean } => {
      const e = ownEstimate(r);
      return r.recentCells < MIN_MEASURED_CELLS ? { bytesPerCell: Math.max(e.bytesPerCell, refusedFloor), guessed: e.guessed } : e;
    };
    const ownEstimate = (r: SheetRead): { bytesPerCell: number; guessed: boolean } => {
      if (r.guess !== undefined) return { bytesPerCell: r.guess, guessed: true };
      const shape = r.trustShape ? cache.get(r.id) : undefined;
      if (shape && r.used && sameArea(shape, r.used)) {
        // The last pass measured the whole sheet: what is left costs that, less what is read so far.
        const left = r.left.reduce((sum, a) => sum + cellsOf(a), 0);
        const rest = shape.bytesPerCell * cellsOf(shape) - r.bytes;
        if (left > 0 && rest > 0) return { bytesPerCell: Math.max(1, rest / left) * MARGIN_MEASURED, guessed: false };
      }
      if (r.recentCells >= MIN_MEASURED_CELLS) {
        const measured = r.recentBytes / r.recentCells;
        if (!r.recentSampled) return { bytesPerCell: measured * MARGIN_MEASURED, guessed: false };
        const ratio = heavierBelow();
        return ratio === undefined ? { bytesPerCell: measured * MARGIN_SAMPLED, guessed: true } : { bytesPerCell: measured * ratio * MARGIN_MEASURED, guessed: false };
      }
      const known = cache.get(r.id)?.bytesPerCell ?? pooled();
      return { bytesPerCell: known === undefined ? CAUTIOUS_BYTES_PER_CELL : known * MARGIN_SAMPLED, guessed: true };
    };

    let probeRows = sampleRows(firstBytes);
    for (let refusals = 0; ; ) {
      const live = reads.filter((r) => !r.gone);
      const unprobed = live.filter((r) => !r.probed);
      const pending: Pending<SheetRead>[] = live.flatMap((r) => {
        const e = estimate(r);
        return r.left.map((area) => ({ key: r, area, ...e }));
      });
      if (unprobed.length === 0 && pending.length === 0) break;

      // Sheets the first sync did not walk: their shape, with a sample, beside the first blocks;
      // room kept for samples as large as the largest seen yet.
      const sample = sampleArea(probeRows);
      const seen = live.map((r) => (r.used ? cellsOf(intersect(r.used, sample) ?? { r0: 0, c0: 0, rows: 0, cols: 0 }) : 0));
      const perProbe = Math.max(1, ...seen.filter((c) => c > 0)) * (pooled() ?? CAUTIOUS_BYTES_PER_CELL) * MARGIN_SAMPLED;
      const probeCount = unprobed.length === 0 ? 0 : Math.max(1, Math.min(unprobed.length, Math.floor(budget / 2 / Math.max(1, perProbe))));
      const probing = unprobed.slice(0, probeCount);
      const batch = nextBatch(pending, budget, probeCount * perProbe, MAX_CELLS_PER_READ);
      const probes = probing.map((r) => probe(sheets.getItemOrNullObject(r.id), probeRows > 0 ? [sample] : [], withMerges));
      const ranges = batch.map((b) => {
        b.key.ws ??= sheets.getItem(b.key.id);
        return b.key.ws.getRangeByIndexes(b.area.r0, b.area.c0, b.area.rows, b.area.cols).load(DATA);
      });
      try {
        await ctx.sync();
      } catch (error) {
        if (officeErrorCode(error) === 'InvalidOperationInCellEditMode' || ++refusals > MAX_REFUSALS) throw error;
        if (isPayloadError(error)) {
          if (probes.length === 0 && batch.length === 1 && batch[0]!.area.rows === 1) throw error;
          // The sizes were off: assume twice as much per cell for what this sync held, and go again.
          const doubled = [...new Set(batch.map((b) => b.key))].map((r) => ({ r, guess: 2 * estimate(r).bytesPerCell }));
          for (const { r, guess } of doubled) {
            r.guess = guess;
            r.trustShape = false;
            r.recentBytes = 0;
            r.recentCells = 0;
            refusedFloor = Math.max(refusedFloor, guess);
          }
          if (probes.length > 0) probeRows = Math.floor(probeRows / 4);
          continue;
        }
        if (withMerges && probes.length > 0) {
          withMerges = false;
          continue;
        }
        throw error;
      }
      probing.forEach((r, i) => {
        const p = probes[i]!;
        if (p.ws.isNullObject) r.gone = true;
        else settleProbe(r, p, true);
      });
      batch.forEach((b, i) => {
        const range = ranges[i]!;
        const read = take(b.key, b.area.r0, b.area.c0, range.values, range.formulas, range.numberFormat);
        b.key.left = remainder(b.key.left, [read]);
      });
    }

    const live = reads.filter((r) => !r.gone);
    for (const r of live) {
      const u = r.used ?? { r0: 0, c0: 0, rows: 0, cols: 0 };
      cache.set(r.id, { ...u, bytesPerCell: r.cells > 0 ? r.bytes / r.cells : (cache.get(r.id)?.bytesPerCell ?? CAUTIOUS_BYTES_PER_CELL) });
    }
    const ids = new Map(live.map((r) => [r.id, r.name]));
    for (const id of [...cache.keys()]) if (!ids.has(id)) cache.delete(id);
    const workbook = new Workbook(live.map((r) => new Sheet({ name: r.name, rows: r.rows, merges: r.merges, hidden: r.hidden, protected: r.isProtected })));
    return { workbook, ids };
  });
}

/** Rows of the sample window: as many as keep every walked sheet's sample, at a pessimistic size, within `bytes`. */
function sampleRows(bytes: number): number {
  // Even a first request refused for size keeps a row: a measure of some kind beats a guess.
  return bytes > 0 ? Math.max(1, Math.floor(bytes / (SAMPLED_SHEETS * PESSIMISTIC_BYTES_PER_CELL * SAMPLE_COLS))) : 0;
}

function sampleArea(rows: number): Area {
  return { r0: 0, c0: 0, rows, cols: SAMPLE_COLS };
}

/** Uses only loads and *OrNullObject members, so a sheet that turns out not to exist costs nothing. */
function probe(ws: Worksheet, windows: readonly Area[], withMerges: boolean): Probe {
  ws.load('id,protection/protected');
  const used = ws.getUsedRangeOrNullObject(true).load(SHAPE);
  const merges = withMerges ? used.getMergedAreasOrNullObject().load('address') : undefined;
  const reads = windows.map((w) => used.getIntersectionOrNullObject(areaA1(w)).load(`rowIndex,columnIndex,${DATA}`));
  return { ws, used, merges, reads };
}

/** Cold: the first sheets in order, the first few with the sample window of their top rows. */
function walkedProbes(sheets: WorksheetCollection, rows: number, withMerges: boolean): Probe[] {
  const out: Probe[] = [];
  let ws = sheets.getFirst();
  for (let i = 0; i < WALKED_SHEETS; i++) {
    out.push(probe(ws, rows > 0 && i < SAMPLED_SHEETS ? [sampleArea(rows)] : [], withMerges));
    ws = ws.getNextOrNullObject();
  }
  return out;
}

/** Warm: every sheet the last pass saw, by id, with the first sync's share of blocks planned from its shape. */
function warmProbes(sheets: WorksheetCollection, cache: ShapeCache, bytes: number, withMerges: boolean): Probe[] {
  const pending: Pending<string>[] = [];
  for (const [id, s] of cache) {
    if (s.rows > 0 && s.cols > 0) pending.push({ key: id, area: s, bytesPerCell: s.bytesPerCell * MARGIN_MEASURED });
  }
  const batch = bytes > 0 ? nextBatch(pending, bytes, 0, MAX_CELLS_PER_READ) : [];
  return [...cache.keys()].map((id) =>
    probe(
      sheets.getItemOrNullObject(id),
      batch.filter((b) => b.key === id).map((b) => b.area),
      withMerges,
    ),
  );
}

/** `sampled`: its reads are the sample window, not blocks planned from the last pass. */
function settleProbe(read: SheetRead, p: Probe, sampled: boolean): void {
  read.probed = true;
  read.isProtected = p.ws.protection.protected;
  read.used = p.used.isNullObject ? undefined : { r0: p.used.rowIndex, c0: p.used.columnIndex, rows: p.used.rowCount, cols: p.used.columnCount };
  read.merges = p.merges && !p.merges.isNullObject ? areaAddresses(p.merges.address) : [];
  const covered: Area[] = [];
  for (const r of p.reads) {
    // A sheet's top rows are its headings; the rest looks more like the lower half of a first read.
    if (!r.isNullObject) covered.push(take(read, r.rowIndex, r.columnIndex, r.values, r.formulas, r.numberFormat, Math.floor(r.values.length / 2), sampled));
  }
  read.left = read.used ? remainder([read.used], covered) : [];
  if (sampled && read.recentSampled && read.recentCells >= MIN_MEASURED_CELLS) read.sampleBytesPerCell = read.recentBytes / read.recentCells;
}

/**
 * Files the cells of one response into the sheet and measures what they cost; gives the area read.
 * Rows from `planFrom` on also count towards the estimate that plans the rest of the sheet.
 */
function take(read: SheetRead, r0: number, c0: number, values: unknown[][], formulas: unknown[][], formats: unknown[][], planFrom = 0, sampled = false): Area {
  const rows = read.rows;
  let bytes = 0;
  let cells = 0;
  let planBytes = 0;
  let planCells = 0;
  for (let i = 0; i < values.length; i++) {
    if (i === planFrom) {
      planBytes = bytes;
      planCells = cells;
    }
    const vr = values[i]!;
    const fr = formulas[i]!;
    const nr = formats[i]!;
    bytes += 6; // the brackets of one row in each of the three arrays
    let row: (Cell | undefined)[] | undefined;
    for (let j = 0; j < vr.length; j++) {
      const v = vr[j];
      const f = fr[j];
      const n = nr[j];
      bytes += jsonSize(v) + jsonSize(f) + jsonSize(n);
      cells++;
      const cell = cellFromExcel(v, f, n);
      if (!cell) continue;
      row ??= rows[r0 + i] ?? (rows[r0 + i] = []);
      row[c0 + j] = cell;
    }
  }
  read.bytes += bytes;
  read.cells += cells;
  // The latest read says most about the next rows: a sheet may grow heavier further down.
  if (cells - planCells >= MIN_MEASURED_CELLS) {
    read.recentBytes = 0;
    read.recentCells = 0;
    read.recentSampled = false;
  }
  read.recentBytes += bytes - planBytes;
  read.recentCells += cells - planCells;
  read.recentSampled ||= sampled;
  if (read.recentCells >= MIN_MEASURED_CELLS) read.guess = undefined;
  return { r0, c0, rows: values.length, cols: values[0]?.length ?? 0 };
}

const encoder = new TextEncoder();
// JSON that needs no escaping and is one byte a character: the common case, counted without encoding.
const PLAIN = /^[\x20\x21\x23-\x5b\x5d-\x7e]*$/;

/** Bytes a value takes in a JSON response, with its separator. */
function jsonSize(v: unknown): number {
  if (typeof v === 'string') return (PLAIN.test(v) ? v.length + 2 : encoder.encode(JSON.stringify(v)).length) + 1;
  if (typeof v === 'number') return String(v).length + 1;
  if (typeof v === 'boolean') return v ? 5 : 6;
  return 5;
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
