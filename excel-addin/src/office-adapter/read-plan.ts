import { toA1 } from '../../../shared/grid';

/** A rectangle of cells: zero-based top-left corner and a size. */
export interface Area {
  readonly r0: number;
  readonly c0: number;
  readonly rows: number;
  readonly cols: number;
}

export function areaA1(a: Area): string {
  return `${toA1(a.r0, a.c0)}:${toA1(a.r0 + a.rows - 1, a.c0 + a.cols - 1)}`;
}

export function cellsOf(a: Area): number {
  return a.rows * a.cols;
}

export function sameArea(a: Area, b: Area): boolean {
  return a.r0 === b.r0 && a.c0 === b.c0 && a.rows === b.rows && a.cols === b.cols;
}

export function intersect(a: Area, b: Area): Area | undefined {
  const r0 = Math.max(a.r0, b.r0);
  const c0 = Math.max(a.c0, b.c0);
  const r1 = Math.min(a.r0 + a.rows, b.r0 + b.rows);
  const c1 = Math.min(a.c0 + a.cols, b.c0 + b.cols);
  return r0 < r1 && c0 < c1 ? { r0, c0, rows: r1 - r0, cols: c1 - c0 } : undefined;
}

/** What of `a` lies outside `b`: the bands above and below it, then left and right within its rows. */
export function subtract(a: Area, b: Area): Area[] {
  const cut = intersect(a, b);
  if (!cut) return [a];
  const out: Area[] = [];
  if (cut.r0 > a.r0) out.push({ r0: a.r0, c0: a.c0, rows: cut.r0 - a.r0, cols: a.cols });
  const below = a.r0 + a.rows - (cut.r0 + cut.rows);
  if (below > 0) out.push({ r0: cut.r0 + cut.rows, c0: a.c0, rows: below, cols: a.cols });
  if (cut.c0 > a.c0) out.push({ r0: cut.r0, c0: a.c0, rows: cut.rows, cols: cut.c0 - a.c0 });
  const right = a.c0 + a.cols - (cut.c0 + cut.cols);
  if (right > 0) out.push({ r0: cut.r0, c0: cut.c0 + cut.cols, rows: cut.rows, cols: right });
  return out;
}

/** The parts of `areas` not yet read, top to bottom. */
export function remainder(areas: readonly Area[], read: readonly Area[]): Area[] {
  let left = [...areas];
  for (const r of read) left = left.flatMap((a) => subtract(a, r));
  return left.sort((x, y) => x.r0 - y.r0 || x.c0 - y.c0);
}

export interface Pending<K> {
  readonly key: K;
  readonly area: Area;
  /** Expected response bytes per cell, margin included. */
  readonly bytesPerCell: number;
  /** Guessed from a sample or from other sheets rather than measured on blocks of this one. */
  readonly guessed?: boolean;
}

export interface Block<K> {
  readonly key: K;
  readonly area: Area;
  readonly bytes: number;
}

/**
 * The row blocks for the next request. Measured sizes are shared evenly over the fewest requests
 * the budget allows, so that each keeps as much room as it can for a wrong estimate, rather than
 * filling the first to the brim and leaving the last nearly empty. While every size is only
 * guessed (their margin is the room), the request is filled: counting requests from a guess would
 * make one too many as often as not, and the next request will have measured what this one read.
 * `reserved` is room this request needs for something else.
 */
export function nextBatch<K>(pending: readonly Pending<K>[], budget: number, reserved: number, maxCellsPerRead: number): Block<K>[] {
  const total = pending.reduce((sum, p) => sum + cellsOf(p.area) * p.bytesPerCell, reserved);
  const requests = Math.max(1, Math.ceil(total / budget));
  const share = pending.every((p) => p.guessed) ? budget - reserved : total / requests - reserved;
  const room = budget - reserved;
  const out: Block<K>[] = [];
  let bytes = 0;
  for (const p of pending) {
    const { r0, c0, rows, cols } = p.area;
    const perRow = Math.max(1, cols * p.bytesPerCell);
    // One row past the share, so that rounding to whole rows never leaves a sliver for an extra request.
    const limit = Math.min(room, share + perRow);
    let r = r0;
    while (r < r0 + rows) {
      const n = Math.min(r0 + rows - r, Math.floor((limit - bytes) / perRow), Math.floor(maxCellsPerRead / cols));
      if (n < 1) break;
      out.push({ key: p.key, area: { r0: r, c0, rows: n, cols }, bytes: n * perRow });
      bytes += n * perRow;
      r += n;
    }
    if (bytes >= share) break;
  }
  const first = pending[0];
  if (out.length === 0 && first && reserved === 0) {
    // A row larger than the budget: it gets a request of its own, and Excel has the last word.
    const a = first.area;
    out.push({ key: first.key, area: { r0: a.r0, c0: a.c0, rows: 1, cols: a.cols }, bytes: a.cols * first.bytesPerCell });
  }
  return out;
}
