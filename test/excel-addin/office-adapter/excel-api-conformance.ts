/// <reference types="office-js" />
// Compiled by `tsc -b` (the test project): each assignment holds a member of the adapter's Excel
// subset to the real Office.js declaration. A subset member Excel lacks, or declares with another
// shape, fails the type check.
import type * as Subset from '../../../excel-addin/src/office-adapter/excel-api';

export function realExcelSatisfiesTheSubset(
  excel: typeof Excel,
  office: typeof Office,
  context: Excel.RequestContext,
  range: Excel.Range,
  sheet: Excel.Worksheet,
  sheets: Excel.WorksheetCollection,
  changed: Excel.WorksheetChangedEventArgs,
  added: Excel.WorksheetAddedEventArgs,
): void {
  const api: Subset.ExcelApi = excel;
  const host: Subset.OfficeApi = office;
  const ctx: Subset.RequestContext = context;
  const r: Subset.Range = range;
  const ws: Subset.Worksheet = sheet;
  const wsc: Subset.WorksheetCollection = sheets;
  const args: Subset.WorksheetChangedEventArgs = changed;
  const addedArgs: Subset.WorksheetCollectionEventArgs = added;
  void [api, host, ctx, r, ws, wsc, args, addedArgs];
}
