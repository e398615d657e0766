import type { Cell } from '../../grid';
import { fold } from '../../engine';
import { formatSvNumber, type Localized, parseSvNumber } from '../../locale';

/** How a nyckeltal cell shows its value: the number of decimals and whether it is a percentage. */
export interface Display {
  readonly decimals: number;
  readonly percent: boolean;
}

/**
 * The display of a cell: from its number format ('0.0%' → 1 decimal, percent), else from the
 * value as typed ('72,9%' as text, or 0.917 with no format → 3 decimals).
 */
export function displayOf(cell: Cell): Display | undefined {
  const fmt = cell.numFmt;
  if (fmt !== undefined && !/^general$/i.test(fmt) && /[0#]/.test(fmt)) {
    const section = fmt.split(';')[0]!.replace(/"[^"]*"/g, '');
    const decimals = /\.([0#]+)/.exec(section)?.[1]?.length ?? 0;
    return { decimals, percent: section.includes('%') };
  }
  const v = cell.value;
  if (v.kind === 'number') return { decimals: Math.min(6, (String(v.value).split('.')[1] ?? '').length), percent: false };
  if (v.kind === 'text') {
    const p = parseSvNumber(v.value);
    if (!p.ok) return undefined;
    const digits = v.value.replace(/%\s*$/, '').split(',')[1]?.replace(/\D/g, '') ?? '';
    return { decimals: digits.length, percent: p.percent };
  }
  return undefined;
}

/** A value as the cell shows it, in both languages ('91,7%' / '91.7%'). */
export function shown(value: number, d: Display): Localized {
  const sv = d.percent ? `${formatSvNumber(value * 100, { decimals: d.decimals })}%` : formatSvNumber(value, { decimals: d.decimals });
  const en = sv.replace(/ /g, '\u2009').replace(',', '.').replace(/\u2009/g, ',');
  return { sv, en };
}

/** A header that names its unit as kronor (not tkr), for "Kostnad … per årsarbetare, kronor". */
export function saysKronor(header: string): boolean {
  return /\bkronor\b|\bkr\b/.test(fold(header));
}

export function saysTkr(header: string): boolean {
  return /\btkr\b|\btusental kronor\b/.test(fold(header));
}

/** A cell's value as it is shown, for quoting in messages. */
export function printed(cell: Cell): Localized | string {
  const d = displayOf(cell);
  if (cell.value.kind === 'number' && d) return shown(cell.value.value, d);
  return cell.value.kind === 'empty' ? '' : String(cell.value.value);
}
