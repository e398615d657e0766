import { applyEdits } from '../shared/engine';
import { templates } from '../shared/templates';
import { parseWorkbook } from '../excel-addin/src/xlsx-adapter/read-workbook';
import { patchWorkbookBytes } from '../excel-addin/src/xlsx-adapter/patch-cells';
import { planWorkbookFill } from '../excel-addin/src/cli/fill-workbook';
import { buildT01WithoutTotals } from './bench/fill';
import { deflateSync } from 'fflate';
it('probe', async () => {
  const { bytes } = await buildT01WithoutTotals();
  for (let k = 0; k < 3; k++) {
    let t = performance.now();
    const lap = (name: string) => { const n = performance.now(); console.log(name, (n - t).toFixed(0)); t = n; };
    const wb = parseWorkbook(bytes); lap('parse');
    const o = planWorkbookFill(wb, templates, {}, false); lap('plan');
    const check = applyEdits(wb, o.edits); lap('applyEdits');
    const patched = patchWorkbookBytes(bytes, check.applied.map((e) => ({ sheet: e.sheet, cell: e.cell, value: e.value, formula: e.formula }))); lap('patch');
    deflateSync(new Uint8Array(20_000_000).fill(60), { level: 6 }); lap('deflate 20MB const');
    console.log(patched.length);
  }
}, 120000);
