import type * as Api from '../office-adapter/excel-api';
import { type FakeBook, type FakeSheet, type Rect, type SheetChange, GENERAL, applyApiInput, qualifiedSheetName, rectA1, rectOf } from './fake-book';
import { FakeOfficeError, officeErrors } from './fake-errors';

/**
 * The proxy side of the fake: client objects that queue loads, property sets and method calls,
 * and a request context whose `sync()` runs the queue against the book as one request. It behaves
 * like Office.js where the adapter could tell the difference: unloaded reads throw
 * PropertyNotLoaded, *OrNullObject gives null objects (and so does an *OrNullObject call on a null
 * object, while any other member of a null object fails the request), requests above the claimed ExcelApi version
 * fail with ApiNotFound, a request or response above the payload cap fails, and nothing runs while
 * a cell is being edited. Each sync is counted with its request and response size in bytes.
 */

type Target =
  | { readonly kind: 'workbook' }
  | { readonly kind: 'worksheets' }
  | { readonly kind: 'sheet'; readonly sheet: FakeSheet }
  | { readonly kind: 'range'; readonly sheet: FakeSheet; readonly rect: Rect }
  | { readonly kind: 'protection'; readonly sheet: FakeSheet }
  | { readonly kind: 'notes'; readonly sheet: FakeSheet | undefined }
  | { readonly kind: 'note'; readonly sheet: FakeSheet; readonly a1: string }
  | { readonly kind: 'settings' }
  | { readonly kind: 'setting'; readonly key: string }
  | { readonly kind: 'areas'; readonly sheet: FakeSheet; readonly rects: readonly Rect[] }
  | { readonly kind: 'events' };

interface PathInfo {
  readonly id: number;
  readonly parent: ClientProxy | undefined;
  readonly member: string;
  readonly args: readonly unknown[];
  readonly method: boolean;
  /** ExcelApi set that introduced the member. */
  readonly since: string;
}

type Action =
  | { readonly type: 'load'; readonly proxy: ClientProxy; readonly select: readonly string[] }
  | { readonly type: 'set'; readonly proxy: ClientProxy; readonly name: string; readonly value: unknown; readonly since: string }
  | {
      readonly type: 'call';
      readonly proxy: ClientProxy;
      readonly name: string;
      readonly args: readonly unknown[];
      readonly since: string;
      readonly run: (x: Execution, target: Target) => void;
    };

class Execution {
  private readonly memo = new Map<ClientProxy, Target | null>();
  readonly changes: { sheet: FakeSheet; rects: Rect[] }[] = [];
  readonly afterSync: (() => void)[] = [];
  constructor(readonly book: FakeBook) {}

  target(proxy: ClientProxy): Target | null {
    if (this.memo.has(proxy)) return this.memo.get(proxy)!;
    const since = proxy.path.since;
    if (!this.book.supports(since)) throw officeErrors.apiNotFound(proxy.path.member, since);
    const t = proxy.resolve(this);
    this.memo.set(proxy, t);
    return t;
  }

  require(proxy: ClientProxy): Target {
    const t = this.target(proxy);
    if (t === null) throw officeErrors.itemNotFound();
    return t;
  }

  changed(sheet: FakeSheet, rect: Rect): void {
    const entry = this.changes.find((c) => c.sheet === sheet);
    if (entry) entry.rects.push(rect);
    else this.changes.push({ sheet, rects: [rect] });
  }
}

const encoder = new TextEncoder();

export class FakeRequestContext implements Api.RequestContext {
  private queue: Action[] = [];
  private nextPathId = 1;
  readonly workbook: WorkbookProxy;

  constructor(readonly book: FakeBook) {
    this.workbook = new WorkbookProxy(this, this.path(undefined, '', [], false, '1.1'));
  }

  path(parent: ClientProxy | undefined, member: string, args: readonly unknown[], method: boolean, since: string): PathInfo {
    return { id: this.nextPathId++, parent, member, args, method, since };
  }

  enqueue(action: Action): void {
    this.queue.push(action);
  }

  get pending(): number {
    return this.queue.length;
  }

