import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { followUpCalendar } from '../../../shared/lists/follow-up-calendar';
import {
  checkpointKey,
  deadlineFromText,
  deadlineOf,
  followUpSchedule,
  MAX_SCHEDULE_YEARS,
  missedFollowUps,
  nextFollowUp,
  scheduleYears,
} from '../../../shared/lists/follow-up';

interface SeedAction {
  id: string;
  sourceKind: string;
  timeframeRaw: string | null;
  timeframeStart: string | null;
  dueDate: string | null;
  dueDatePrecision: string | null;
  dueDateBasis: string;
  docYear: number | null;
  followUpPoints: string[];
  followUpSchedule: { point: string; year: number; periodEnd: string }[];
}

const seed = JSON.parse(readFileSync(join(__dirname, '../../fixtures/seed-items.json'), 'utf8')) as { actionItems: SeedAction[] };
const items = seed.actionItems;
const calendar = followUpCalendar();

/** The item's columns as the importer writes them to the Åtgärder list. */
function columns(a: SeedAction) {
  return { timeframeText: a.timeframeRaw, planYear: a.docYear, dueDate: a.dueDate, dueDatePrecision: a.dueDatePrecision, sourceKind: a.sourceKind };
}

describe('deadlines from the source time text', () => {
  test.each([
    ['November 2020', 2020, 'tabell', { start: '2020-11-01', due: '2020-11-30', precision: 'månad', basis: 'time-text' }],
    ['2020', 2020, 'tabell', { start: '2020-01-01', due: '2020-12-31', precision: 'år', basis: 'time-text' }],
    ['Hösten 2021', 2021, 'tabell', { start: '2021-09-01', due: '2021-12-31', precision: 'säsong', basis: 'time-text' }],
    ['2021-2022', 2021, 'tabell', { start: '2021-01-01', due: '2022-12-31', precision: 'år', basis: 'time-text' }],
    ['2022-12-31', 2022, 'tabell', { start: '2022-12-31', due: '2022-12-31', precision: 'dag', basis: 'time-text' }],
    // An empty Tidplan cell: the plan year's end, flagged.
    [null, 2020, 'tabell', { start: '2020-01-01', due: '2020-12-31', precision: 'härledd', basis: 'plan-year' }],
    // Running text and programme bullets never had a time frame: no deadline is invented.
    [null, 2019, 'löptext', { start: null, due: null, precision: null, basis: 'none' }],
    [null, null, 'punktlista', { start: null, due: null, precision: null, basis: 'none' }],
  ])('%s (plan year %s, %s)', (text, planYear, sourceKind, expected) => {
    expect(deadlineOf({ timeframeText: text, planYear, sourceKind })).toEqual({ ...expected, unreadableText: null });
  });

  test('every seed action item gets the seed’s deadline and precision from its list columns', () => {
    const seen = new Set<string | null>();
    for (const a of items) {
      seen.add(a.timeframeRaw);
      const d = deadlineOf(columns(a));
      expect([a.id, d.due, d.precision]).toEqual([a.id, a.dueDate, a.dueDatePrecision]);
      // The precision says how the date was found: only an empty cell is 'härledd'.
      expect([a.id, d.precision === 'härledd']).toEqual([a.id, /härlett/i.test(a.dueDateBasis)]);
    }
    expect(seen.size).toBe(11);
  });

  test('every time text in the seed is read by itself (without the list’s date) to the same deadline', () => {
    for (const a of items.filter((x) => x.timeframeRaw !== null)) {
      const d = deadlineFromText(a.timeframeRaw, a.docYear);
      expect([a.id, d.basis, d.due, d.precision]).toEqual([a.id, 'time-text', a.dueDate, a.dueDatePrecision]);
      if (a.timeframeStart !== null) expect([a.id, d.start?.slice(0, a.timeframeStart.length)]).toEqual([a.id, a.timeframeStart]);
    }
  });

  test('the list’s own date wins when it differs from the text, and says so', () => {
    // The programme's target row: no Tidplan, its date comes from the last target year.
    const prog = items.find((a) => a.timeframeRaw === null && a.dueDate !== null && a.sourceKind !== 'tabell')!;
    expect(deadlineOf(columns(prog))).toEqual({ start: null, due: prog.dueDate, precision: 'år', basis: 'list', unreadableText: null });
    // Someone moved a deadline in SharePoint: the text still says 2021.
    expect(deadlineOf({ timeframeText: '2021', planYear: 2021, dueDate: '2022-03-31', dueDatePrecision: 'dag' })).toEqual({
      start: '2021-01-01',
      due: '2022-03-31',
      precision: 'dag',
      basis: 'list',
      unreadableText: null,
    });
  });

  test('a time text that is no period is kept as written and gives no date', () => {
    expect(deadlineFromText('Löpande under året', 2022)).toEqual({ start: null, due: null, precision: null, basis: 'none', unreadableText: 'Löpande under året' });
    expect(deadlineOf({ timeframeText: 'Snarast', planYear: 2022, dueDate: '2022-06-30', dueDatePrecision: 'dag' })).toMatchObject({
      due: '2022-06-30',
      basis: 'list',
      unreadableText: 'Snarast',
    });
  });
});

