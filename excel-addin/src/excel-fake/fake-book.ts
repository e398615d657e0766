import { type CellValue, type Workbook, parseRange, toA1 } from '../../../shared/grid';
import { isIsoDate, parseSvNumber } from '../../../shared/locale';
import { type Expr, FormulaError, type RangeRef, type Raw, evaluate, parseFormula, referencesOf } from './formula';

/** One cell as Excel holds it: a raw value (what `values` returns), its formula, format and fill. */
export interface FakeCell {
  value: Raw;
  /** With its leading '='. */
  formula?: string;
  format: string;
  fill?: string;
}

/** Inclusive, zero-based. */
export interface Rect {
  readonly r0: number;
  readonly c0: number;
  readonly r1: number;
  readonly c1: number;
}

export type Visibility = 'Visible' | 'Hidden' | 'VeryHidden';

export interface SheetChange {
  readonly sheetId: string;
  readonly address: string;
  readonly changeType: 'RangeEdited';
  readonly triggerSource: 'ThisLocalAddin' | 'Unknown';
}

export interface SyncStats {
  syncs: number;
  /** Syncs Excel refused whole (payload over the cap, cell-edit mode); counted in syncs too. */
  rejected: number;
  readonly requestBytes: number[];
  readonly responseBytes: number[];
}

export const GENERAL = 'General';
const DATE_FORMAT = 'yyyy-mm-dd';
const DAY_MS = 86_400_000;

export function rectA1(rect: Rect): string {
  const a = toA1(rect.r0, rect.c0);
  const b = toA1(rect.r1, rect.c1);
  return a === b ? a : `${a}:${b}`;
}

export function rectOf(a1: string): Rect {
  const r = parseRange(a1.replace(/\$/g, ''));
  return { r0: r.start.row, c0: r.start.col, r1: r.end.row, c1: r.end.col };
}

export function qualifiedSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export class FakeSheet {
  readonly rows: (FakeCell | undefined)[][] = [];
  merges: Rect[] = [];
  readonly hiddenRows = new Set<number>();
  readonly hiddenColumns = new Set<number>();
  /** Notes (ExcelApi 1.18) by A1 address. */
  readonly notes = new Map<string, string>();

  constructor(
    readonly id: string,
    public name: string,
    public visibility: Visibility = 'Visible',
    public isProtected = false,
  ) {}

  cell(row: number, col: number): FakeCell | undefined {
    return this.rows[row]?.[col];
  }

  ensure(row: number, col: number): FakeCell {
    let r = this.rows[row];
    if (!r) {
      r = [];
      this.rows[row] = r;
    }
    let c = r[col];
    if (!c) {
      c = { value: '', format: GENERAL };
      r[col] = c;
    }
    return c;
  }

  /** Excel's used range; with valuesOnly, only cells holding a value or formula count. Blank: A1. */
  usedRange(valuesOnly: boolean): Rect {
    return this.usedRect(valuesOnly) ?? { r0: 0, c0: 0, r1: 0, c1: 0 };
  }

  /** The used range, or undefined for a blank sheet (what getUsedRangeOrNullObject tells apart). */
  usedRect(valuesOnly: boolean): Rect | undefined {
    let r0 = Infinity;
    let c0 = Infinity;
    let r1 = -1;
    let c1 = -1;
    for (let r = 0; r < this.rows.length; r++) {
      const row = this.rows[r];
      if (!row) continue;
      for (let c = 0; c < row.length; c++) {
        const cell = row[c];
        if (!cell) continue;
        const used = cell.value !== '' || cell.formula !== undefined || (!valuesOnly && (cell.fill !== undefined || cell.format !== GENERAL));
        if (!used) continue;
        if (r < r0) r0 = r;
        if (r > r1) r1 = r;
        if (c < c0) c0 = c;
        if (c > c1) c1 = c;
      }
    }
    return r1 === -1 ? undefined : { r0, c0, r1, c1 };
  }

  mergeAt(row: number, col: number): Rect | undefined {
    return this.merges.find((m) => row >= m.r0 && row <= m.r1 && col >= m.c0 && col <= m.c1);
  }
}

