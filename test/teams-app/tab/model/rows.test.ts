import { followUpCalendar } from '../../../../shared/lists';
import type { StatusUpdate } from '../../../../teams-app/src/data/repositories';
import { buildRows, haystackOf, indexStatusUpdates, type TabRow } from '../../../../teams-app/src/tab/model/rows';
import type { TabData } from '../../../../teams-app/src/tab/model/tab-data';
import { loadScheduledSeed } from '../support/seed';
import { loadSeededTabData } from '../support/seeded-data';

const seed = loadScheduledSeed();
const TODAY = '2021-06-15';
const calendar = followUpCalendar();
let data: TabData;
let rows: TabRow[];
const byId = (id: string) => rows.find((r) => r.externalId === id)!;

beforeAll(async () => {
  data = await loadSeededTabData();
  rows = buildRows(data, { today: TODAY, calendar });
}, 30_000);

function post(target: { actionItemId?: number; controlId?: number; projectId?: number }, more: Partial<StatusUpdate>): StatusUpdate {
  return {
    Id: Math.floor(Math.random() * 1e9),
    etag: '"1"',
    actionItemId: null,
    projectId: null,
    controlId: null,
    status: 'Pågår',
    reportingPoint: 'Löpande',
    reportingYear: 2021,
    progressPercent: null,
    postedById: 1,
    postedAt: '2021-05-01T08:00:00Z',
    ...target,
    ...more,
  } as StatusUpdate;
}

describe('buildRows over the seeded lists', () => {
  test('one row per action item, control and project, with unique keys', () => {
    const kinds = rows.reduce<Record<string, number>>((acc, r) => ({ ...acc, [r.kind]: (acc[r.kind] ?? 0) + 1 }), {});
    expect(kinds).toEqual({ Åtgärd: seed.actionItems.length, Kontroll: seed.controls.length, Projekt: seed.projectHistory.length });
    expect(new Set(rows.map((r) => r.key)).size).toBe(rows.length);
  });

  test('action items: deadline, precision and check-points as the seed derives them', () => {
    for (const a of seed.actionItems) {
      const r = byId(a.id);
      expect([a.id, r.deadline.due, r.deadline.precision]).toEqual([a.id, a.dueDate, a.dueDatePrecision]);
      expect([a.id, r.schedule.map((c) => `${c.point} ${c.year} ${c.periodEnd}`)]).toEqual([a.id, a.followUpSchedule.map((c) => `${c.point} ${c.year} ${c.periodEnd}`)]);
    }
  });

  test('the next follow-up is the first open check-point, missed ones make the suggestion yellow', () => {
    const krim = byId('KRIM-01');
    expect(krim.next && `${krim.next.point} ${krim.next.year}`).toBe('T2 2021');
    expect(krim.missed.map((c) => `${c.point} ${c.year}`)).toEqual(['T1 2021']);
    expect(krim.suggestion).toEqual({ status: 'gul', reason: { code: 'missedFollowUp', checkpoints: ['T1 2021'] } });
    expect(krim.late).toBe(false);
    const old = byId('VBE2020-02');
    expect(old.deadline).toMatchObject({ due: '2020-12-31', precision: 'härledd', basis: 'plan-year' });
    expect(old.late).toBe(true);
    expect(old.suggestion?.status).toBe('röd');
  });

  test('status posts for a check-point count as reported; the newest post gives the progress', () => {
    const krim = byId('KRIM-01');
    const withPosts: TabData = {
      ...data,
      statusUpdates: [
        post({ actionItemId: krim.id }, { reportingPoint: 'T1', reportingYear: 2021, progressPercent: 10, postedAt: '2021-05-02T08:00:00Z' }),
        post({ actionItemId: krim.id }, { reportingPoint: 'Löpande', progressPercent: 35, postedAt: '2021-06-01T08:00:00Z' }),
      ],
    };
    const r = buildRows(withPosts, { today: TODAY, calendar }).find((x) => x.key === krim.key)!;
    expect([...r.reported]).toEqual(['T1 2021']);
    expect(r.missed).toEqual([]);
    expect(r.progressPercent).toBe(35);
    expect(indexStatusUpdates(withPosts.statusUpdates).get(krim.key)?.latest.progressPercent).toBe(35);
  });

  test('controls: the IKP year is the time frame; a VB 2019 control already done is green', () => {
    const done = seed.controls.find((c) => c.genomford === true)!;
    expect(byId(done.id)).toMatchObject({ status: 'Genomförd', late: false, suggestion: { status: 'grön' } });
    const ikp = byId('IKP-2022-01');
    expect(ikp.deadline).toMatchObject({ due: '2022-12-31', precision: 'år' });
    expect(ikp.schedule.map((c) => `${c.point} ${c.year}`)).toEqual(['T2 2022', 'VB 2022']);
    expect(ikp.ownerText).toBeNull();
    expect(ikp.plan.title.sv).toBe('Internkontrollplan 2022');
  });

  test('projects: deadline is the end date, a finished project is never late, budget comes along', () => {
    for (const p of data.projects) {
      const r = rows.find((x) => x.key === `Projekt:${p.Id}`)!;
      expect([p.externalId, r.deadline.due]).toEqual([p.externalId, p.endDate]);
      if (p.status === 'Avslutat') expect([p.externalId, r.late, r.suggestion?.status]).toEqual([p.externalId, false, 'grön']);
      expect(r.project).toMatchObject({ budgetSek: p.budgetSek, startDate: p.startDate, endDate: p.endDate, lifecycle: p.status });
    }
  });

  test('the source is the document, file and line of the item (of the latest version, for a project)', () => {
    const krim = seed.actionItems.find((a) => a.id === 'KRIM-05')!;
    expect(byId('KRIM-05').source).toEqual({
      document: data.documents.find((d) => d.seedFile === krim.seedFile)!.Title,
      seedFile: krim.seedFile,
      line: krim.line,
      raw: krim.raw,
    });
    const project = rows.find((r) => r.kind === 'Projekt')!;
    expect(project.source?.seedFile).toMatch(/\.txt$/);
    expect(project.source?.line).toEqual(expect.any(Number));
  });

  test('responsible people are named from the site users; the search text holds the full text', () => {
    const a = data.actionItems.find((x) => x.externalId === 'VBE2021-03')!;
    const named: TabData = {
      ...data,
      actionItems: data.actionItems.map((x) => (x.Id === a.Id ? { ...x, ownerPersonsId: [4242] } : x)),
      userNames: new Map([[4242, 'Karin Testsson']]),
    };
    const r = buildRows(named, { today: TODAY, calendar }).find((x) => x.externalId === 'VBE2021-03')!;
    expect(r.ownerText).toBe('Karin Testsson');
    expect(r.owners).toContain('Karin Testsson');
    expect(r.ownerIds).toEqual([4242]);
    expect(haystackOf(r)).toContain(a.activityText.toLowerCase());
    expect(haystackOf(r)).toBe(haystackOf(r));
  });
});
