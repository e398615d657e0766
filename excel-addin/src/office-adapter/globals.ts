import type { ExcelApi, OfficeApi } from './excel-api';
import type { OfficeGlobals } from './office-host';

/** Set by the local harness on its own window; the pane, in a same-origin frame, finds it there. */
export const HARNESS_GLOBALS = '__namndstodExcel';

type WithGlobals = { Excel?: ExcelApi; Office?: OfficeApi; [HARNESS_GLOBALS]?: OfficeGlobals };

/**
 * Where the pane's Excel is: office.js's globals inside Excel, or the simulated Excel of the local
 * harness when the pane runs in its frame. Undefined outside both (a plain browser tab).
 */
export function findOfficeGlobals(win: Window & typeof globalThis): OfficeGlobals | undefined {
  const own = win as unknown as WithGlobals;
  if (own[HARNESS_GLOBALS]) return own[HARNESS_GLOBALS];
  try {
    // The harness first: office.js may have loaded in its frame too, but without an Excel behind it.
    const parent = win.parent as unknown as WithGlobals | null;
    if (parent && parent !== (own as unknown) && parent[HARNESS_GLOBALS]) return parent[HARNESS_GLOBALS];
  } catch {
    // A cross-origin parent (Excel on the web): its globals are not ours to read.
  }
  if (own.Excel && own.Office) return { Excel: own.Excel, Office: own.Office };
  return undefined;
}