  async sync(): Promise<void> {
    const actions = this.queue;
    this.queue = [];
    const book = this.book;
    // Office.js answers asynchronously; so does the fake, so no caller can depend on sync order.
    await Promise.resolve();
    book.stats.syncs++;
    const requestBytes = encoder.encode(JSON.stringify(requestJson(actions))).length;
    book.stats.requestBytes.push(requestBytes);
    if (actions.length === 0) {
      book.stats.responseBytes.push(2);
      return;
    }
    if (book.editing) {
      book.stats.responseBytes.push(0);
      book.stats.rejected++;
      throw officeErrors.cellEditMode();
    }
    if (book.payloadLimit !== undefined && requestBytes > book.payloadLimit) {
      book.stats.responseBytes.push(0);
      book.stats.rejected++;
      throw officeErrors.requestTooLarge(requestBytes);
    }
    const x = new Execution(book);
    const results: Record<string, unknown> = {};
    let failure: unknown;
    try {
      actions.forEach((action, i) => {
        if (action.type === 'load') {
          results[i] = action.proxy.loadData(x, action.select);
          return;
        }
        if (!book.supports(action.since)) throw officeErrors.apiNotFound(action.name, action.since);
        const target = x.require(action.proxy);
        if (action.type === 'set') action.proxy.setProperty(x, target, action.name, action.value);
        else action.run(x, target);
      });
    } catch (error) {
      failure = error;
    }
    // What ran before a failing action stays done, as in Excel: a request is not a transaction.
    for (const { sheet, rects } of x.changes) {
      book.cellsChanged(sheet, rects);
      book.fireChanged(sheet, rects, 'ThisLocalAddin');
    }
    for (const f of x.afterSync) f();
    if (x.changes.length > 0 || actions.some((a) => a.type !== 'load')) book.notifyViews();
    if (failure !== undefined) {
      book.stats.responseBytes.push(0);
      throw failure;
    }
    const response = JSON.stringify(results);
    const responseBytes = encoder.encode(response).length;
    if (book.payloadLimit !== undefined && responseBytes > book.payloadLimit) {
      book.stats.responseBytes.push(0);
      book.stats.rejected++;
      throw officeErrors.responseTooLarge(responseBytes);
    }
    book.stats.responseBytes.push(responseBytes);
    const parsed = JSON.parse(response) as Record<string, unknown>;
    actions.forEach((action, i) => {
      if (action.type === 'load') action.proxy.applyLoaded(parsed[i] as Record<string, unknown> | null);
    });
  }
}

/** The request body in Office.js's own shape (Actions + ObjectPaths), for counting bytes. */
function requestJson(actions: readonly Action[]): unknown {
  const paths: Record<number, unknown> = {};
  const addPath = (p: ClientProxy) => {
    if (paths[p.path.id] !== undefined) return;
    if (p.path.parent) addPath(p.path.parent);
    paths[p.path.id] = {
      Id: p.path.id,
      ObjectPathType: p.path.parent === undefined ? 1 : p.path.method ? 3 : 4,
      Name: p.path.member,
      ParentObjectPathId: p.path.parent?.path.id,
      ArgumentInfo: p.path.args.length > 0 ? { Arguments: p.path.args.map(argument) } : {},
    };
  };
  // A client object passed as an argument travels as a reference to its own object path.
  const argument = (a: unknown) => {
    if (!(a instanceof ClientProxy)) return a;
    addPath(a);
    return { ObjectPathId: a.path.id };
  };
  const list = actions.map((a, i) => {
    addPath(a.proxy);
    const base = { Id: i + 1, ObjectPathId: a.proxy.path.id };
    if (a.type === 'load') return { ...base, ActionType: 2, Name: '', QueryInfo: { Select: a.select } };
    if (a.type === 'set') return { ...base, ActionType: 4, Name: a.name, ArgumentInfo: { Arguments: [a.value] } };
    return { ...base, ActionType: 3, Name: a.name, ArgumentInfo: { Arguments: a.args } };
  });
  return { Actions: list, ObjectPaths: paths };
}

function parseSelect(names: string): string[] {
  const list = names
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  if (list.length === 0) throw officeErrors.invalidArgument('load() needs property names');
  return list;
}

abstract class ClientProxy implements Api.ClientObject {
  private readonly loaded = new Map<string, unknown>();
  private nullState: boolean | undefined;

  constructor(
    readonly ctx: FakeRequestContext,
    readonly path: PathInfo,
  ) {}

  get isNullObject(): boolean {
    if (this.nullState === undefined) throw officeErrors.propertyNotLoaded('isNullObject');
    return this.nullState;
  }

  abstract resolve(x: Execution): Target | null;

  /** Property readers by name, with the ExcelApi set that introduced each. */
  protected abstract readonly readable: Readonly<Record<string, { since: string; read: (t: Target, x: Execution) => unknown }>>;

  protected loadedValue<T>(name: string): T {
    if (this.nullState === true) throw officeErrors.itemNotFound();
    if (!this.loaded.has(name)) throw officeErrors.propertyNotLoaded(name);
    return this.loaded.get(name) as T;
  }

  protected queueLoad(names: string): void {
    const select = parseSelect(names);
    for (const name of select) if (!this.acceptsLoad(name)) throw officeErrors.invalidArgument(`unknown property '${name}'`);
    this.ctx.enqueue({ type: 'load', proxy: this, select });
  }

  protected acceptsLoad(name: string): boolean {
    const slash = name.indexOf('/');
    if (slash === -1) return name in this.readable;
    return this.navigation(name.slice(0, slash))?.acceptsLoad(name.slice(slash + 1)) ?? false;
  }

  /** A navigation property that load() may reach through ('protection/protected'). */
  protected navigation(_name: string): ClientProxy | undefined {
    return undefined;
  }

