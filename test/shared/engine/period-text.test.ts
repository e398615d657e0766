import { fold, readPeriod, UNDECIDED } from '../../../shared/engine';

describe('readPeriod', () => {
  it.each([
    ['december 2017 - juni 2022', '2017-12-01', '2022-06-30', 'månad'],
    ['2019-08-01 - 2022-04-30', '2019-08-01', '2022-04-30', 'dag'],
    ['2020- 2023', '2020-01-01', '2023-12-31', 'år'],
    ['Juli 2021 – april 2022', '2021-07-01', '2022-04-30', 'månad'],
    ['Start av projekt är 1 juni 2021 och planerat avslut av projektet är 30 april 2022', '2021-06-01', '2022-04-30', 'dag'],
  ])('reads the range "%s"', (text, start, end, precision) => {
    expect(readPeriod(text)).toEqual({ kind: 'period', ranged: true, period: expect.objectContaining({ start, end, precision }) });
  });

  it('tells a single point from a range, though both have a start and an end', () => {
    expect(readPeriod('juni 2022')).toEqual({ kind: 'period', ranged: false, period: expect.objectContaining({ start: '2022-06-01', end: '2022-06-30' }) });
    expect(readPeriod('2022-02-01')).toMatchObject({ kind: 'period', ranged: false });
    expect(readPeriod('VT 2022')).toMatchObject({ kind: 'period', ranged: false });
  });

  it('reads an open end, a reversed range and words that are no period', () => {
    expect(readPeriod('2023-09-01 - ')).toEqual({ kind: 'open', start: '2023-09-01' });
    expect(readPeriod('2026-01-31 - 2022-02-01')).toEqual({ kind: 'reversed', start: '2026-01-31', end: '2022-02-01' });
    expect(readPeriod('juni 2023 - februari 2021')).toEqual({ kind: 'reversed', start: '2023-06-01', end: '2021-02-28' });
    expect(readPeriod('Pågående')).toEqual({ kind: 'unreadable' });
    expect(readPeriod('snart - senare')).toEqual({ kind: 'unreadable' });
  });

  it('knows the words for a value not decided yet', () => {
    expect(['Inte bestämt', 'Ej bestämt', 'okänt', 'Ej aktuellt'].map((t) => UNDECIDED.test(fold(t)))).toEqual([true, true, true, true]);
    expect(UNDECIDED.test(fold('2022-01-01'))).toBe(false);
  });
});
