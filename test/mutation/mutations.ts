// One-cell mistakes a person makes in a filled template, as mutations of a real fixture's grid:
// a number nudged or its sign flipped or left out, a formula overwritten by its value (or another
// number), a date moved or two dates swapped, a Tidplan written backwards or a year off, a
// required name or comment left blank.
import { type Cell, type Sheet, cellText, num, text, toA1, date as dateValue } from '../../shared/grid';
import { parsePeriod } from '../../shared/locale';
import type { TemplateInstance } from '../fixtures/xlsx/types';

export type MutationKind =
  | 'nudge'
  | 'nudge-10%'
  | 'sign'
  | 'blank-number'
  | 'formula→value'
  | 'formula→other'
  | 'date-shift'
  | 'date-swap'
  | 'period-reversed'
  | 'period-year'
  | 'blank-text';

export const MUTATION_KINDS: readonly MutationKind[] = ['nudge', 'nudge-10%', 'sign', 'blank-number', 'formula→value', 'formula→other', 'date-shift', 'date-swap', 'period-reversed', 'period-year', 'blank-text'];

export interface Mutation {
  readonly kind: MutationKind;
  readonly cell: string;
  /** Every cell the mistake touches (two for a swap). */
  readonly patch: Readonly<Record<string, Cell>>;
  readonly from: string;
  readonly to: string;
}

/** Decimals the cell shows: from its number format, else from the value (at most two). */
function shownDecimals(cell: Cell, value: number): number {
  const fmt = cell.numFmt?.split(';')[0];
  const m = fmt ? /\.([0#]+)/.exec(fmt) : null;
  if (fmt) return m ? m[1]!.length : 0;
  const frac = String(value).split('.')[1];
  return Math.min(2, frac?.length ?? 0);
}

const round = (v: number, d: number) => Math.round(v * 10 ** d) / 10 ** d;

function normalised(s: string): string {
  return s.replace(/\s+/g, ' ').replace(/:$/, '').trim().toLowerCase();
}

/**
 * Text the catalogue lists as an instance's data (a name, an owner, a comment), not as its title or
 * headers. In a table every value counts, the row's first column included (it names the row);
 * in a label/value form only the values do, so a form's own labels are never blanked.
 */
function dataTexts(instance: TemplateInstance): Set<string> {
  const labels = new Set([instance.title ?? '', instance.template, ...instance.headers].map(normalised));
  const out = new Set<string>();
  for (const row of instance.rows) {
    const form = row.length <= 2;
    row.forEach((v, i) => {
      const t = normalised(v);
      if (t !== '' && (!form || i > 0) && !labels.has(t)) out.add(t);
    });
  }
  return out;
}

function shiftYears(iso: string, years: number): string {
  const y = Number(iso.slice(0, 4)) + years;
  const day = iso.slice(5) === '02-29' ? '02-28' : iso.slice(5);
  return `${String(y).padStart(4, '0')}-${day}`;
}

/** 'januari 2020 - juni 2022', 'Juli 2021 – april 2022', '2019-2022', 'maj 2021 till juni 2022'. */
const RANGE = /^(.*?\S)(\s+[-–—]\s+|\s*[–—]\s*|\s+till\s+|(?<=^\d{4})-(?=\d{4}$))(\S.*)$/;

/** Every mistake of the kinds above that this sheet offers, in reading order. */
export function mutationsOf(sheet: Sheet, instance: TemplateInstance): Mutation[] {
  const out: Mutation[] = [];
  const data = dataTexts(instance);
  const dates: { a1: string; cell: Cell; iso: string }[] = [];
  for (const { row, col, cell } of sheet.cells()) {
    const a1 = toA1(row, col);
    const v = cell.value;
    const shown = cellText(cell);
    if (cell.formula !== undefined) {
      if (v.kind === 'number') {
        out.push({ kind: 'formula→value', cell: a1, patch: { [a1]: { value: v, ...(cell.numFmt ? { numFmt: cell.numFmt } : {}) } }, from: `=${cell.formula}`, to: String(v.value) });
        const other = round(v.value + 10 ** -shownDecimals(cell, v.value), shownDecimals(cell, v.value));
        out.push({ kind: 'formula→other', cell: a1, patch: { [a1]: { value: num(other), ...(cell.numFmt ? { numFmt: cell.numFmt } : {}) } }, from: `=${cell.formula}`, to: String(other) });
      }
      continue;
    }
    if (v.kind === 'number') {
      const d = shownDecimals(cell, v.value);
      const keep = (value: number): Cell => ({ value: num(value), ...(cell.numFmt ? { numFmt: cell.numFmt } : {}) });
      const up = round(v.value + 10 ** -d, d);
      out.push({ kind: 'nudge', cell: a1, patch: { [a1]: keep(up) }, from: String(v.value), to: String(up) });
      const tenth = v.value === 0 ? 1 : round(v.value * 1.1, d) === v.value ? up : round(v.value * 1.1, d);
      out.push({ kind: 'nudge-10%', cell: a1, patch: { [a1]: keep(tenth) }, from: String(v.value), to: String(tenth) });
      if (v.value !== 0) out.push({ kind: 'sign', cell: a1, patch: { [a1]: keep(-v.value) }, from: String(v.value), to: String(-v.value) });
      out.push({ kind: 'blank-number', cell: a1, patch: { [a1]: { value: { kind: 'empty' } } }, from: String(v.value), to: '' });
    } else if (v.kind === 'date') {
      dates.push({ a1, cell, iso: v.value });
      const moved = shiftYears(v.value, 1);
      out.push({ kind: 'date-shift', cell: a1, patch: { [a1]: { ...cell, value: dateValue(moved) } }, from: v.value, to: moved });
    } else if (v.kind === 'text') {
      const period = parsePeriod(shown);
      if (period) {
        const range = RANGE.exec(shown);
        if (period.end !== undefined && range && range[1] !== range[3]) {
          const reversed = `${range[3]}${range[2]}${range[1]}`;
          out.push({ kind: 'period-reversed', cell: a1, patch: { [a1]: { ...cell, value: text(reversed) } }, from: shown, to: reversed });
        }
        const later = shown.replace(/\b(19|20)(\d\d)\b/g, (_, c: string, y: string) => String(Number(c + y) + 1));
        if (later !== shown) out.push({ kind: 'period-year', cell: a1, patch: { [a1]: { ...cell, value: text(later) } }, from: shown, to: later });
      }
      if (data.has(normalised(shown))) out.push({ kind: 'blank-text', cell: a1, patch: { [a1]: { value: { kind: 'empty' } } }, from: shown, to: '' });
    }
  }
  // Two dates swapped: each date with the next one in reading order (a start and its end).
  for (let i = 0; i + 1 < dates.length; i++) {
    const [a, b] = [dates[i]!, dates[i + 1]!];
    if (a.iso === b.iso) continue;
    out.push({ kind: 'date-swap', cell: a.a1, patch: { [a.a1]: { ...a.cell, value: dateValue(b.iso) }, [b.a1]: { ...b.cell, value: dateValue(a.iso) } }, from: `${a.iso} ↔ ${b.iso}`, to: `${b.iso} ↔ ${a.iso}` });
  }
  return out;
}
