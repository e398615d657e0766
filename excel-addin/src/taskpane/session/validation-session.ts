import type { CellEdit, FillSources, Problem, TemplateDefinition } from '../../../../shared/engine';
import { type Cell, type CellPos, type CellValue, Workbook, parseA1, parseRange, sameValue, toA1 } from '../../../../shared/grid';
import { type CellChange, type ClearResult, HostError, type MarkResult, type Refusal, type WorkbookHost } from '../../host/workbook-host';
import { FormulaIndex } from './formula-dependents';
import { IncrementalValidator, type Outcome, type PassStats } from './incremental-validator';
import { TrackedSheet, trackSheet } from './read-log';

export interface FillChange {
  readonly edit: CellEdit;
  readonly from: { readonly value: CellValue; readonly formula?: string };
  readonly to: { readonly value: CellValue; readonly formula?: string };
}

export interface FillLogEntry {
  readonly id: number;
  readonly at: Date;
  readonly kind: 'fill' | 'undo';
  readonly changes: readonly FillChange[];
  readonly refused: readonly Refusal[];
  readonly undone: boolean;
}

export type Notice =
  | { readonly kind: 'applied' | 'undone'; readonly applied: number; readonly refused: readonly Refusal[] }
  | { readonly kind: 'marked'; readonly result: MarkResult }
  | { readonly kind: 'cleared'; readonly result: ClearResult }
  | { readonly kind: 'busy' }
  | { readonly kind: 'failed'; readonly detail: string };

export interface SessionState {
  readonly phase: 'starting' | 'ready' | 'failed';
  /** An action is in flight (buttons wait). */
  readonly working: boolean;
  readonly outcome?: Outcome;
  readonly dismissed: ReadonlySet<string>;
  readonly log: readonly FillLogEntry[];
  readonly notice?: Notice;
  readonly marks?: MarkResult;
  readonly lastPass?: PassStats & { readonly ms: number };
  readonly failure?: string;
}

/** Above this many edited cells, reading them one by one costs more than reading everything. */
const MAX_INCREMENTAL_CELLS = 20_000;
const DEBOUNCE_MS = 25;

export function editKey(edit: CellEdit): string {
  return `${edit.sheet}!${edit.cell}=${JSON.stringify(edit.value)}|${edit.formula ?? ''}`;
}

function cellsOfRanges(ranges: readonly string[]): CellPos[] | undefined {
  const out: CellPos[] = [];
  for (const ref of ranges) {
    const r = parseRange(ref);
    const n = (r.end.row - r.start.row + 1) * (r.end.col - r.start.col + 1);
    if (out.length + n > MAX_INCREMENTAL_CELLS) return undefined;
    for (let row = r.start.row; row <= r.end.row; row++) for (let col = r.start.col; col <= r.end.col; col++) out.push({ row, col });
  }
  return out;
}

function sameCell(a: Cell, b: Cell): boolean {
  return sameValue(a.value, b.value) && a.formula === b.formula && a.numFmt === b.numFmt;
}

/**
 * What the task pane does, without the pane: reads the workbook through the host, validates it
 * with the core, keeps the result current as cells change (re-running only what an edit can
 * affect), applies the fills a person accepts and can undo the last. No rule logic of its own.
 */
