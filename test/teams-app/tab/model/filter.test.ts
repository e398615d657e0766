import { followUpCalendar } from '../../../../shared/lists';
import { applyFilters, filterOptions, NO_FILTERS, searchTerms, type Filters } from '../../../../teams-app/src/tab/model/filter';
import { buildRows, haystackOf, type TabRow } from '../../../../teams-app/src/tab/model/rows';
import { loadScheduledSeed } from '../support/seed';
import { loadSeededTabData } from '../support/seeded-data';

const seed = loadScheduledSeed();
const TODAY = '2021-06-15';
let rows: TabRow[];
const run = (f: Partial<Filters>, me: number | null = null) => applyFilters(rows, { ...NO_FILTERS, ...f }, me);
const ids = (rs: readonly TabRow[]) => rs.map((r) => r.externalId);

beforeAll(async () => {
  rows = buildRows(await loadSeededTabData(), { today: TODAY, calendar: followUpCalendar() });
}, 30_000);

test('no filters: everything', () => {
  expect(run({})).toHaveLength(rows.length);
});

test('plan, kind, status and year', () => {
  const planRow = rows.find((r) => r.plan.title.sv === 'Kompetensförsörjningsplan 2022')!;
  expect(run({ plan: planRow.plan.key })).toHaveLength(seed.actionItems.filter((a) => a.plan === 'Kompetensförsörjningsplan 2022').length);
  expect(run({ kind: 'Projekt' })).toHaveLength(seed.projectHistory.length);
  expect(run({ kind: 'Kontroll', status: 'Ej genomförd' })).toHaveLength(seed.controls.filter((c) => c.genomford === false).length);
  expect(run({ kind: 'Kontroll', year: 2019 })).toHaveLength(seed.controls.filter((c) => c.docYear === 2019).length);
});

test('a follow-up point with a year: what must be reported at that check-point', () => {
  const expected = seed.actionItems.filter((a) => a.followUpSchedule.some((c) => c.point === 'T2' && c.year === 2022)).map((a) => a.id).sort();
  expect(ids(run({ kind: 'Åtgärd', point: 'T2', year: 2022, sort: 'id' })).sort()).toEqual(expected);
  // Alone, a point means "followed up at it at all".
  expect(run({ kind: 'Åtgärd', point: 'T1' })).toHaveLength(seed.actionItems.filter((a) => a.followUpPoints.includes('T1')).length);
});

test('responsible (roles and units), mine and late', () => {
  expect(run({ kind: 'Åtgärd', owner: 'HR-staben' })).toHaveLength(
    seed.actionItems.filter((a) => a.ownerRoles.includes('HR-staben') || a.ownerUnits.includes('HR-staben')).length,
  );
  expect(run({ mine: true }, null)).toEqual([]);
  const late = run({ kind: 'Åtgärd', late: true });
  expect(late).toHaveLength(seed.actionItems.filter((a) => a.dueDate !== null && a.dueDate < TODAY).length);
  expect(late.every((r) => r.deadline.due! < TODAY)).toBe(true);
});

test('free-text search: every word must occur, case does not matter, å/ä/ö are letters of their own', () => {
  expect(searchTerms('  Våld  EXTREMISM ')).toEqual(['våld', 'extremism']);
  const both = run({ search: 'våldsbejakande 2021' });
  expect(both.length).toBeGreaterThan(0);
  expect(both.every((r) => haystackOf(r).includes('våldsbejakande') && haystackOf(r).includes('2021'))).toBe(true);
  expect(run({ search: 'valdsbejakande' }).length).toBeLessThan(run({ search: 'våldsbejakande' }).length);
  expect(ids(run({ search: 'krim-05' }))).toEqual(['KRIM-05']);
});

test('sorts: deadline (none last), suggestion (red first), id (numeric)', () => {
  const byDue = run({ kind: 'Åtgärd', sort: 'due' });
  const dues = byDue.map((r) => r.deadline.due);
  const dated = dues.filter((d): d is string => d !== null);
  expect(dated).toEqual([...dated].sort());
  expect(dues.slice(dated.length).every((d) => d === null)).toBe(true);
  const bySuggestion = run({ sort: 'suggestion' }).map((r) => r.suggestion?.status ?? 'ingen');
  const rank = ['röd', 'gul', 'grön', 'ingen'];
  expect(bySuggestion.map((s) => rank.indexOf(s))).toEqual([...bySuggestion.map((s) => rank.indexOf(s))].sort((a, b) => a - b));
  expect(ids(run({ search: 'krim-1', sort: 'id' })).slice(0, 3)).toEqual(['KRIM-10', 'KRIM-11', 'KRIM-12']);
  expect(ids(run({ search: 'krim-', sort: 'id' })).slice(8, 10)).toEqual(['KRIM-09', 'KRIM-10']);
});

test('filter options list each plan, status, person/role and year once', () => {
  const o = filterOptions(rows);
  expect(o.plans).toHaveLength(new Set(rows.map((r) => r.plan.key)).size);
  expect(o.plans[0]!.kind).toBe('Åtgärd');
  expect(o.plans.at(-1)!.key).toBe('projekt');
  expect(o.statuses).toEqual(['Ej påbörjad', 'Genomförd', 'Ej genomförd']);
  expect(o.owners).toContain('Samordnare för KAA');
  expect(o.years).toEqual([...new Set(o.years)].sort((a, b) => a - b));
  expect(o.years).toEqual(expect.arrayContaining([2019, 2020, 2021, 2022]));
});