  loadData(x: Execution, select: readonly string[]): Record<string, unknown> | null {
    const t = x.target(this);
    if (t === null) return null;
    const out: Record<string, unknown> = {};
    for (const name of select) {
      const slash = name.indexOf('/');
      if (slash !== -1) {
        const head = name.slice(0, slash);
        const inner = this.navigation(head)!.loadData(x, [name.slice(slash + 1)]);
        out[head] = inner === null ? null : { ...(out[head] as Record<string, unknown> | undefined), ...inner };
        continue;
      }
      const prop = this.readable[name]!;
      if (!x.book.supports(prop.since)) throw officeErrors.apiNotFound(name, prop.since);
      out[name] = prop.read(t, x);
    }
    return out;
  }

  applyLoaded(data: Record<string, unknown> | null): void {
    this.nullState = data === null;
    if (!data) return;
    for (const [k, v] of Object.entries(data)) {
      const nav = this.navigation(k);
      if (nav) nav.applyLoaded(v as Record<string, unknown> | null);
      else this.loaded.set(k, v);
    }
  }

  setProperty(_x: Execution, _t: Target, name: string, _value: unknown): void {
    throw officeErrors.invalidArgument(`property '${name}' cannot be set`);
  }

  protected set(name: string, value: unknown, since = '1.1'): void {
    this.ctx.enqueue({ type: 'set', proxy: this, name, value, since });
  }

  call(name: string, args: readonly unknown[], since: string, run: (x: Execution, target: Target) => void): void {
    this.ctx.enqueue({ type: 'call', proxy: this, name, args, since, run });
  }

  protected child<P extends ClientProxy>(
    Ctor: new (ctx: FakeRequestContext, path: PathInfo, resolve: (x: Execution) => Target | null) => P,
    member: string,
    args: readonly unknown[],
    method: boolean,
    since: string,
    resolve: (x: Execution) => Target | null,
  ): P {
    return new Ctor(this.ctx, this.ctx.path(this, member, args, method, since), resolve);
  }
}

abstract class ResolvedProxy extends ClientProxy {
  constructor(
    ctx: FakeRequestContext,
    path: PathInfo,
    private readonly resolver: (x: Execution) => Target | null,
  ) {
    super(ctx, path);
  }

  resolve(x: Execution): Target | null {
    return this.resolver(x);
  }
}

function sheetOf(t: Target): FakeSheet {
  if ('sheet' in t && t.sheet) return t.sheet;
  throw officeErrors.invalidArgument('not a sheet object');
}

function rangeOf(t: Target): { sheet: FakeSheet; rect: Rect } {
  if (t.kind !== 'range') throw officeErrors.invalidArgument('not a range');
  return t;
}

class WorkbookProxy extends ClientProxy implements Api.ExcelWorkbook {
  protected readonly readable = {};
  private cachedSheets: WorksheetCollectionProxy | undefined;
  private cachedNotes: NoteCollectionProxy | undefined;
  private cachedSettings: SettingCollectionProxy | undefined;

  resolve(): Target {
    return { kind: 'workbook' };
  }

  get worksheets(): WorksheetCollectionProxy {
    this.cachedSheets ??= this.child(WorksheetCollectionProxy, 'Worksheets', [], false, '1.1', () => ({ kind: 'worksheets' }));
    return this.cachedSheets;
  }

  get notes(): NoteCollectionProxy {
    this.cachedNotes ??= this.child(NoteCollectionProxy, 'Notes', [], false, '1.18', () => ({ kind: 'notes', sheet: undefined }));
    return this.cachedNotes;
  }

  get settings(): SettingCollectionProxy {
    this.cachedSettings ??= this.child(SettingCollectionProxy, 'Settings', [], false, '1.4', () => ({ kind: 'settings' }));
    return this.cachedSettings;
  }
}

const SHEET_PROPS = {
  id: { since: '1.1', read: (t: Target) => sheetOf(t).id },
  name: { since: '1.1', read: (t: Target) => sheetOf(t).name },
  visibility: { since: '1.1', read: (t: Target) => sheetOf(t).visibility },
};

class WorksheetCollectionProxy extends ResolvedProxy implements Api.WorksheetCollection {
  protected readonly readable = {};
  private loadedItems: WorksheetProxy[] | undefined;
  private itemSelect: string[] = [];

  get items(): WorksheetProxy[] {
    if (!this.loadedItems) throw officeErrors.propertyNotLoaded('items');
    return this.loadedItems;
  }

  protected override acceptsLoad(name: string): boolean {
    return name.startsWith('items/') && name.slice(6) in SHEET_PROPS;
  }

  load(propertyNames: string): WorksheetCollectionProxy {
    this.queueLoad(propertyNames);
    return this;
  }

