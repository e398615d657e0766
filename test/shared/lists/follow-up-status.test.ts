import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { followUpCalendar } from '../../../shared/lists/follow-up-calendar';
import { deadlineOf, followUpSchedule, missedFollowUps, scheduleYears, type Deadline } from '../../../shared/lists/follow-up';
import {
  daysBetween,
  describeSuggestion,
  isLate,
  suggestedStatusLabel,
  suggestStatus,
  type SuggestionInput,
} from '../../../shared/lists/follow-up-status';

interface SeedAction {
  id: string;
  sourceKind: string;
  timeframeRaw: string | null;
  dueDate: string | null;
  dueDatePrecision: string | null;
  docYear: number | null;
  followUpPoints: string[];
}
const items = (JSON.parse(readFileSync(join(__dirname, '../../fixtures/seed-items.json'), 'utf8')) as { actionItems: SeedAction[] }).actionItems;
const calendar = followUpCalendar();

function addDays(iso: string, n: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

function input(deadline: Pick<Deadline, 'start' | 'due' | 'precision'>, today: string, more: Partial<SuggestionInput> = {}): SuggestionInput {
  return { status: 'Ej påbörjad', deadline, progressPercent: null, missed: [], today, ...more };
}

const year2021: Deadline = { start: '2021-01-01', due: '2021-12-31', precision: 'år', basis: 'time-text', unreadableText: null };

describe('suggestStatus', () => {
  test('finished items are green whatever the date', () => {
    for (const status of ['Genomförd', 'Utgår']) {
      expect(suggestStatus(input(year2021, '2023-01-01', { status }))).toEqual({ status: 'grön', reason: { code: 'finished', status } });
    }
    expect(suggestStatus(input(year2021, '2023-01-01', { status: 'Pågår', finished: true }))?.status).toBe('grön');
  });

  test('"Försenad" as set by a person is red even before the deadline', () => {
    expect(suggestStatus(input(year2021, '2021-03-01', { status: 'Försenad' }))).toEqual({ status: 'röd', reason: { code: 'reportedLate' } });
  });

  test('past the deadline and not finished is red, with the days late and the precision', () => {
    expect(suggestStatus(input(year2021, '2022-01-10', { status: 'Pågår' }))).toEqual({
      status: 'röd',
      reason: { code: 'overdue', due: '2021-12-31', daysLate: 10, precision: 'år' },
    });
  });

  test('a missed check-point is yellow', () => {
    const missed = followUpSchedule(['T1', 'T2', 'VB'], { from: 2021, to: 2021 }, calendar).slice(0, 1);
    expect(suggestStatus(input(year2021, '2021-05-05', { status: 'Pågår', missed }))).toEqual({
      status: 'gul',
      reason: { code: 'missedFollowUp', checkpoints: ['T1 2021'] },
    });
  });

  test('progress far behind an even pace is yellow; close to it is green', () => {
    // 2021-07-02 is half-way through 2021 (182 of 364 days).
    expect(suggestStatus(input(year2021, '2021-07-02', { status: 'Pågår', progressPercent: 20 }))).toEqual({
      status: 'gul',
      reason: { code: 'behindSchedule', progress: 20, expected: 50 },
    });
    expect(suggestStatus(input(year2021, '2021-07-02', { status: 'Pågår', progressPercent: 30 }))?.status).toBe('grön');
  });

  test('not started when half the time has gone is yellow; before that green', () => {
    expect(suggestStatus(input(year2021, '2021-07-02'))).toEqual({ status: 'gul', reason: { code: 'notStarted', elapsedPercent: 50 } });
    expect(suggestStatus(input(year2021, '2021-06-01'))).toEqual({ status: 'grön', reason: { code: 'onTrack', due: '2021-12-31' } });
  });

  test('a deadline within 30 days is yellow', () => {
    expect(suggestStatus(input(year2021, '2021-12-01', { status: 'Pågår', progressPercent: 90 }))).toEqual({
      status: 'gul',
      reason: { code: 'dueSoon', due: '2021-12-31', daysLeft: 30 },
    });
  });

  test('no deadline and nothing missed gives no suggestion', () => {
    expect(suggestStatus(input({ start: null, due: null, precision: null }, '2021-06-01'))).toBeUndefined();
  });

  test('over every seed item and a grid of dates: red exactly when the deadline has passed, green when finished', () => {
    const todays = ['2019-06-01', '2020-05-15', '2020-12-01', '2021-06-15', '2021-12-31', '2022-09-01', '2023-01-01'];
    let suggestions = 0;
    for (const a of items) {
      const deadline = deadlineOf({ timeframeText: a.timeframeRaw, planYear: a.docYear, dueDate: a.dueDate, dueDatePrecision: a.dueDatePrecision, sourceKind: a.sourceKind });
      const schedule = followUpSchedule(a.followUpPoints, scheduleYears(deadline), calendar);
      for (const today of todays) {
        const missed = missedFollowUps(schedule, new Set(), today);
        const s = suggestStatus(input(deadline, today, { missed }));
        const late = deadline.due !== null && deadline.due < today;
        expect([a.id, today, s?.status === 'röd']).toEqual([a.id, today, late]);
        expect([a.id, today, isLate({ status: 'Ej påbörjad', due: deadline.due, today })]).toEqual([a.id, today, late]);
        if (deadline.due === null) expect([a.id, s]).toEqual([a.id, undefined]);
        else suggestions++;
        expect(suggestStatus(input(deadline, today, { status: 'Genomförd', missed }))?.status ?? 'grön').toBe('grön');
      }
    }
    expect(suggestions).toBeGreaterThan(80 * todays.length);
  });

  test('the seed’s own time texts around their deadlines: the day before is yellow, the day after red', () => {
    const texts = [...new Set(items.filter((a) => a.timeframeRaw !== null).map((a) => `${a.timeframeRaw}|${a.docYear}`))];
    expect(texts.length).toBeGreaterThanOrEqual(10);
    for (const t of texts) {
      const [text, year] = t.split('|') as [string, string];
      const deadline = deadlineOf({ timeframeText: text, planYear: Number(year) });
      const due = deadline.due!;
      expect([text, suggestStatus(input(deadline, addDays(due, -1), { status: 'Pågår', progressPercent: 95 }))?.reason]).toEqual([
        text,
        { code: 'dueSoon', due, daysLeft: 1 },
      ]);
      expect([text, suggestStatus(input(deadline, addDays(due, 1), { status: 'Pågår' }))?.status]).toEqual([text, 'röd']);
    }
  });
});

describe('wording', () => {
  test('every reason has Swedish and English text with the dates as ISO', () => {
    const cases = [
      suggestStatus(input(year2021, '2022-01-01', { status: 'Pågår' })),
      suggestStatus(input({ start: '2020-01-01', due: '2020-12-31', precision: 'härledd' }, '2021-01-02')),
      suggestStatus(input(year2021, '2021-03-01', { status: 'Försenad' })),
      suggestStatus(input(year2021, '2021-12-30', { status: 'Pågår', progressPercent: 99 })),
      suggestStatus(input(year2021, '2021-07-02')),
      suggestStatus(input(year2021, '2021-07-02', { status: 'Pågår', progressPercent: 5 })),
      suggestStatus(input(year2021, '2021-02-01', { status: 'Pågår' })),
      suggestStatus(input(year2021, '2021-02-01', { status: 'Genomförd' })),
      suggestStatus(
        input(year2021, '2021-09-02', { missed: followUpSchedule(['T1', 'T2'], { from: 2021, to: 2021 }, calendar) }),
      ),
    ].map((s) => describeSuggestion(s!));
    expect(cases).toEqual([
      { sv: 'Klart senast 2021-12-31 har passerat för 1 dag sedan.', en: 'The deadline 2021-12-31 passed 1 day ago.' },
      {
        sv: 'Klart senast 2020-12-31 (härlett från planåret) har passerat för 2 dagar sedan.',
        en: 'The deadline 2020-12-31 (derived from the plan year) passed 2 days ago.',
      },
      { sv: 'Ansvarig har rapporterat den som försenad.', en: 'The person responsible reported it as delayed.' },
      { sv: 'Klart senast 2021-12-31, om 1 dag.', en: 'Due 2021-12-31, in 1 day.' },
      { sv: 'Inte påbörjad fast 50% av tiden har gått.', en: 'Not started although 50% of the time has gone.' },
      { sv: 'Andel klart 5% mot förväntat 50% vid jämn takt.', en: '5% done against 50% expected at an even pace.' },
      { sv: 'Klart senast 2021-12-31; inget tyder på försening.', en: 'Due 2021-12-31; nothing suggests a delay.' },
      { sv: 'Markerad som Genomförd.', en: 'Marked as Genomförd.' },
      { sv: 'Ingen statusuppdatering för T1 2021 och T2 2021.', en: 'No status update for T1 2021 and T2 2021.' },
    ]);
    expect(['grön', 'gul', 'röd'].map((s) => suggestedStatusLabel(s as 'grön'))).toEqual([
      { sv: 'Grön', en: 'Green' },
      { sv: 'Gul', en: 'Yellow' },
      { sv: 'Röd', en: 'Red' },
    ]);
  });

  test('daysBetween counts calendar days across a DST change and a leap day', () => {
    expect(daysBetween('2021-03-27', '2021-03-29')).toBe(2);
    expect(daysBetween('2020-02-28', '2020-03-01')).toBe(2);
    expect(daysBetween('2021-12-31', '2021-12-01')).toBe(-30);
  });
});