interface FormulaNode {
  readonly sheet: FakeSheet;
  readonly row: number;
  readonly col: number;
  readonly expr: Expr;
  readonly cellRefs: readonly { sheet: FakeSheet; row: number; col: number }[];
  readonly rangeRefs: readonly { sheet: FakeSheet; rect: Rect }[];
}

export interface FakeBookOptions {
  /** The ExcelApi requirement set the simulated Excel supports, e.g. '1.18' (notes) or '1.8' (Office 2019). */
  readonly apiVersion?: string;
  /** Excel on the web's request and response cap; undefined = desktop, no cap. */
  readonly payloadLimit?: number | undefined;
}

/**
 * The workbook inside the simulated Excel: what a person sees and types into, and what the API
 * proxies read and write. It recalculates the formulas it understands when a cell changes and tells
 * the registered `onChanged` handlers, as Excel does.
 */
export class FakeBook {
  readonly sheets: FakeSheet[] = [];
  readonly settings = new Map<string, string>();
  readonly apiVersion: string;
  readonly payloadLimit: number | undefined;
  readonly stats: SyncStats = { syncs: 0, rejected: 0, requestBytes: [], responseBytes: [] };
  /** True while a person edits a cell: every API request fails with InvalidOperationInCellEditMode. */
  editing = false;
  activeSheetId: string | undefined;
  selection: { sheetId: string; rect: Rect } | undefined;

  private nextId = 1;
  private formulaIndex: { nodes: Map<string, FormulaNode>; byCell: Map<string, FormulaNode[]>; byRange: FormulaNode[] } | undefined;
  private readonly listeners = new Set<() => void>();
  readonly changeHandlers = new Map<string, Set<(args: SheetChange) => void>>();
  readonly structureHandlers = new Set<(kind: 'added' | 'deleted', sheetId: string) => void>();

  constructor(options: FakeBookOptions = {}) {
    this.apiVersion = options.apiVersion ?? '1.18';
    this.payloadLimit = options.payloadLimit;
  }

  static fromWorkbook(workbook: Workbook, options: FakeBookOptions = {}): FakeBook {
    const book = new FakeBook(options);
    for (const s of workbook.sheets) {
      const sheet = book.addSheet(s.name, s.hidden ? 'Hidden' : 'Visible');
      sheet.isProtected = s.protected;
      sheet.merges = s.merges.map(rectOf);
      for (const { row, col, cell } of s.cells()) {
        sheet.ensure(row, col);
        const target = sheet.rows[row]![col]!;
        target.value = rawOf(cell.value);
        if (cell.formula !== undefined) target.formula = `=${cell.formula}`;
        target.format = cell.numFmt ?? (cell.value.kind === 'date' ? DATE_FORMAT : GENERAL);
      }
      // Formula cells whose cached result is empty are not visited by cells(); keep their formula.
      for (let row = 0; row < s.rowCount; row++) {
        for (let col = 0; col < s.colCount; col++) {
          const cell = s.cell(row, col);
          if (cell.formula !== undefined && cell.value.kind === 'empty') {
            const target = sheet.ensure(row, col);
            target.formula = `=${cell.formula}`;
            target.format = cell.numFmt ?? GENERAL;
          }
        }
      }
    }
    book.activeSheetId = book.sheets.find((s) => s.visibility === 'Visible')?.id;
    return book;
  }

  addSheet(name: string, visibility: Visibility = 'Visible'): FakeSheet {
    const sheet = new FakeSheet(`{${String(this.nextId++).padStart(8, '0')}-0000-4000-8000-000000000000}`, name, visibility);
    this.sheets.push(sheet);
    this.formulaIndex = undefined;
    return sheet;
  }

