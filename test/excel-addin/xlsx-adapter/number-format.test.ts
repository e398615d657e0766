import { isDateFormat } from '../../../excel-addin/src/xlsx-adapter/number-format';

describe('isDateFormat', () => {
  it.each([
    [14, 'mm-dd-yy'],
    [22, 'm/d/yy h:mm'],
    [164, 'yyyy-mm-dd'],
    [164, '[$-41D]d mmmm yyyy'],
    [164, 'mmm'],
    [164, '[Red]yyyy-mm-dd;@'],
    [31, undefined],
  ])('id %i %s is a date', (id, code) => {
    expect(isDateFormat(id, code)).toBe(true);
  });

  it.each([
    [0, 'General'],
    [2, '0.00'],
    [164, '#,##0.0;-#,##0.0'],
    [164, '0 "dagar"'],
    [164, '0\\d'],
    [20, 'h:mm'],
    [46, '[h]:mm:ss'],
    [45, 'mm:ss'],
    [10, '0.00%'],
    [164, '[Red]#,##0'],
  ])('id %i %s is not a date', (id, code) => {
    expect(isDateFormat(id, code)).toBe(false);
  });
});
