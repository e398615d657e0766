import { type Sheet, cellText } from '../../grid';
import { type Edition, fold, yearIn } from '../../engine';
import type { PlanPeriod } from '../../engine/checks';

/**
 * The report a plan is printed in, from the line above it: "Uppföljning av budget 2021 -
 * Tertialrapport 1 per den 30 april" (000 rad 1), "Uppfoljning av budget 2020 - Tertialrapport 1"
 * (003 rad 3, OCR), "Nämndens budget/verksamhetsplan 2022". The year is the plan's year.
 */
export interface ReportLine {
  readonly edition: Edition;
  readonly year: number | undefined;
}

export function reportLineAbove(sheet: Sheet, before: number, what: string): ReportLine {
  for (let row = 0; row < before; row++) {
    for (let col = 0; col < Math.min(sheet.colCount, 12); col++) {
      const t = fold(cellText(sheet.cell(row, col)));
      const year = yearIn(t);
      if (year === undefined) continue;
      const tertial = /tertialrapport (\d)/.exec(t)?.[1];
      if (tertial) return { year, edition: { id: `t${tertial}-${year}`, label: `Tertialrapport ${tertial} ${year}, ${what}`, year } };
      if (/verksamhetsplan/.test(t)) return { year, edition: { id: `vp-${year}`, label: `Verksamhetsplan ${year}, ${what}`, year } };
      if (/verksamhetsberattelse/.test(t)) return { year, edition: { id: `vb-${year}`, label: `Verksamhetsberättelse ${year}, ${what}`, year } };
    }
  }
  return { year: undefined, edition: { id: 'plan', label: what } };
}

export function yearPeriod(year: number | undefined): PlanPeriod | undefined {
  return year === undefined ? undefined : { start: `${year}-01-01`, end: `${year}-12-31`, label: String(year) };
}
