import { followUpCalendar } from '../../../shared/lists/follow-up-calendar';
import { buildRows } from '../../../teams-app/src/tab/model/rows';
import { applyFilters, filterOptions, NO_FILTERS } from '../../../teams-app/src/tab/model/filter';
import { loadSeededTabData } from './support/seeded-data';
test('prof', async () => {
  const d = await loadSeededTabData();
  const many = { ...d, actionItems: Array.from({ length: 5000 }, (_, i) => ({ ...d.actionItems[i % 99]!, Id: i + 1, externalId: `X-${i}` })), controls: [], projects: [] };
  const cal = followUpCalendar();
  for (let k = 0; k < 3; k++) {
    let t = performance.now();
    const rows = buildRows(many, { today: '2021-06-15', calendar: cal });
    const b = performance.now() - t; t = performance.now();
    const f = applyFilters(rows, NO_FILTERS, 1);
    const a = performance.now() - t; t = performance.now();
    filterOptions(rows);
    const o = performance.now() - t; t = performance.now();
    new Map(rows.map((r) => [r.key, r]));
    const m = performance.now() - t;
    console.log({ b, a, o, m, n: f.length });
  }
}, 60000);
