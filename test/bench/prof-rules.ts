import { writeFileSync } from 'node:fs';
import { readWorkbook } from '../../excel-addin/src/xlsx-adapter/read-workbook';
import { runRule, validateWorkbook } from '../../shared/engine';
import { templates } from '../../shared/templates';
import { buildT01Workbook } from './xlsx-read-validate';

async function main() {
  const { bytes } = await buildT01Workbook();
  writeFileSync('/tmp/prof/t01.xlsx', bytes);
  const wb = await readWorkbook(bytes);
  const sheet = wb.sheets[0]!;
  for (let rep = 0; rep < 3; rep++) {
    let t = performance.now();
    for (const tpl of templates) {
      const t0 = performance.now();
      const hit = tpl.recognise(sheet, wb);
      const dt = performance.now() - t0;
      if (rep === 2) console.log(`recognise ${tpl.id.padEnd(36)} ${dt.toFixed(1)} ms ${hit ? 'HIT' : ''}`);
      if (hit) {
        for (const rule of tpl.rules) {
          const t1 = performance.now();
          const n = runRule(rule, { sheet, workbook: wb, layout: hit.layout, edition: hit.edition }).length;
          if (rep === 2) console.log(`  rule ${rule.meta.id.padEnd(60)} ${(performance.now() - t1).toFixed(1)} ms (${n})`);
        }
        break;
      }
    }
    t = performance.now();
    validateWorkbook(wb, templates);
    console.log(`validateWorkbook ${(performance.now() - t).toFixed(1)} ms`);
  }
}
main();
