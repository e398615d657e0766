import type { Problem, Severity } from '../../../shared/engine';
import type { CellAt, ClearResult, MarkResult } from '../host/workbook-host';
import { type ExcelApi, type Note, PAYLOAD_LIMIT_BYTES, type RangeFill, type RequestContext, type Worksheet, type WorksheetProtection, officeErrorCode } from './excel-api';
import type { ExcelFeatures } from './requirements';

/** What one mark changed, so that clearing it can put back exactly that. */
export interface MarkRecord {
  readonly sheet: string;
  readonly cell: string;
  /** The colour the mark set. */
  readonly fill: string;
  /** The cell's fill before ('#FFFFFF' reads the same as no fill in Office.js; both clear to none). */
  readonly original: string;
  /** Our note's text, when the mark added one. */
  readonly note?: string;
}

export const MARKS_SETTING = 'namndstod.marks';

const FILL_BY_SEVERITY: Readonly<Record<Severity, string>> = { error: '#F8CBAD', warning: '#FFE699', info: '#BDD7EE' };
const NO_FILL = '#FFFFFF';
const NOTE_PREFIX = 'Nämndstöd: ';
const MAX_NOTE = 1000;
// Each cell costs a range, a fill and a note object path plus actions, about this much per request.
const REQUEST_BYTES_PER_CELL = 700;
const DEFAULT_BUDGET = Math.floor(PAYLOAD_LIMIT_BYTES * 0.92);

interface Wanted extends CellAt {
  readonly severity: Severity;
  readonly text: string;
}

interface CellState {
  readonly fill: RangeFill;
  readonly note: Note | undefined;
}

interface SheetState {
  readonly ws: Worksheet;
  readonly protection: WorksheetProtection;
}

const key = (c: CellAt) => `${c.sheet}\u0000${c.cell}`;
const rank: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

function wantedCells(problems: readonly Problem[]): Map<string, Wanted> {
  const out = new Map<string, Wanted>();
  for (const p of problems) {
    const k = key(p);
    const before = out.get(k);
    const severity = before && rank[before.severity] <= rank[p.severity] ? before.severity : p.severity;
    const text = before ? `${before.text}\n${p.message.sv}` : p.message.sv;
    out.set(k, { sheet: p.sheet, cell: p.cell, severity, text });
  }
  return out;
}

function noteText(text: string): string {
  const full = NOTE_PREFIX + text;
  return full.length <= MAX_NOTE ? full : `${full.slice(0, MAX_NOTE - 1)}…`;
}

function inBatches<T>(items: readonly T[], perItem: number, budget: number): T[][] {
  const size = Math.max(1, Math.floor(budget / perItem));
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out.length > 0 ? out : [[]];
}

/** Reads fills, notes and protection of the given cells; sheets that no longer exist are left out. */
async function readStates(
  ctx: RequestContext,
  features: ExcelFeatures,
  cells: readonly CellAt[],
): Promise<{ sheets: Map<string, SheetState>; states: Map<string, CellState>; missing: Set<string> }> {
  const missing = new Set<string>();
  for (;;) {
    const sheets = new Map<string, SheetState>();
    const states = new Map<string, CellState>();
    for (const c of cells) {
      if (missing.has(c.sheet)) continue;
      let s = sheets.get(c.sheet);
      if (!s) {
        const ws = ctx.workbook.worksheets.getItem(c.sheet).load('visibility');
        s = { ws, protection: ws.protection.load('protected') };
        sheets.set(c.sheet, s);
      }
      const fill = s.ws.getRange(c.cell).format.fill.load('color');
      const note = features.notes ? s.ws.notes.getItemOrNullObject(c.cell).load('content') : undefined;
      states.set(key(c), { fill, note });
    }
    try {
      await ctx.sync();
      return { sheets, states, missing };
    } catch (error) {
      if (officeErrorCode(error) !== 'ItemNotFound' || missing.size > 0) throw error;
      const list = ctx.workbook.worksheets.load('items/name');
      await ctx.sync();
      const names = new Set(list.items.map((ws) => ws.name));
      for (const c of cells) if (!names.has(c.sheet)) missing.add(c.sheet);
    }
  }
}