  override loadData(x: Execution, select: readonly string[]): Record<string, unknown> {
    x.require(this);
    this.itemSelect = select.map((s) => s.slice(6));
    return {
      items: x.book.sheets.map((sheet) => {
        const item: Record<string, unknown> = {};
        for (const name of this.itemSelect) item[name] = SHEET_PROPS[name as keyof typeof SHEET_PROPS].read({ kind: 'sheet', sheet });
        item.id ??= sheet.id;
        return item;
      }),
    };
  }

  override applyLoaded(data: Record<string, unknown> | null): void {
    super.applyLoaded(null === data ? null : {});
    const items = (data?.items ?? []) as Record<string, unknown>[];
    this.loadedItems = items.map((item) => {
      const id = item.id as string;
      const ws = this.child(WorksheetProxy, 'GetItem', [id], true, '1.1', (x) => {
        const sheet = x.book.sheetById(id);
        if (!sheet) throw officeErrors.itemNotFound();
        return { kind: 'sheet', sheet };
      });
      ws.applyLoaded(item);
      return ws;
    });
  }

  getItem(key: string): WorksheetProxy {
    return this.child(WorksheetProxy, 'GetItem', [key], true, '1.1', (x) => {
      const sheet = x.book.sheetByKey(key);
      if (!sheet) throw officeErrors.itemNotFound();
      return { kind: 'sheet', sheet };
    });
  }

  getItemOrNullObject(key: string): WorksheetProxy {
    return this.child(WorksheetProxy, 'GetItemOrNullObject', [key], true, '1.4', (x) => {
      const sheet = x.book.sheetByKey(key);
      return sheet ? { kind: 'sheet', sheet } : null;
    });
  }

  getFirst(visibleOnly?: boolean): WorksheetProxy {
    return this.child(WorksheetProxy, 'GetFirst', visibleOnly === undefined ? [] : [visibleOnly], true, '1.5', (x) => {
      const sheet = x.book.sheets.find((s) => visibleOnly !== true || s.visibility === 'Visible');
      if (!sheet) throw officeErrors.itemNotFound();
      return { kind: 'sheet', sheet };
    });
  }

  get onAdded(): EventHandlersProxy<Api.WorksheetCollectionEventArgs> {
    return new EventHandlersProxy(this, 'OnAdded', '1.7', (book, handler) => {
      const h = (kind: 'added' | 'deleted', worksheetId: string) => {
        if (kind === 'added') void handler({ worksheetId });
      };
      book.structureHandlers.add(h);
      return () => book.structureHandlers.delete(h);
    });
  }

  get onDeleted(): EventHandlersProxy<Api.WorksheetCollectionEventArgs> {
    return new EventHandlersProxy(this, 'OnDeleted', '1.7', (book, handler) => {
      const h = (kind: 'added' | 'deleted', worksheetId: string) => {
        if (kind === 'deleted') void handler({ worksheetId });
      };
      book.structureHandlers.add(h);
      return () => book.structureHandlers.delete(h);
    });
  }
}

class WorksheetProxy extends ResolvedProxy implements Api.Worksheet {
  protected readonly readable = SHEET_PROPS;

  get id(): string {
    return this.loadedValue('id');
  }
  get name(): string {
    return this.loadedValue('name');
  }
  get visibility(): string {
    return this.loadedValue('visibility');
  }

  load(propertyNames: string): WorksheetProxy {
    this.queueLoad(propertyNames);
    return this;
  }

  private cachedProtection: ProtectionProxy | undefined;

  get protection(): ProtectionProxy {
    // One proxy per navigation property, as Office.js keeps, so that a load through 'protection/…' fills it.
    this.cachedProtection ??= this.child(ProtectionProxy, 'Protection', [], false, '1.2', (x) => ({ kind: 'protection', sheet: sheetOf(x.require(this)) }));
    return this.cachedProtection;
  }

  protected override navigation(name: string): ClientProxy | undefined {
    return name === 'protection' ? this.protection : undefined;
  }

  get notes(): NoteCollectionProxy {
    return this.child(NoteCollectionProxy, 'Notes', [], false, '1.18', (x) => ({ kind: 'notes', sheet: sheetOf(x.require(this)) }));
  }

  get onChanged(): EventHandlersProxy<Api.WorksheetChangedEventArgs> {
    return new EventHandlersProxy(this, 'OnChanged', '1.7', (book, handler, target) => {
      const sheet = sheetOf(target);
      const h = (c: SheetChange) => void handler({ address: c.address, changeType: c.changeType, worksheetId: c.sheetId, source: 'Local' });
      let set = book.changeHandlers.get(sheet.id);
      if (!set) {
        set = new Set();
        book.changeHandlers.set(sheet.id, set);
      }
      set.add(h);
      return () => set.delete(h);
    });
  }

  activate(): void {
    this.call('Activate', [], '1.1', (x, t) => {
      const sheet = sheetOf(t);
      if (sheet.visibility !== 'Visible') throw officeErrors.invalidArgument('a hidden sheet cannot be activated');
      x.book.activeSheetId = sheet.id;
    });
  }

