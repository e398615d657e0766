import type { CellPos, Sheet } from '../../grid';
import type { PartnerSheet } from '../../engine';
import type { Period } from '../../locale';
import type { ProjektbilagaLayout } from './layout';
import type { MoneyReading } from './money';
import { readPeriod } from './period';
import { fieldCell } from './rows';

/**
 * How a project is recognised in another document, and when two of its figures say the same, for
 * the cross-document rules (cross-rules/).
 */

/**
 * A project's name as compared across documents: letters and digits only, folded, so that "SY- VUX"
 * is "SY-Vux" and "Metodutveckling: Övergång …" is "Metodutveckling övergång …".
 */
export function projectKey(name: string): string {
  return nameWords(name).replace(/ /g, '');
}

/** The name's words, folded, punctuation dropped: for finding a name inside longer text. */
export function nameWords(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * The step an amount is written to: "24,2 miljoner kr" to 100 000 kr, "5 miljoner" to 1 000 000,
 * "24 250 660 kr" to 1 kr. Never coarser than the unit's own scale.
 */
export function writtenStep(m: MoneyReading): number {
  const v = Math.round(Math.abs(m.value));
  let step = 1;
  for (let s = 10; s <= m.scale && v % s === 0; s *= 10) step = s;
  return v === 0 ? m.scale : step;
}

/**
 * Two amounts agree when they are equal at the coarser of their written steps, rounding half up:
 * 24 250 660 kr is "24,3 miljoner", so a list that shortens it to "24,2" disagrees.
 */
export function sameAmount(a: MoneyReading, b: MoneyReading): boolean {
  if ((a.currency ?? 'SEK') !== (b.currency ?? 'SEK')) return true;
  return sameAtStep(a.value, b.value, Math.max(writtenStep(a), writtenStep(b)));
}

export function sameAtStep(a: number, b: number, step: number): boolean {
  return Math.round(a / step) === Math.round(b / step);
}

/** A period's start or end as precisely as both texts say it: the month, or only the year. */
export function sameMonth(a: string, aPrecision: Period['precision'], b: string, bPrecision: Period['precision']): boolean {
  const monthly = (p: Period['precision']) => p === 'dag' || p === 'månad';
  return monthly(aPrecision) && monthly(bPrecision) ? a.slice(0, 7) === b.slice(0, 7) : a.slice(0, 4) === b.slice(0, 4);
}

/** A row's "Start och avslutsdatum" when it reads as a period. */
export function periodField(sheet: Sheet, layout: ProjektbilagaLayout, row: number): { cell: CellPos; text: string; period: Period } | undefined {
  const field = fieldCell(sheet, layout, row, 'period');
  const reading = field && !field.blank ? readPeriod(field.text) : undefined;
  return field && reading?.kind === 'period' ? { cell: field.cell, text: field.text, period: reading.period } : undefined;
}

/** Months from a to b (ISO days), b later gives a positive count. */
export function monthsBetween(a: string, b: string): number {
  return (Number(b.slice(0, 4)) - Number(a.slice(0, 4))) * 12 + Number(b.slice(5, 7)) - Number(a.slice(5, 7));
}

/** The edition this list follows: the partner list with the latest report date before this one's. */
export function previousEdition(
  layout: ProjektbilagaLayout,
  partners: readonly PartnerSheet<ProjektbilagaLayout>[],
): PartnerSheet<ProjektbilagaLayout> | undefined {
  const own = layout.reportDate;
  if (own === undefined) return undefined;
  let best: PartnerSheet<ProjektbilagaLayout> | undefined;
  for (const p of partners) {
    const date = p.layout.reportDate;
    if (date === undefined || date >= own) continue;
    if (!best || date > best.layout.reportDate!) best = p;
  }
  return best;
}
