// Found by test/fuzz/targets/sv-date.ts: Date.UTC reads years 0–99 as 1900–1999, so a date-only
// value typed as 0022-04-30 was written as 1922-04-29T23:00:00Z and read back as another date.
import { daysInMonth, fromSpDate, isIsoDate, stockholmWallClockToUtc, toSpDate } from '../../../shared/lists';

test.each(['0001-01-01', '0022-04-30', '0099-12-31', '0004-02-29'])('%s survives the trip through its Stockholm-midnight instant', (day) => {
  const instant = toSpDate(day);
  expect(instant.slice(0, 4)).not.toMatch(/^19/);
  expect(fromSpDate(instant)).toBe(day);
});

test('leap years are those of the year written, not of 19xx', () => {
  expect(daysInMonth(4, 2)).toBe(29);
  expect(daysInMonth(1900, 2)).toBe(28);
  expect(isIsoDate('0004-02-29')).toBe(true);
});

test('a wall-clock time in year 50 stays in year 50', () => {
  expect(stockholmWallClockToUtc('0050-06-01 12:00')).toBe('0050-06-01T10:00:00Z');
});