  getRange(address?: string): RangeProxy {
    return this.child(RangeProxy, 'GetRange', [address ?? ''], true, '1.1', (x) => {
      const sheet = sheetOf(x.require(this));
      if (address === undefined || address === '') return { kind: 'range', sheet, rect: { r0: 0, c0: 0, r1: 1_048_575, c1: 16_383 } };
      let rect: Rect;
      try {
        rect = rectOf(address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address);
      } catch {
        throw officeErrors.invalidArgument(`bad address '${address}'`);
      }
      return { kind: 'range', sheet, rect };
    });
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): RangeProxy {
    return this.child(RangeProxy, 'GetRangeByIndexes', [startRow, startColumn, rowCount, columnCount], true, '1.7', (x) => {
      const sheet = sheetOf(x.require(this));
      if (rowCount < 1 || columnCount < 1 || startRow < 0 || startColumn < 0) throw officeErrors.invalidArgument('range size');
      return { kind: 'range', sheet, rect: { r0: startRow, c0: startColumn, r1: startRow + rowCount - 1, c1: startColumn + columnCount - 1 } };
    });
  }

  getUsedRange(valuesOnly?: boolean): RangeProxy {
    return this.child(RangeProxy, 'GetUsedRange', valuesOnly === undefined ? [] : [valuesOnly], true, valuesOnly === undefined ? '1.1' : '1.2', (x) => {
      const sheet = sheetOf(x.require(this));
      return { kind: 'range', sheet, rect: sheet.usedRange(valuesOnly === true) };
    });
  }

  /** Null on a blank sheet, where getUsedRange gives A1. */
  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeProxy {
    return this.child(RangeProxy, 'GetUsedRangeOrNullObject', valuesOnly === undefined ? [] : [valuesOnly], true, '1.4', (x) => {
      const t = x.target(this);
      if (t === null) return null;
      const sheet = sheetOf(t);
      const rect = sheet.usedRect(valuesOnly === true);
      return rect ? { kind: 'range', sheet, rect } : null;
    });
  }

  getNextOrNullObject(visibleOnly?: boolean): WorksheetProxy {
    return this.child(WorksheetProxy, 'GetNextOrNullObject', visibleOnly === undefined ? [] : [visibleOnly], true, '1.5', (x) => {
      const t = x.target(this);
      if (t === null) return null;
      const sheets = x.book.sheets;
      const next = sheets.slice(sheets.indexOf(sheetOf(t)) + 1).find((s) => visibleOnly !== true || s.visibility === 'Visible');
      return next ? { kind: 'sheet', sheet: next } : null;
    });
  }
}

class ProtectionProxy extends ResolvedProxy implements Api.WorksheetProtection {
  protected readonly readable = { protected: { since: '1.2', read: (t: Target) => sheetOf(t).isProtected } };
  get protected(): boolean {
    return this.loadedValue('protected');
  }
  load(propertyNames: string): ProtectionProxy {
    this.queueLoad(propertyNames);
    return this;
  }
}

function grid<T>(rect: Rect, f: (r: number, c: number) => T): T[][] {
  const out: T[][] = [];
  for (let r = rect.r0; r <= rect.r1; r++) {
    const row: T[] = [];
    for (let c = rect.c0; c <= rect.c1; c++) row.push(f(r, c));
    out.push(row);
  }
  return out;
}

function hiddenState(set: ReadonlySet<number>, from: number, to: number): boolean | null {
  let hidden = 0;
  for (const i of set) if (i >= from && i <= to) hidden++;
  if (hidden === 0) return false;
  return hidden === to - from + 1 ? true : null;
}

const RANGE_PROPS = {
  address: { since: '1.1', read: (t: Target) => `${qualifiedSheetName(rangeOf(t).sheet.name)}!${rectA1(rangeOf(t).rect)}` },
  rowIndex: { since: '1.1', read: (t: Target) => rangeOf(t).rect.r0 },
  columnIndex: { since: '1.1', read: (t: Target) => rangeOf(t).rect.c0 },
  rowCount: { since: '1.1', read: (t: Target) => rangeOf(t).rect.r1 - rangeOf(t).rect.r0 + 1 },
  columnCount: { since: '1.1', read: (t: Target) => rangeOf(t).rect.c1 - rangeOf(t).rect.c0 + 1 },
  values: { since: '1.1', read: (t: Target) => grid(rangeOf(t).rect, (r, c) => rangeOf(t).sheet.cell(r, c)?.value ?? '') },
  formulas: {
    since: '1.1',
    read: (t: Target) => {
      const { sheet, rect } = rangeOf(t);
      return grid(rect, (r, c) => {
        const cell = sheet.cell(r, c);
        return cell?.formula ?? cell?.value ?? '';
      });
    },
  },
  numberFormat: { since: '1.1', read: (t: Target) => grid(rangeOf(t).rect, (r, c) => rangeOf(t).sheet.cell(r, c)?.format ?? GENERAL) },
  rowHidden: { since: '1.2', read: (t: Target) => hiddenState(rangeOf(t).sheet.hiddenRows, rangeOf(t).rect.r0, rangeOf(t).rect.r1) },
  columnHidden: { since: '1.2', read: (t: Target) => hiddenState(rangeOf(t).sheet.hiddenColumns, rangeOf(t).rect.c0, rangeOf(t).rect.c1) },
};