export class ValidationSession {
  private state: SessionState = { phase: 'starting', working: false, dismissed: new Set(), log: [] };
  private readonly listeners = new Set<() => void>();
  private readonly validator: IncrementalValidator;
  private index: FormulaIndex | undefined;
  private queue: CellChange[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private chain: Promise<void> = Promise.resolve();
  private unsubscribe: (() => void) | undefined;
  private nextLogId = 1;

  constructor(
    private readonly host: WorkbookHost,
    templates: readonly TemplateDefinition[],
    sources: FillSources = {},
  ) {
    this.validator = new IncrementalValidator(templates, sources);
  }

  getState = (): SessionState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private set(patch: Partial<SessionState>): void {
    this.state = { ...this.state, ...patch };
    for (const l of this.listeners) l();
  }

  /** Resolves once every change reported so far has been re-checked. */
  settled(): Promise<void> {
    if (this.timer !== undefined) {
      clearTimeout(this.timer);
      this.timer = undefined;
      this.enqueue(() => this.drain());
    }
    return this.chain;
  }

  private enqueue(task: () => Promise<void>): Promise<void> {
    this.chain = this.chain.then(task, task);
    return this.chain;
  }

  start(): Promise<void> {
    this.unsubscribe ??= this.host.onChanged((change) => {
      this.queue.push(change);
      if (this.timer !== undefined) clearTimeout(this.timer);
      this.timer = setTimeout(() => {
        this.timer = undefined;
        void this.enqueue(() => this.drain());
      }, DEBOUNCE_MS);
    });
    return this.enqueue(() => this.fullPass());
  }

  dispose(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    if (this.timer !== undefined) clearTimeout(this.timer);
  }

  recheck(): Promise<void> {
    return this.enqueue(() => this.fullPass());
  }

  private async fullPass(): Promise<void> {
    this.queue = [];
    const t0 = performance.now();
    try {
      const workbook = await this.host.readWorkbook();
      const outcome = this.validator.full(workbook);
      this.index = new FormulaIndex(this.validator.current!);
      this.set({ phase: 'ready', outcome, lastPass: { ...this.validator.lastPass, ms: performance.now() - t0 }, failure: undefined });
    } catch (error) {
      this.fail(error);
    }
  }

  private fail(error: unknown): void {
    if (error instanceof HostError && error.reason === 'editing') {
      this.set({ notice: { kind: 'busy' }, phase: this.state.outcome ? 'ready' : 'failed', failure: error.message });
      return;
    }
    const detail = error instanceof Error ? error.message : String(error);
    this.set(this.state.outcome ? { notice: { kind: 'failed', detail } } : { phase: 'failed', failure: detail });
  }

  /** Re-checks what the queued changes can affect: re-reads those cells and the formulas fed by them. */
  private async drain(): Promise<void> {
    const changes = this.queue;
    this.queue = [];
    const workbook = this.validator.current;
    if (changes.length === 0 || !workbook || !this.index) return;
    if (changes.some((c) => c.kind === 'structure' || !workbook.sheet(c.sheet))) return this.fullPass();
    const t0 = performance.now();
    const edited = new Map<string, CellPos[]>();
    for (const c of changes) {
      const cells = cellsOfRanges(c.ranges);
      if (!cells) return this.fullPass();
      edited.set(c.sheet, [...(edited.get(c.sheet) ?? []), ...cells]);
    }
    const dependents = this.index.dependents(edited);
    const toRead = new Map<string, Set<string>>();
    for (const [sheet, cells] of [...edited, ...dependents]) {
      const set = toRead.get(sheet) ?? new Set<string>();
      for (const c of cells) set.add(toA1(c.row, c.col));
      toRead.set(sheet, set);
    }
    try {
      const sheets = new Map(workbook.sheets.map((s) => [s.name, s]));
      const changedCells = new Map<string, CellPos[]>();
      const reshaped = new Set<string>();
      for (const [name, a1s] of toRead) {
        const before = trackSheet(sheets.get(name)!);
        const read = await this.host.readCells(name, [...a1s]);
        const really = new Map<string, Cell>();
        for (const [a1, cell] of read) if (!sameCell(before.at(a1), cell)) really.set(a1, cell);
        if (really.size === 0) continue;
        const after: TrackedSheet = before.patched(really);
        if (after.rowCount !== before.rowCount || after.colCount !== before.colCount) reshaped.add(name);
        sheets.set(name, after);
        const positions = [...really.keys()].map(parseA1);
        changedCells.set(name, positions);
        this.index.update(name, [...really].map(([a1, cell]) => ({ ...parseA1(a1), formula: cell.formula })));
      }
      if (changedCells.size === 0) return;
      const next = new Workbook(workbook.sheets.map((s) => sheets.get(s.name)!));
      const outcome = this.validator.update(next, { cells: changedCells, reshaped });
      this.set({ outcome, lastPass: { ...this.validator.lastPass, ms: performance.now() - t0 } });
    } catch (error) {
      this.fail(error);
    }
  }

  private async act<T>(run: () => Promise<T>): Promise<T | undefined> {
    this.set({ working: true, notice: undefined });
    try {
      return await run();
    } catch (error) {
      this.fail(error);
      return undefined;
    } finally {
      this.set({ working: false });
    }
  }

  select(problem: Pick<Problem, 'sheet' | 'cell'>): Promise<void> {
    return this.act(() => this.host.selectCell(problem.sheet, problem.cell)).then(() => undefined);
  }

  /** Applies exactly these edits (each accepted by the person), with the If-Match check in the host. */
  async apply(edits: readonly CellEdit[]): Promise<void> {
    if (edits.length === 0) return;
    await this.act(async () => {
      const outcome = await this.host.applyEdits(edits);
      const entry: FillLogEntry = {
        id: this.nextLogId++,
        at: new Date(),
        kind: 'fill',
        changes: outcome.applied.map((edit) => ({ edit, from: edit.expected, to: edit.formula === undefined ? { value: edit.value } : { value: edit.value, formula: edit.formula } })),
        refused: outcome.refused,
        undone: false,
      };
      this.set({ log: outcome.applied.length > 0 ? [entry, ...this.state.log] : this.state.log, notice: { kind: 'applied', applied: outcome.applied.length, refused: outcome.refused } });
    });
    await this.settled();
  }

  dismiss(edit: CellEdit): void {
    this.set({ dismissed: new Set([...this.state.dismissed, editKey(edit)]) });
  }

  /** Puts back what the last fill changed, where the cells still hold what the fill wrote. */
  async undoLast(): Promise<void> {
    const last = this.state.log.find((e) => e.kind === 'fill' && !e.undone);
    if (!last) return;
    const clean: CellEdit[] = last.changes.map(({ edit, from, to }) => {
      const { formula: _written, ...rest } = edit;
      const undo = { ...rest, fillId: 'namndstod/undo', expected: to, value: from.value, reason: { sv: `Ångrar: ${edit.reason.sv}`, en: `Undo: ${edit.reason.en}` } };
      return from.formula === undefined ? undo : { ...undo, formula: from.formula };
    });
    await this.act(async () => {
      const outcome = await this.host.applyEdits(clean);
      const entry: FillLogEntry = {
        id: this.nextLogId++,
        at: new Date(),
        kind: 'undo',
        changes: outcome.applied.map((edit) => ({ edit, from: edit.expected, to: edit.formula === undefined ? { value: edit.value } : { value: edit.value, formula: edit.formula } })),
        refused: outcome.refused,
        undone: false,
      };
      this.set({
        log: [entry, ...this.state.log.map((e) => (e === last ? { ...e, undone: true } : e))],
        notice: { kind: 'undone', applied: outcome.applied.length, refused: outcome.refused },
      });
    });
    await this.settled();
  }

  async mark(): Promise<void> {
    const problems = this.state.outcome?.problems ?? [];
    await this.act(async () => {
      const result = await this.host.markProblems(problems);
      this.set({ marks: result, notice: { kind: 'marked', result } });
    });
  }

  async clearMarks(): Promise<void> {
    await this.act(async () => {
      const result = await this.host.clearMarks();
      this.set({ marks: undefined, notice: { kind: 'cleared', result } });
    });
  }
}
