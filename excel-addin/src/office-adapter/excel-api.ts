/**
 * The subset of the Excel JavaScript API that the Office adapter calls, and nothing more. The
 * in-browser fake implements exactly this, and a type test holds it to @types/office-js, so a
 * member used here is a member Excel has, with the same shape.
 */

export interface ClientObject {
  /** Set after a sync for objects got through an *OrNullObject call. */
  readonly isNullObject: boolean;
}

export interface EventHandlerResult {
  /** The context the handler was added in; removing it runs in that context. */
  readonly context: unknown;
  remove(): void;
}

export interface EventHandlers<T> {
  add(handler: (args: T) => Promise<unknown>): EventHandlerResult;
}

export interface WorksheetChangedEventArgs {
  readonly address: string;
  readonly changeType: string;
  readonly worksheetId: string;
  readonly source: string;
}

export interface WorksheetCollectionEventArgs {
  readonly worksheetId: string;
}

export interface RangeFill extends ClientObject {
  color: string;
  clear(): void;
  load(propertyNames: string): RangeFill;
}

export interface RangeFormat extends ClientObject {
  readonly fill: RangeFill;
}

export interface RangeAreas extends ClientObject {
  readonly address: string;
  load(propertyNames: string): RangeAreas;
}

export interface Range extends ClientObject {
  readonly address: string;
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly rowCount: number;
  readonly columnCount: number;
  values: unknown[][];
  formulas: unknown[][];
  numberFormat: unknown[][];
  readonly rowHidden: boolean;
  readonly columnHidden: boolean;
  readonly format: RangeFormat;
  load(propertyNames: string): Range;
  select(): void;
  /** ExcelApi 1.13. */
  getMergedAreasOrNullObject(): RangeAreas;
  /** ExcelApi 1.4. An address is read on this range's sheet. */
  getIntersectionOrNullObject(anotherRange: Range | string): Range;
}

export interface Note extends ClientObject {
  content: string;
  delete(): void;
  load(propertyNames: string): Note;
}

/** ExcelApi 1.18. */
export interface NoteCollection extends ClientObject {
  add(cellAddress: string, content: string): Note;
  getItemOrNullObject(key: string): Note;
}

export interface WorksheetProtection extends ClientObject {
  readonly protected: boolean;
  load(propertyNames: string): WorksheetProtection;
}

export interface Worksheet extends ClientObject {
  readonly id: string;
  readonly name: string;
  readonly visibility: string;
  readonly protection: WorksheetProtection;
  readonly notes: NoteCollection;
  readonly onChanged: EventHandlers<WorksheetChangedEventArgs>;
  load(propertyNames: string): Worksheet;
  activate(): void;
  getRange(address?: string): Range;
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): Range;
  getUsedRange(valuesOnly?: boolean): Range;
  /** ExcelApi 1.4. A null object on a blank sheet (getUsedRange gives A1 there). */
  getUsedRangeOrNullObject(valuesOnly?: boolean): Range;
  /** ExcelApi 1.5. */
  getNextOrNullObject(visibleOnly?: boolean): Worksheet;
}

export interface WorksheetCollection extends ClientObject {
  readonly items: readonly Worksheet[];
  readonly onAdded: EventHandlers<WorksheetCollectionEventArgs>;
  readonly onDeleted: EventHandlers<WorksheetCollectionEventArgs>;
  load(propertyNames: string): WorksheetCollection;
  getItem(key: string): Worksheet;
  getItemOrNullObject(key: string): Worksheet;
  /** ExcelApi 1.5. */
  getFirst(visibleOnly?: boolean): Worksheet;
}

export interface Setting extends ClientObject {
  readonly value: unknown;
  delete(): void;
  load(propertyNames: string): Setting;
}

export interface SettingCollection extends ClientObject {
  add(key: string, value: string): Setting;
  getItemOrNullObject(key: string): Setting;
}

export interface ExcelWorkbook extends ClientObject {
  readonly worksheets: WorksheetCollection;
  readonly notes: NoteCollection;
  readonly settings: SettingCollection;
}

export interface RequestContext {
  readonly workbook: ExcelWorkbook;
  sync(): Promise<void>;
}

/** The global `Excel`. */
export interface ExcelApi {
  run<T>(batch: (context: RequestContext) => Promise<T>): Promise<T>;
  /** Runs in an earlier context, as removing an event handler must. */
  run<T>(context: unknown, batch: (context: RequestContext) => Promise<T>): Promise<T>;
}

/** The global `Office`. */
export interface OfficeApi {
  onReady(): Promise<{ readonly host: unknown; readonly platform: unknown }>;
  readonly context: {
    readonly requirements: { isSetSupported(name: string, minVersion?: string): boolean };
  };
}

/** What Office.js errors carry (OfficeExtension.Error). */
export interface OfficeErrorLike {
  readonly code: string;
  readonly message: string;
}

export function officeErrorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** Excel on the web's cap on one request and on one response (learn.microsoft.com, resource limits). */
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;
