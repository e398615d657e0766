import { followUpCalendar } from '../../../../shared/lists';
import { rollupByPlan, statusesInRollups } from '../../../../teams-app/src/tab/model/rollup';
import { buildRows, type TabRow } from '../../../../teams-app/src/tab/model/rows';
import { loadSeed } from '../../provisioning/local-site';
import { loadSeededTabData } from '../support/seeded-data';

const seed = loadSeed();
let rows: TabRow[];

beforeAll(async () => {
  rows = buildRows(await loadSeededTabData(), { today: '2021-06-15', calendar: followUpCalendar() });
}, 30_000);

test('one roll-up per plan; counts add up to every item', () => {
  const rollups = rollupByPlan(rows);
  expect(rollups.reduce((n, r) => n + r.total, 0)).toBe(rows.length);
  for (const r of rollups) {
    expect(Object.values(r.byStatus).reduce((a, b) => a + b, 0)).toBe(r.total);
    expect(r.suggested.grön + r.suggested.gul + r.suggested.röd + r.suggested.ingen).toBe(r.total);
  }
});

test('a plan’s late items and share done', () => {
  const plan = 'Handlingsplan mot våldsbejakande extremism 2020';
  const r = rollupByPlan(rows).find((x) => x.title.sv === plan)!;
  const items = seed.actionItems.filter((a) => a.plan === plan);
  expect(r).toMatchObject({ total: items.length, late: items.length, shareDone: 0, byStatus: { 'Ej påbörjad': items.length } });
  const vb2019 = rollupByPlan(rows).find((x) => x.title.sv === 'Uppföljning av internkontrollplan 2019')!;
  const controls = seed.controls.filter((c) => c.docYear === 2019);
  expect(vb2019.shareDone).toBeCloseTo(controls.filter((c) => c.genomford === true).length / controls.length);
});

test('Utgår is left out of the share done; a plan where everything is dropped has none', () => {
  const one = rows.filter((r) => r.plan.key === rows[0]!.plan.key).map((r, i) => ({ ...r, status: i === 0 ? 'Genomförd' : 'Utgår' }));
  expect(rollupByPlan(one)[0]!.shareDone).toBe(1);
  expect(rollupByPlan(one.map((r) => ({ ...r, status: 'Utgår' })))[0]!.shareDone).toBeNull();
  expect(statusesInRollups(rollupByPlan(one))).toEqual(['Genomförd', 'Utgår']);
});