function restore(ws: Worksheet, record: MarkRecord, state: CellState): boolean {
  const range = ws.getRange(record.cell);
  const fillIntact = (state.fill.color ?? '').toUpperCase() === record.fill.toUpperCase();
  const noteIntact = record.note === undefined || (state.note !== undefined && !state.note.isNullObject && state.note.content === record.note);
  if (!fillIntact || !noteIntact) return false;
  if (record.original.toUpperCase() === NO_FILL) range.format.fill.clear();
  else range.format.fill.color = record.original;
  if (record.note !== undefined) state.note!.delete();
  return true;
}

/** The marks saved in the workbook by an earlier session of the pane, if settings are available. */
export async function loadSavedMarks(excel: ExcelApi, features: ExcelFeatures): Promise<MarkRecord[]> {
  if (!features.settings) return [];
  return excel.run(async (ctx) => {
    const setting = ctx.workbook.settings.getItemOrNullObject(MARKS_SETTING).load('value');
    await ctx.sync();
    if (setting.isNullObject || typeof setting.value !== 'string') return [];
    try {
      const parsed = JSON.parse(setting.value) as unknown;
      return Array.isArray(parsed) ? (parsed as MarkRecord[]) : [];
    } catch {
      return [];
    }
  });
}

function saveMarks(ctx: RequestContext, features: ExcelFeatures, records: readonly MarkRecord[], existed: boolean): void {
  if (!features.settings) return;
  if (records.length > 0) ctx.workbook.settings.add(MARKS_SETTING, JSON.stringify(records));
  else if (existed) ctx.workbook.settings.getItemOrNullObject(MARKS_SETTING).delete();
}

/**
 * Marks problem cells with a fill by severity and, where ExcelApi 1.18 allows, a note with the
 * problem text. A cell's own note is never replaced (it keeps the fill only). Marks from before that
 * are no longer wanted are cleared in the same pass. Read, then write: two syncs while it fits.
 */
