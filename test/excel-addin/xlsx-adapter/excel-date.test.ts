import { excelSerialToIso } from '../../../excel-addin/src/xlsx-adapter/excel-date';

describe('excelSerialToIso', () => {
  it.each([
    [1, false, '1900-01-01'],
    [59, false, '1900-02-28'],
    [61, false, '1900-03-01'],
    [44316, false, '2021-04-30'],
    [44316.99999, false, '2021-04-30'],
    [44316.999999999996, false, '2021-05-01'],
    [45657, false, '2024-12-31'],
    [2958465, false, '9999-12-31'],
    [0, true, '1904-01-01'],
    [42854, true, '2021-04-30'],
  ])('%d (1904: %s) is %s', (serial, date1904, iso) => {
    expect(excelSerialToIso(serial, date1904)).toBe(iso);
  });

  it.each([0, 60, -1, 2958466, Number.NaN])('serial %d has no real day in the 1900 system', (serial) => {
    expect(excelSerialToIso(serial, false)).toBeUndefined();
  });
});