const MAX_CELLS_PER_READ = 5_000_000;

class RangeProxy extends ResolvedProxy implements Api.Range {
  protected readonly readable = RANGE_PROPS;

  override loadData(x: Execution, select: readonly string[]): Record<string, unknown> | null {
    const t = x.target(this);
    if (t && t.kind === 'range' && select.some((s) => s === 'values' || s === 'formulas' || s === 'numberFormat')) {
      const cells = (t.rect.r1 - t.rect.r0 + 1) * (t.rect.c1 - t.rect.c0 + 1);
      if (cells > MAX_CELLS_PER_READ) throw new FakeOfficeError('RangeExceedsLimit', 'The range exceeds the 5 000 000 cell limit for reading.');
    }
    return super.loadData(x, select);
  }

  get address(): string {
    return this.loadedValue('address');
  }
  get rowIndex(): number {
    return this.loadedValue('rowIndex');
  }
  get columnIndex(): number {
    return this.loadedValue('columnIndex');
  }
  get rowCount(): number {
    return this.loadedValue('rowCount');
  }
  get columnCount(): number {
    return this.loadedValue('columnCount');
  }
  get values(): unknown[][] {
    return this.loadedValue('values');
  }
  set values(v: unknown[][]) {
    this.set('values', v);
  }
  get formulas(): unknown[][] {
    return this.loadedValue('formulas');
  }
  set formulas(v: unknown[][]) {
    this.set('formulas', v);
  }
  get numberFormat(): unknown[][] {
    return this.loadedValue('numberFormat');
  }
  set numberFormat(v: unknown[][]) {
    this.set('numberFormat', v);
  }
  get rowHidden(): boolean {
    return this.loadedValue('rowHidden');
  }
  get columnHidden(): boolean {
    return this.loadedValue('columnHidden');
  }

  load(propertyNames: string): RangeProxy {
    this.queueLoad(propertyNames);
    return this;
  }

  override setProperty(x: Execution, t: Target, name: string, value: unknown): void {
    const { sheet, rect } = rangeOf(t);
    if (sheet.isProtected) throw officeErrors.accessDenied();
    const rows = value as unknown[][];
    const height = rect.r1 - rect.r0 + 1;
    const width = rect.c1 - rect.c0 + 1;
    if (!Array.isArray(rows) || rows.length !== height || rows.some((r) => !Array.isArray(r) || r.length !== width)) {
      throw officeErrors.invalidArgument("the input array doesn't match the size or dimensions of the range");
    }
    if (name === 'numberFormat') {
      rows.forEach((row, i) => row.forEach((f, j) => (sheet.ensure(rect.r0 + i, rect.c0 + j).format = String(f))));
      return;
    }
    if (name !== 'values' && name !== 'formulas') super.setProperty(x, t, name, value);
    for (let i = 0; i < height; i++) {
      for (let j = 0; j < width; j++) {
        const m = sheet.mergeAt(rect.r0 + i, rect.c0 + j);
        if (m && (m.r0 !== rect.r0 + i || m.c0 !== rect.c0 + j) && rows[i]![j] !== '' && rows[i]![j] !== null) throw officeErrors.mergedRange();
      }
    }
    rows.forEach((row, i) => row.forEach((v, j) => applyApiInput(sheet.ensure(rect.r0 + i, rect.c0 + j), v)));
    x.changed(sheet, rect);
  }

  get format(): RangeFormatProxy {
    return this.child(RangeFormatProxy, 'Format', [], false, '1.1', (x) => x.require(this));
  }

  select(): void {
    this.call('Select', [], '1.1', (x, t) => {
      const { sheet, rect } = rangeOf(t);
      if (sheet.visibility !== 'Visible') throw officeErrors.invalidArgument('a range on a hidden sheet cannot be selected');
      x.book.activeSheetId = sheet.id;
      x.book.selection = { sheetId: sheet.id, rect };
    });
  }

  getMergedAreasOrNullObject(): RangeAreasProxy {
    return this.child(RangeAreasProxy, 'GetMergedAreasOrNullObject', [], true, '1.13', (x) => {
      const t = x.target(this);
      if (t === null) return null;
      const { sheet, rect } = rangeOf(t);
      const rects = sheet.merges.filter((m) => m.r0 <= rect.r1 && m.r1 >= rect.r0 && m.c0 <= rect.c1 && m.c1 >= rect.c0);
      if (rects.length > 512) throw officeErrors.tooManyMergedAreas();
      return rects.length === 0 ? null : { kind: 'areas', sheet, rects };
    });
  }

