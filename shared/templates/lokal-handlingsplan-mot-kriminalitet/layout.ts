import type { CellPos, Sheet } from '../../grid';
import { type Edition, fold, textAt } from '../../engine';
import type { PlanPeriod } from '../../engine/checks';
import { parsePeriod } from '../../locale';

/**
 * The local plan under the city's strategy against crime among children and young people (T1 2021,
 * 000 rad 763–1212): the title ending in the plan period ("… dras in i kriminalitet 2019 – 2022"),
 * "Uppdaterad 2021-04-23", and the table "Prioriterad utgångspunkt | Område | Mål och nytta |
 * Metoder och arbetssätt | Ansvarig | Tidsplan | Uppföljning", whose header repeats on every page
 * and whose first columns are merged down over their rows.
 */

export interface PlanColumns {
  readonly utgangspunkt?: number;
  readonly omrade?: number;
  readonly malOchNytta: number;
  readonly metoder: number;
  readonly ansvarig?: number;
  readonly tidsplan: number;
  readonly uppfoljning?: number;
}

export interface KriminalitetLayout {
  readonly headerRow: number;
  readonly columns: PlanColumns;
  readonly rows: readonly number[];
  readonly title: { readonly cell: CellPos; readonly text: string } | undefined;
  readonly period: PlanPeriod | undefined;
  readonly edition: Edition;
}

type Key = keyof PlanColumns;

const HEADERS: readonly (readonly [Key, RegExp])[] = [
  ['utgangspunkt', /^prioriterad utgangspunkt$/],
  ['omrade', /^omrade$/],
  ['malOchNytta', /^mal och nytta$/],
  ['metoder', /^metoder och arbetssatt$/],
  ['ansvarig', /^ansvarig\b/],
  ['tidsplan', /^tids?plan$/],
  ['uppfoljning', /^uppf[a-z]{1,2}ljning$/],
];

const TITLE = /handlingsplan\b.*kriminalitet/;
const PERIOD_AT_END = /(\d{4}\s*[-\u2013\u2014]\s*\d{4})\s*$/;
const UPDATED = /^uppdaterad\s+(\d{4}-\d{2}-\d{2})/;

function columnsAt(sheet: Sheet, row: number): Partial<Record<Key, number>> {
  const found: Partial<Record<Key, number>> = {};
  for (let col = 0; col < Math.min(sheet.colCount, 15); col++) {
    const t = fold(textAt(sheet, row, col));
    const key = t ? HEADERS.find(([, re]) => re.test(t))?.[0] : undefined;
    if (key && found[key] === undefined) found[key] = col;
  }
  return found;
}

export function resolveLayout(sheet: Sheet): KriminalitetLayout | undefined {
  for (let row = 0; row < Math.min(sheet.rowCount, 40); row++) {
    const found = columnsAt(sheet, row);
    if (found.malOchNytta === undefined || found.metoder === undefined || found.tidsplan === undefined) continue;
    const columns = found as PlanColumns;
    const rows: number[] = [];
    for (let r = row + 1; r < sheet.rowCount; r++) {
      if (columnsAt(sheet, r).metoder !== undefined) continue;
      if (Object.values(columns).some((col) => textAt(sheet, r, col) !== '')) rows.push(r);
    }
    return { headerRow: row, columns, rows, ...aboveTable(sheet, row) };
  }
  return undefined;
}

function aboveTable(sheet: Sheet, before: number): Pick<KriminalitetLayout, 'title' | 'period' | 'edition'> {
  let title: KriminalitetLayout['title'];
  let updated: string | undefined;
  for (let row = 0; row < before; row++) {
    for (let col = 0; col < Math.min(sheet.colCount, 8); col++) {
      const text = textAt(sheet, row, col);
      const t = fold(text);
      if (!title && TITLE.test(t)) title = { cell: { row, col }, text };
      updated ??= UPDATED.exec(t)?.[1];
    }
  }
  const periodText = title ? PERIOD_AT_END.exec(title.text.replace(/\s+/g, ' '))?.[1] : undefined;
  const p = periodText ? parsePeriod(periodText) : undefined;
  const period = p?.end ? { start: p.start, end: p.end, label: periodText!.replace(/\s*[-\u2013\u2014]\s*/, ' – ') } : undefined;
  const first = period?.start.slice(0, 4);
  const last = period?.end.slice(0, 4);
  const base = period ? `plan-${first}-${last}` : 'plan';
  const label = `Lokal handlingsplan mot kriminalitet${period ? ` ${first}–${last}` : ''}${updated ? `, uppdaterad ${updated}` : ''}`;
  const year = updated ? Number(updated.slice(0, 4)) : undefined;
  return { title, period, edition: year === undefined ? { id: base, label } : { id: base, label, year } };
}