  sheetById(id: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.id === id);
  }

  sheetByKey(key: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.id === key) ?? this.sheets.find((s) => s.name.toLowerCase() === key.toLowerCase());
  }

  supports(version: string): boolean {
    return compareVersions(this.apiVersion, version) >= 0;
  }

  /** For views (the harness grid): called after every change to cells, formats, notes or selection. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  notifyViews(): void {
    for (const l of this.listeners) l();
  }

  resetStats(): void {
    this.stats.syncs = 0;
    this.stats.rejected = 0;
    this.stats.requestBytes.length = 0;
    this.stats.responseBytes.length = 0;
  }

  /** A person's keystrokes committed into a cell, read as Swedish Excel reads typing. */
  typeCell(sheetName: string, a1: string, input: string): void {
    const sheet = this.sheetByKey(sheetName);
    if (!sheet) throw new Error(`No sheet ${sheetName}`);
    const rect = rectOf(a1);
    const cell = sheet.ensure(rect.r0, rect.c0);
    applyTyped(cell, input);
    this.cellsChanged(sheet, [rect]);
    this.fireChanged(sheet, [rect], 'Unknown');
    this.notifyViews();
  }

  setEditing(editing: boolean): void {
    this.editing = editing;
    this.notifyViews();
  }

  /** After cells changed: recalculates what depends on them (values only; formats don't recalc). */
  cellsChanged(sheet: FakeSheet, rects: readonly Rect[]): void {
    // Formulas written into the changed cells themselves need the index rebuilt.
    let index = this.formulas();
    for (const rect of rects) {
      for (let r = rect.r0; r <= rect.r1 && this.formulaIndex; r++) {
        for (let c = rect.c0; c <= rect.c1; c++) {
          if (index.nodes.has(cellKey(sheet, r, c)) || sheet.cell(r, c)?.formula !== undefined) {
            this.formulaIndex = undefined;
            break;
          }
        }
      }
    }
    index = this.formulas();
    const pending = new Set<FormulaNode>();
    const dependentsOf = (s: FakeSheet, row: number, col: number) => {
      for (const n of index.byCell.get(cellKey(s, row, col)) ?? []) pending.add(n);
      for (const n of index.byRange) {
        if (pending.has(n)) continue;
        if (n.rangeRefs.some((x) => x.sheet === s && row >= x.rect.r0 && row <= x.rect.r1 && col >= x.rect.c0 && col <= x.rect.c1)) pending.add(n);
      }
    };
    for (const rect of rects) {
      for (let r = rect.r0; r <= rect.r1; r++) {
        for (let c = rect.c0; c <= rect.c1; c++) {
          const own = index.nodes.get(cellKey(sheet, r, c));
          if (own) pending.add(own);
          dependentsOf(sheet, r, c);
        }
      }
    }
    const visits = new Map<FormulaNode, number>();
    let budget = 200_000;
    while (pending.size > 0 && budget-- > 0) {
      const node: FormulaNode = pending.values().next().value!;
      pending.delete(node);
      const count = (visits.get(node) ?? 0) + 1;
      if (count > 50) continue; // a circular reference: Excel gives up too
      visits.set(node, count);
      const cell = node.sheet.cell(node.row, node.col);
      if (!cell || cell.formula === undefined) continue;
      const value = evaluate(node.expr, (name, row, col) => {
        const s = name === undefined ? node.sheet : this.sheetByKey(name);
        return s ? (s.cell(row, col)?.value ?? '') : '#REF!';
      });
      if (value === cell.value && count > 1) continue;
      const changed = value !== cell.value;
      cell.value = value;
      if (changed) dependentsOf(node.sheet, node.row, node.col);
    }
  }

  fireChanged(sheet: FakeSheet, rects: readonly Rect[], triggerSource: SheetChange['triggerSource']): void {
    const handlers = this.changeHandlers.get(sheet.id);
    if (!handlers || handlers.size === 0) return;
    for (const rect of rects) {
      const args: SheetChange = { sheetId: sheet.id, address: rectA1(rect), changeType: 'RangeEdited', triggerSource };
      // Excel raises events after the request that caused them has returned.
      for (const h of handlers) setTimeout(() => h(args), 0);
    }
  }

  private formulas(): NonNullable<FakeBook['formulaIndex']> {
    if (this.formulaIndex) return this.formulaIndex;
    const nodes = new Map<string, FormulaNode>();
    const byCell = new Map<string, FormulaNode[]>();
    const byRange: FormulaNode[] = [];
    for (const sheet of this.sheets) {
      sheet.rows.forEach((row, r) =>
        row?.forEach((cell, c) => {
          if (cell?.formula === undefined) return;
          let expr: Expr;
          try {
            expr = parseFormula(cell.formula);
          } catch (error) {
            if (error instanceof FormulaError) return;
            throw error;
          }
          const refs = referencesOf(expr);
          const cellRefs: FormulaNode['cellRefs'][number][] = [];
          const rangeRefs: FormulaNode['rangeRefs'][number][] = [];
          for (const ref of refs) {
            const target = ref.sheet === undefined ? sheet : this.sheetByKey(ref.sheet);
            if (!target) continue;
            if ('r0' in ref) rangeRefs.push({ sheet: target, rect: ref as RangeRef });
            else cellRefs.push({ sheet: target, row: ref.row, col: ref.col });
          }
          const node: FormulaNode = { sheet, row: r, col: c, expr, cellRefs, rangeRefs };
          nodes.set(cellKey(sheet, r, c), node);
          for (const ref of cellRefs) {
            const key = cellKey(ref.sheet, ref.row, ref.col);
            const list = byCell.get(key);
            if (list) list.push(node);
            else byCell.set(key, [node]);
          }
          if (rangeRefs.length > 0) byRange.push(node);
        }),
      );
    }
    this.formulaIndex = { nodes, byCell, byRange };
    return this.formulaIndex;
  }
}

