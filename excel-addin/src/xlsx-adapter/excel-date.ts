import { isoOfDay } from '../../../shared/locale';

const DAY_MS = 86_400_000;
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);
const LAST_SERIAL_1900 = 2_958_465; // 9999-12-31

/**
 * The calendar day of an Excel date serial as a day count since 1970-01-01, or undefined when the
 * serial is no real day. In the 1900 system Excel counts a 29 February 1900 that never was (serial
 * 60), so serials below it are one day later than the epoch arithmetic says; 0 and 60 have no
 * real day.
 */
export function excelSerialToDay(serial: number, date1904: boolean): number | undefined {
  if (!Number.isFinite(serial)) return undefined;
  // Round to the millisecond first, as Excel does, so 44316.99999999999 is still 30 April.
  const day = Math.floor(Math.round(serial * DAY_MS) / DAY_MS);
  if (date1904) {
    if (day < 0 || day > LAST_SERIAL_1900 - 1462) return undefined;
    return (EPOCH_1904 + day * DAY_MS) / DAY_MS;
  }
  if (day < 1 || day === 60 || day > LAST_SERIAL_1900) return undefined;
  return (EPOCH_1900 + (day < 60 ? day + 1 : day) * DAY_MS) / DAY_MS;
}

/** The calendar day of an Excel date serial as yyyy-mm-dd (see excelSerialToDay). */
export function excelSerialToIso(serial: number, date1904: boolean): string | undefined {
  const day = excelSerialToDay(serial, date1904);
  return day === undefined ? undefined : isoOfDay(day);
}
