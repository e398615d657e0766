/** The format codes behind Excel's built-in number format ids (ECMA-376 §18.8.30). */
export const BUILTIN_NUMBER_FORMATS: Readonly<Record<number, string>> = {
  0: 'General',
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy h:mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00;(#,##0.00)',
  40: '#,##0.00;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
};

// Ids 27–36 and 50–58 are locale-dependent date formats with no fixed code; all of them show dates.
const LOCALE_DATE_IDS = new Set([27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/**
 * Whether a number in this format is a calendar date. Time-only formats (h:mm, [h]:mm:ss) are not:
 * their value is a duration or a time of day, not a day. Quoted text, escapes and bracketed
 * sections ([Red], [$-41D]) are ignored so that `0 "dagar"` stays a number.
 */
export function isDateFormat(id: number, code: string | undefined): boolean {
  if (LOCALE_DATE_IDS.has(id)) return true;
  if (code === undefined) return false;
  const firstSection = code.split(';')[0] ?? '';
  const bare = firstSection
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/_./g, '')
    .replace(/\*./g, '')
    .replace(/\[[^\]]*\]/g, '');
  if (/[yd]/i.test(bare)) return true;
  return /m/i.test(bare) && !/[hs]/i.test(bare) && !/general/i.test(bare);
}
