import { type NumberWarning, parseSvNumber } from '../../locale';

/**
 * An amount as the Projektbilaga writes it, in words and digits: "25,6 miljoner kr", "13,3 miljoner
 * kronor", "9 miljoner", "240 tkr", "24 250 660 kr", "71 000 Euro", "0". The list mixes all of
 * these (templates.md §T20 "Units are mixed"), so each is kept as written and read with its scale.
 */

export type Currency = 'SEK' | 'EUR';

export interface MoneyReading {
  /** In kronor or euro: '25,6 miljoner kr' → 25 600 000. */
  readonly value: number;
  /** Undefined when no unit is written ('761 742', '0'). */
  readonly currency: Currency | undefined;
  /** 1, 1 000 or 1 000 000; 1 when no unit is written. */
  readonly scale: number;
  /** The unit as written: 'miljoner kr', 'kr', 'Euro', ''. */
  readonly unit: string;
  /** Words around the amount ('Projektets budget 2019:', '/ 342 156 Euro AmF'), trimmed. */
  readonly before: string;
  readonly after: string;
  /** Repairs parseSvNumber made to the digits ('7, 8', 'O'): never silent. */
  readonly warnings: readonly NumberWarning[];
}

// A number as the list prints it: grouped digits, a decimal comma (once with a stray space, "7, 8"),
// or the OCR'd letter O for a zero.
const NUMBER = /(?<![\w,])(-?(?:\d{1,3}(?: \d{3})+|\d+|O)(?:, ?\d+)?)(?![\w])/g;
const UNIT = /^\s*(miljoner kronor|miljon kronor|miljoner kr|miljon kr|miljoner|miljon|mnkr|mkr|tkr|tusen kronor|kronor|kr|sek|euro|eur|€)(?![\p{L}])\.?/iu;

const SCALE: Readonly<Record<string, number>> = {
  miljoner: 1e6,
  miljon: 1e6,
  mnkr: 1e6,
  mkr: 1e6,
  tkr: 1e3,
  tusen: 1e3,
};

/**
 * The amount in a cell: the first number followed by a money unit, else a cell that is nothing but
 * a number. Text without such an amount ('okänt', 'Ingen budget för nämnden') gives undefined.
 */
export function readMoney(text: string): MoneyReading | undefined {
  const t = text.replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim();
  if (t === '') return undefined;
  const candidates = [...t.matchAll(NUMBER)];
  for (const m of candidates) {
    const end = m.index + m[0].length;
    const unit = UNIT.exec(t.slice(end));
    if (!unit) continue;
    const parsed = parseSvNumber(m[1]!);
    if (!parsed.ok) continue;
    const word = unit[1]!.toLowerCase();
    const scale = SCALE[word.split(' ')[0]!] ?? 1;
    const currency: Currency = /^(euro|eur|€)$/.test(word) ? 'EUR' : 'SEK';
    const written = unit[1]!;
    return {
      value: parsed.value * scale,
      currency,
      scale,
      unit: written,
      before: t.slice(0, m.index).trim(),
      after: t.slice(end + unit[0].length).trim(),
      warnings: parsed.warnings,
    };
  }
  const only = candidates.length === 1 && candidates[0]![0] === t ? parseSvNumber(t) : undefined;
  if (only?.ok) return { value: only.value, currency: undefined, scale: 1, unit: '', before: '', after: '', warnings: only.warnings };
  return undefined;
}

/** The unit a reading counts under when the list is held to one unit: currency and scale. */
export function unitKey(m: MoneyReading): string {
  return `${m.currency ?? 'none'}:${m.scale}`;
}

/** 'miljoner kronor' and 'miljoner kr' are one unit; the message names it the first way it was written. */
export function unitLabel(m: MoneyReading): string {
  return m.unit === '' ? '(ingen enhet)' : m.unit;
}