export async function markPass(
  excel: ExcelApi,
  features: ExcelFeatures,
  problems: readonly Problem[],
  previous: readonly MarkRecord[],
  budget = DEFAULT_BUDGET,
): Promise<{ result: MarkResult; records: MarkRecord[] }> {
  const wanted = wantedCells(problems);
  if (wanted.size === 0 && previous.length === 0) return { result: { style: features.notes ? 'note' : 'fill', marked: [], skipped: [], notesKept: [] }, records: [] };
  const before = new Map(previous.map((r) => [key(r), r]));
  const all: CellAt[] = [...wanted.values(), ...previous.filter((r) => !wanted.has(key(r)))];
  return excel.run(async (ctx) => {
    const sheets = new Map<string, SheetState>();
    const states = new Map<string, CellState>();
    const missing = new Set<string>();
    for (const batch of inBatches(all, REQUEST_BYTES_PER_CELL, budget)) {
      const read = await readStates(ctx, features, batch);
      read.sheets.forEach((v, k) => sheets.set(k, v));
      read.states.forEach((v, k) => states.set(k, v));
      read.missing.forEach((m) => missing.add(m));
    }
    const records: MarkRecord[] = [];
    const marked: CellAt[] = [];
    const skipped: MarkResult['skipped'][number][] = [];
    const notesKept: CellAt[] = [];
    const writes: (() => void)[] = [];
    for (const old of previous) {
      if (wanted.has(key(old))) continue;
      const s = sheets.get(old.sheet);
      const state = states.get(key(old));
      if (!s || !state) continue;
      if (s.protection.protected) {
        records.push(old); // still ours to clear later
        continue;
      }
      writes.push(() => void restore(s.ws, old, state));
    }
    for (const w of wanted.values()) {
      const at = { sheet: w.sheet, cell: w.cell };
      if (missing.has(w.sheet)) {
        skipped.push({ ...at, reason: 'missing-sheet' });
        continue;
      }
      const s = sheets.get(w.sheet)!;
      const state = states.get(key(w))!;
      const prior = before.get(key(w));
      if (s.ws.visibility !== 'Visible') {
        skipped.push({ ...at, reason: 'hidden' });
        if (prior) records.push(prior);
        continue;
      }
      if (s.protection.protected) {
        skipped.push({ ...at, reason: 'protected' });
        if (prior) records.push(prior);
        continue;
      }
      const current = (state.fill.color ?? NO_FILL).toUpperCase();
      const fill = FILL_BY_SEVERITY[w.severity];
      // A cell still carrying our earlier mark keeps its true original; otherwise what it has now.
      const original = prior && current === prior.fill.toUpperCase() ? prior.original : current;
      let note: string | undefined;
      const text = noteText(w.text);
      if (state.note) {
        const own = !state.note.isNullObject && !(prior?.note !== undefined && state.note.content === prior.note);
        if (own) notesKept.push(at);
        else note = text;
      }
      const hadOurNote = !!state.note && !state.note.isNullObject && prior?.note !== undefined && state.note.content === prior.note;
      writes.push(() => {
        const range = s.ws.getRange(w.cell);
        range.format.fill.color = fill;
        if (note === undefined) return;
        if (hadOurNote) state.note!.content = note;
        else s.ws.notes.add(w.cell, note);
      });
      records.push(note === undefined ? { ...at, fill, original } : { ...at, fill, original, note });
      marked.push(at);
    }
    const batches = inBatches(writes, REQUEST_BYTES_PER_CELL, budget);
    for (let i = 0; i < batches.length; i++) {
      for (const w of batches[i]!) w();
      if (i === batches.length - 1) saveMarks(ctx, features, records, previous.length > 0);
      await ctx.sync();
    }
    return { result: { style: features.notes ? 'note' : 'fill', marked, skipped, notesKept }, records };
  });
}

/** Puts back what the marks changed, cell by cell, unless a person has changed the cell since. */
export async function clearPass(excel: ExcelApi, features: ExcelFeatures, records: readonly MarkRecord[], budget = DEFAULT_BUDGET): Promise<{ result: ClearResult; left: MarkRecord[] }> {
  if (records.length === 0) return { result: { restored: 0, kept: [] }, left: [] };
  return excel.run(async (ctx) => {
    const sheets = new Map<string, SheetState>();
    const states = new Map<string, CellState>();
    const missing = new Set<string>();
    for (const batch of inBatches(records, REQUEST_BYTES_PER_CELL, budget)) {
      const read = await readStates(ctx, features, batch);
      read.sheets.forEach((v, k) => sheets.set(k, v));
      read.states.forEach((v, k) => states.set(k, v));
      read.missing.forEach((m) => missing.add(m));
    }
    let restored = 0;
    const kept: ClearResult['kept'][number][] = [];
    const left: MarkRecord[] = [];
    const writes: (() => void)[] = [];
    for (const r of records) {
      const at = { sheet: r.sheet, cell: r.cell };
      if (missing.has(r.sheet)) {
        kept.push({ ...at, reason: 'missing-sheet' });
        continue;
      }
      const s = sheets.get(r.sheet)!;
      const state = states.get(key(r))!;
      if (s.protection.protected) {
        kept.push({ ...at, reason: 'protected' });
        left.push(r);
        continue;
      }
      writes.push(() => {
        if (restore(s.ws, r, state)) restored++;
        else kept.push({ ...at, reason: 'changed' });
      });
    }
    const batches = inBatches(writes, REQUEST_BYTES_PER_CELL, budget);
    for (let i = 0; i < batches.length; i++) {
      for (const w of batches[i]!) w();
      if (i === batches.length - 1) saveMarks(ctx, features, left, true);
      await ctx.sync();
    }
    return { result: { restored, kept }, left };
  });
}
