import { CalendarError, DEFAULT_PERIOD_ENDS, FOLLOW_UP_POINTS, followUpCalendar, isFollowUpPoint } from '../../../shared/lists/follow-up-calendar';

describe('followUpCalendar', () => {
  test('period ends default to 30 April, 31 August and 31 December, with no report due date', () => {
    const calendar = followUpCalendar();
    expect(FOLLOW_UP_POINTS.map((p) => calendar.dates(p, 2021))).toEqual([
      { periodEnd: '2021-04-30', reportDue: null },
      { periodEnd: '2021-08-31', reportDue: null },
      { periodEnd: '2021-12-31', reportDue: null },
    ]);
    expect(DEFAULT_PERIOD_ENDS).toEqual({ T1: '04-30', T2: '08-31', VB: '12-31' });
  });

  test('a year can set its report due dates apart from the period ends; other years keep the defaults', () => {
    const calendar = followUpCalendar({ '2022': { T1: { reportDue: '2022-05-13' }, VB: { reportDue: '2023-02-10' } } });
    expect(calendar.dates('T1', 2022)).toEqual({ periodEnd: '2022-04-30', reportDue: '2022-05-13' });
    expect(calendar.dates('T2', 2022)).toEqual({ periodEnd: '2022-08-31', reportDue: null });
    expect(calendar.dates('VB', 2022)).toEqual({ periodEnd: '2022-12-31', reportDue: '2023-02-10' });
    expect(calendar.dates('T1', 2023)).toEqual({ periodEnd: '2023-04-30', reportDue: null });
  });

  test('a period end can be moved for one year', () => {
    const calendar = followUpCalendar({ '2020': { T2: { periodEnd: '2020-09-30' } } });
    expect(calendar.dates('T2', 2020).periodEnd).toBe('2020-09-30');
    expect(calendar.dates('T2', 2021).periodEnd).toBe('2021-08-31');
  });

  test.each([
    [{ '22': {} }, /four digits/],
    [{ '2022': { T3: {} } }, /unknown follow-up point 'T3'/],
    [{ '2022': { T1: { reportDue: '2022-13-01' } } }, /not YYYY-MM-DD/],
    [{ '2022': { T1: { reportDue: '2022-04-01' } } }, /before its period ends/],
    [{ '2022': { VB: { periodEnd: '31 dec' } } }, /period end '31 dec'/],
  ])('bad configuration is refused with a message: %j', (overrides, message) => {
    expect(() => followUpCalendar(overrides as never)).toThrow(CalendarError);
    expect(() => followUpCalendar(overrides as never)).toThrow(message);
  });

  test('isFollowUpPoint knows exactly T1, T2 and VB', () => {
    expect(['T1', 'T2', 'VB', 'Löpande', 'Årligen inför VP', 't1', null].map(isFollowUpPoint)).toEqual([true, true, true, false, false, false, false]);
  });
});
