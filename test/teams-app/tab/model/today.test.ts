import { fromSpDate } from '../../../../shared/lists/date-only';
import { todayIn } from '../../../../teams-app/src/tab/model/today';

test('today is Stockholm’s calendar date, which differs from UTC late in the evening', () => {
  expect(todayIn(null, new Date('2021-12-31T23:30:00Z'), fromSpDate)).toBe('2022-01-01');
  expect(todayIn(null, new Date('2021-06-30T21:59:00Z'), fromSpDate)).toBe('2021-06-30');
  expect(todayIn(null, new Date('2021-06-30T22:00:00Z'), fromSpDate)).toBe('2021-07-01');
});

test('a link may ask for the state as of another day; anything but a real date is ignored', () => {
  const now = new Date('2026-11-23T10:00:00Z');
  expect(todayIn('2021-06-15', now, fromSpDate)).toBe('2021-06-15');
  for (const bad of ['2021-02-30', '2021-6-15', '15/6/2021', '']) expect(todayIn(bad, now, fromSpDate)).toBe('2026-11-23');
});