describe('follow-up schedule', () => {
  test('every seed action item’s check-points equal the seed’s followUpSchedule', () => {
    for (const a of items) {
      const schedule = followUpSchedule(a.followUpPoints, scheduleYears(deadlineOf(columns(a))), calendar);
      expect([a.id, schedule]).toEqual([a.id, a.followUpSchedule.map((c) => ({ ...c, reportDue: null }))]);
    }
  });

  test('"2021-2022" with "T1,T2 och VB" gives six check-points in date order', () => {
    const d = deadlineFromText('2021-2022', 2021);
    expect(followUpSchedule(['VB', 'T1', 'T2'], scheduleYears(d), calendar).map((c) => `${checkpointKey(c.point, c.year)} ${c.periodEnd}`)).toEqual([
      'T1 2021 2021-04-30',
      'T2 2021 2021-08-31',
      'VB 2021 2021-12-31',
      'T1 2022 2022-04-30',
      'T2 2022 2022-08-31',
      'VB 2022 2022-12-31',
    ]);
  });

  test('undated follow-up ("Årligen inför VP") and items without a deadline give no check-points', () => {
    expect(followUpSchedule(['Årligen inför VP'], { from: 2022, to: 2022 }, calendar)).toEqual([]);
    expect(followUpSchedule(['VB'], scheduleYears(deadlineFromText(null, null)), calendar)).toEqual([]);
  });

  test('a long-running item is followed up for at most MAX_SCHEDULE_YEARS years, the last ones', () => {
    expect(scheduleYears({ start: '1990-01-01', due: '2022-12-31' })).toEqual({ from: 2022 - MAX_SCHEDULE_YEARS + 1, to: 2022 });
  });

  test('report due dates from the calendar travel with the check-points', () => {
    const withDue = followUpCalendar({ '2021': { T2: { reportDue: '2021-09-20' } } });
    const schedule = followUpSchedule(['T2', 'VB'], { from: 2021, to: 2021 }, withDue);
    expect(schedule).toEqual([
      { point: 'T2', year: 2021, periodEnd: '2021-08-31', reportDue: '2021-09-20' },
      { point: 'VB', year: 2021, periodEnd: '2021-12-31', reportDue: null },
    ]);
  });
});

describe('next and missed follow-up', () => {
  const krim = items.find((a) => a.id === 'KRIM-01')!;
  const schedule = followUpSchedule(krim.followUpPoints, scheduleYears(deadlineOf(columns(krim))), calendar);
  const keys = (cs: readonly { point: 'T1' | 'T2' | 'VB'; year: number }[]) => cs.map((c) => checkpointKey(c.point, c.year));

  test('the next follow-up is the first open check-point without a status update for it', () => {
    expect(keys([nextFollowUp(schedule, new Set(), '2021-01-15')!])).toEqual(['T1 2021']);
    expect(keys([nextFollowUp(schedule, new Set(['T1 2021']), '2021-03-01')!])).toEqual(['T2 2021']);
    // On the period end itself the point is still open.
    expect(keys([nextFollowUp(schedule, new Set(), '2021-04-30')!])).toEqual(['T1 2021']);
    expect(nextFollowUp(schedule, new Set(), '2023-01-01')).toBeUndefined();
  });

  test('check-points that closed without an update are missed; reported ones are not', () => {
    expect(keys(missedFollowUps(schedule, new Set(), '2021-09-15'))).toEqual(['T1 2021', 'T2 2021']);
    expect(keys(missedFollowUps(schedule, new Set(['T1 2021']), '2021-09-15'))).toEqual(['T2 2021']);
    expect(keys([nextFollowUp(schedule, new Set(), '2021-09-15')!])).toEqual(['VB 2021']);
  });

  test('a configured report due date keeps a check-point open after its period end', () => {
    const withDue = followUpSchedule(krim.followUpPoints, { from: 2021, to: 2022 }, followUpCalendar({ '2021': { T2: { reportDue: '2021-09-20' } } }));
    expect(keys(missedFollowUps(withDue, new Set(), '2021-09-15'))).toEqual(['T1 2021']);
    expect(keys([nextFollowUp(withDue, new Set(), '2021-09-15')!])).toEqual(['T2 2021']);
  });
});