  getIntersectionOrNullObject(anotherRange: Api.Range | string): RangeProxy {
    if (typeof anotherRange !== 'string' && !(anotherRange instanceof RangeProxy)) throw officeErrors.invalidArgument('not a range of this context');
    return this.child(RangeProxy, 'GetIntersectionOrNullObject', [anotherRange], true, '1.4', (x) => {
      const t = x.target(this);
      if (t === null) return null;
      const { sheet, rect } = rangeOf(t);
      let other: Rect;
      if (typeof anotherRange === 'string') {
        const bang = anotherRange.lastIndexOf('!');
        if (bang !== -1 && x.book.sheetByKey(anotherRange.slice(0, bang).replace(/^'(.*)'$/, '$1').replace(/''/g, "'")) !== sheet) {
          throw officeErrors.invalidArgument('the ranges are on different sheets');
        }
        try {
          other = rectOf(anotherRange.slice(bang + 1));
        } catch {
          throw officeErrors.invalidArgument(`bad address '${anotherRange}'`);
        }
      } else {
        const o = rangeOf(x.require(anotherRange));
        if (o.sheet !== sheet) throw officeErrors.invalidArgument('the ranges are on different sheets');
        other = o.rect;
      }
      const cut = { r0: Math.max(rect.r0, other.r0), c0: Math.max(rect.c0, other.c0), r1: Math.min(rect.r1, other.r1), c1: Math.min(rect.c1, other.c1) };
      return cut.r0 > cut.r1 || cut.c0 > cut.c1 ? null : { kind: 'range', sheet, rect: cut };
    });
  }
}

class RangeAreasProxy extends ResolvedProxy implements Api.RangeAreas {
  protected readonly readable = {
    address: {
      since: '1.9',
      read: (t: Target) => {
        if (t.kind !== 'areas') throw officeErrors.invalidArgument('not range areas');
        return t.rects.map((r) => `${qualifiedSheetName(t.sheet.name)}!${rectA1(r)}`).join(',');
      },
    },
  };
  get address(): string {
    return this.loadedValue('address');
  }
  load(propertyNames: string): RangeAreasProxy {
    this.queueLoad(propertyNames);
    return this;
  }
}

class RangeFormatProxy extends ResolvedProxy implements Api.RangeFormat {
  protected readonly readable = {};
  get fill(): RangeFillProxy {
    return this.child(RangeFillProxy, 'Fill', [], false, '1.1', (x) => x.require(this));
  }
}

class RangeFillProxy extends ResolvedProxy implements Api.RangeFill {
  protected readonly readable = {
    color: {
      since: '1.1',
      read: (t: Target) => {
        const { sheet, rect } = rangeOf(t);
        const colors = new Set<string>();
        for (let r = rect.r0; r <= rect.r1; r++) for (let c = rect.c0; c <= rect.c1; c++) colors.add(sheet.cell(r, c)?.fill ?? '#FFFFFF');
        return colors.size === 1 ? [...colors][0]! : null;
      },
    },
  };

  get color(): string {
    return this.loadedValue('color');
  }
  set color(v: string) {
    this.set('color', v);
  }

  load(propertyNames: string): RangeFillProxy {
    this.queueLoad(propertyNames);
    return this;
  }

  override setProperty(x: Execution, t: Target, name: string, value: unknown): void {
    if (name !== 'color') super.setProperty(x, t, name, value);
    const { sheet, rect } = rangeOf(t);
    if (sheet.isProtected) throw officeErrors.accessDenied();
    const color = String(value).toUpperCase();
    if (!/^#[0-9A-F]{6}$/.test(color)) throw officeErrors.invalidArgument(`colour '${String(value)}'`);
    for (let r = rect.r0; r <= rect.r1; r++) for (let c = rect.c0; c <= rect.c1; c++) sheet.ensure(r, c).fill = color;
  }

  clear(): void {
    this.call('Clear', [], '1.1', (_x, t) => {
      const { sheet, rect } = rangeOf(t);
      if (sheet.isProtected) throw officeErrors.accessDenied();
      for (let r = rect.r0; r <= rect.r1; r++) for (let c = rect.c0; c <= rect.c1; c++) delete sheet.cell(r, c)?.fill;
    });
  }
}

function noteAddress(a1: string, sheet: FakeSheet | undefined, book: FakeBook): { sheet: FakeSheet; a1: string } {
  const bang = a1.lastIndexOf('!');
  const target = bang === -1 ? sheet : book.sheetByKey(a1.slice(0, bang).replace(/^'(.*)'$/, '$1').replace(/''/g, "'"));
  if (!target) throw officeErrors.invalidArgument(`note address '${a1}' names no sheet`);
  const rect = rectOf(bang === -1 ? a1 : a1.slice(bang + 1));
  // "Notes can only be added to a single cell" (ExcelApi 1.18).
  if (rect.r0 !== rect.r1 || rect.c0 !== rect.c1) throw officeErrors.invalidArgument('a note needs a single cell');
  return { sheet: target, a1: rectA1(rect) };
}

class NoteCollectionProxy extends ResolvedProxy implements Api.NoteCollection {
  protected readonly readable = {};