function cellKey(sheet: FakeSheet, row: number, col: number): string {
  return `${sheet.id}|${row}|${col}`;
}

export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

export function isoToSerial(iso: string): number {
  const days = Math.round((Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) - Date.UTC(1899, 11, 30)) / DAY_MS);
  // Excel's phantom 29 February 1900 shifts every earlier serial by one.
  return days < 61 ? days - 1 : days;
}

function rawOf(value: CellValue): Raw {
  switch (value.kind) {
    case 'empty':
      return '';
    case 'date':
      return isoToSerial(value.value);
    default:
      return value.value;
  }
}

/**
 * What Excel makes of a string set through `values` or `formulas`: a leading apostrophe keeps text
 * as text, '=' starts a formula, an invariant number or TRUE/FALSE is converted.
 */
export function applyApiInput(cell: FakeCell, input: unknown): void {
  delete cell.formula;
  if (typeof input === 'number' || typeof input === 'boolean') {
    cell.value = input;
    return;
  }
  if (input === null || input === undefined) return; // null leaves the cell as it is
  const s = String(input);
  if (s.startsWith("'")) cell.value = s.slice(1);
  else if (s.length > 1 && s.startsWith('=')) setFormula(cell, s);
  else if (/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(s)) cell.value = Number(s);
  else if (/^(true|false)$/i.test(s)) cell.value = s.toLowerCase() === 'true';
  else cell.value = s;
}

/** What Swedish Excel makes of typing: '=' a formula, '1 234,5' a number, '2021-04-30' a date. */
function applyTyped(cell: FakeCell, input: string): void {
  delete cell.formula;
  const s = input.trim();
  if (s === '') {
    cell.value = '';
    return;
  }
  if (input.startsWith("'")) {
    cell.value = input.slice(1);
    return;
  }
  if (s.length > 1 && s.startsWith('=')) {
    setFormula(cell, s);
    return;
  }
  if (isIsoDate(s)) {
    cell.value = isoToSerial(s);
    if (cell.format === GENERAL) cell.format = DATE_FORMAT;
    return;
  }
  const n = parseSvNumber(s);
  if (n.ok && n.warnings.length === 0 && n.unit === undefined) {
    cell.value = n.value;
    if (n.percent && cell.format === GENERAL) cell.format = '0%';
    return;
  }
  cell.value = input;
}

function setFormula(cell: FakeCell, formula: string): void {
  cell.formula = formula;
  try {
    parseFormula(formula);
    cell.value = 0; // computed by the recalculation that follows every change
  } catch (error) {
    if (!(error instanceof FormulaError)) throw error;
    cell.value = '#NAME?';
  }
}
