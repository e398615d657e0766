import { fold } from '../../engine';
import { type NumberWarning, parseSvNumber } from '../../locale';

/** A "Storlek på budget" cell read as an amount and the unit written after it. */
export type BudgetReading =
  | { readonly kind: 'amount'; readonly value: number; readonly unit: string; readonly warnings: readonly NumberWarning[] }
  | { readonly kind: 'noAmount' };

const AMOUNT_THEN_UNIT = /^([-\u2013]?[\d\s,]*\d)\s*(\D*)$/;

/**
 * Spellings of one unit count as one ("miljoner kronor" is "miljoner kr"), so that only a real
 * change of unit ("mnkr" among "miljoner kr") is reported.
 */
export function unitKey(unit: string): string {
  const u = fold(unit).replace(/\.$/, '');
  if (/^(miljoner|miljon|milj\.?|mkr|mnkr|msek|mn kr|mn)\b/.test(u)) return /^(miljoner|miljon|milj)/.test(u) ? 'miljoner kr' : u.replace(/\s+/g, '');
  if (/^(tusen|tkr|ksek)\b/.test(u)) return 'tkr';
  if (/^(kr|kronor|sek)$/.test(u)) return 'kr';
  return u;
}

export function readBudget(text: string): BudgetReading {
  const m = AMOUNT_THEN_UNIT.exec(text.trim());
  if (!m) return { kind: 'noAmount' };
  const parsed = parseSvNumber(m[1]!);
  if (!parsed.ok) return { kind: 'noAmount' };
  return { kind: 'amount', value: parsed.value, unit: m[2]!.trim(), warnings: parsed.warnings };
}