  add(cellAddress: string, content: string): NoteProxy {
    this.call('Add', [cellAddress, content], '1.18', (x, t) => {
      if (t.kind !== 'notes') throw officeErrors.invalidArgument('not a note collection');
      const at = noteAddress(cellAddress, t.sheet, x.book);
      if (at.sheet.isProtected) throw officeErrors.accessDenied();
      if (at.sheet.notes.has(at.a1)) throw new FakeOfficeError('InvalidArgument', 'The cell already has a note.');
      at.sheet.notes.set(at.a1, String(content));
    });
    return this.noteAt(cellAddress, 'Add');
  }

  getItemOrNullObject(key: string): NoteProxy {
    return this.noteAt(key, 'GetItemOrNullObject');
  }

  private noteAt(key: string, member: string): NoteProxy {
    return this.child(NoteProxy, member, [key], true, '1.18', (x) => {
      const t = x.require(this);
      if (t.kind !== 'notes') throw officeErrors.invalidArgument('not a note collection');
      const at = noteAddress(key, t.sheet, x.book);
      return at.sheet.notes.has(at.a1) ? { kind: 'note', ...at } : null;
    });
  }
}

class NoteProxy extends ResolvedProxy implements Api.Note {
  protected readonly readable = {
    content: {
      since: '1.18',
      read: (t: Target) => {
        if (t.kind !== 'note') throw officeErrors.invalidArgument('not a note');
        return t.sheet.notes.get(t.a1) ?? '';
      },
    },
  };
  get content(): string {
    return this.loadedValue('content');
  }
  set content(v: string) {
    this.set('content', v, '1.18');
  }
  load(propertyNames: string): NoteProxy {
    this.queueLoad(propertyNames);
    return this;
  }
  override setProperty(x: Execution, t: Target, name: string, value: unknown): void {
    if (name !== 'content' || t.kind !== 'note') return super.setProperty(x, t, name, value);
    if (t.sheet.isProtected) throw officeErrors.accessDenied();
    t.sheet.notes.set(t.a1, String(value));
  }
  delete(): void {
    this.call('Delete', [], '1.18', (_x, t) => {
      if (t.kind !== 'note') throw officeErrors.invalidArgument('not a note');
      if (t.sheet.isProtected) throw officeErrors.accessDenied();
      t.sheet.notes.delete(t.a1);
    });
  }
}

class SettingCollectionProxy extends ResolvedProxy implements Api.SettingCollection {
  protected readonly readable = {};

  add(key: string, value: string): SettingProxy {
    this.call('Add', [key, value], '1.4', (x) => {
      x.book.settings.set(key, JSON.stringify(value));
    });
    return this.getItemOrNullObject(key);
  }

  getItemOrNullObject(key: string): SettingProxy {
    return this.child(SettingProxy, 'GetItemOrNullObject', [key], true, '1.4', (x) => (x.book.settings.has(key) ? { kind: 'setting', key } : null));
  }
}

class SettingProxy extends ResolvedProxy implements Api.Setting {
  protected readonly readable = {
    value: {
      since: '1.4',
      read: (t: Target, x: Execution) => {
        if (t.kind !== 'setting') throw officeErrors.invalidArgument('not a setting');
        return JSON.parse(x.book.settings.get(t.key) ?? 'null') as unknown;
      },
    },
  };
  get value(): unknown {
    return this.loadedValue<unknown>('value');
  }
  load(propertyNames: string): SettingProxy {
    this.queueLoad(propertyNames);
    return this;
  }
  delete(): void {
    this.call('Delete', [], '1.4', (x, t) => {
      if (t.kind === 'setting') x.book.settings.delete(t.key);
    });
  }
}

class EventHandlersProxy<T> implements Api.EventHandlers<T> {
  constructor(
    private readonly owner: ClientProxy,
    private readonly member: string,
    private readonly since: string,
    private readonly register: (book: FakeBook, handler: (args: T) => Promise<unknown>, target: Target) => () => void,
  ) {}

  add(handler: (args: T) => Promise<unknown>): Api.EventHandlerResult {
    let unregister: (() => void) | undefined;
    this.owner.call(`${this.member}.Add`, [], this.since, (x, target) => {
      x.afterSync.push(() => {
        unregister = this.register(x.book, handler, target);
      });
    });
    return {
      context: this.owner.ctx,
      remove: () => {
        this.owner.call(`${this.member}.Remove`, [], this.since, (x) => {
          x.afterSync.push(() => unregister?.());
        });
      },
    };
  }
}
