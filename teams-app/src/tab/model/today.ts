import { isIsoDate } from '../../../../shared/lists/date-only';

/** Stockholm's calendar date now, or the date a link asks for (`?asOf=2021-06-15`: the state as of that day). */
export function todayIn(asOf: string | null, now: Date, toStockholmDate: (instant: string) => string): string {
  if (asOf && isIsoDate(asOf)) return asOf;
  return toStockholmDate(now.toISOString());
}
