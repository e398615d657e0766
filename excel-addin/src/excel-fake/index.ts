import { fflateInflate } from '../xlsx-adapter/inflate';
import { DEFAULT_READ_LIMITS, parseWorkbook } from '../xlsx-adapter/read-workbook';
import type { Workbook } from '../../../shared/grid';
import type { ExcelApi, OfficeApi } from '../office-adapter/excel-api';
import { FakeBook, type FakeBookOptions } from './fake-book';
import { FakeRequestContext } from './request-context';

export { FakeBook, FakeSheet, type FakeBookOptions, type FakeCell, type Rect, rectA1, rectOf } from './fake-book';
export { FakeOfficeError } from './fake-errors';

export interface FakeExcel {
  readonly book: FakeBook;
  readonly Excel: ExcelApi;
  readonly Office: OfficeApi;
}

/** The `Excel` and `Office` globals of a simulated Excel holding `book`. */
export function fakeExcelFor(book: FakeBook): FakeExcel {
  const Excel: ExcelApi = {
    async run<T>(first: unknown, second?: (context: FakeRequestContext) => Promise<T>): Promise<T> {
      const batch = (second ?? first) as (context: FakeRequestContext) => Promise<T>;
      const context = second !== undefined && first instanceof FakeRequestContext ? first : new FakeRequestContext(book);
      const result = await batch(context);
      // Excel.run sends what the batch queued but never synced.
      if (context.pending > 0) await context.sync();
      return result;
    },
  };
  const Office: OfficeApi = {
    onReady: async () => ({ host: 'Excel', platform: 'OfficeOnline' }),
    context: {
      requirements: { isSetSupported: (name, minVersion) => name === 'ExcelApi' && book.supports(minVersion ?? '1.1') },
    },
  };
  return { book, Excel, Office };
}

export function fakeExcelFromWorkbook(workbook: Workbook, options: FakeBookOptions = {}): FakeExcel {
  return fakeExcelFor(FakeBook.fromWorkbook(workbook, options));
}

/** A simulated Excel with a real .xlsx open, read by the product's reader (fflate: runs in a browser). */
export function fakeExcelFromXlsx(bytes: Uint8Array, options: FakeBookOptions = {}): FakeExcel {
  return fakeExcelFromWorkbook(parseWorkbook(bytes, DEFAULT_READ_LIMITS, fflateInflate), options);
}
