/**
 * sv-SE number parsing. First cut: strict forms only ('1 163,6', '-82,6', '72,9%', '0,0').
 * The tolerant OCR cases are to be added here with the same result shape.
 */

export type NumberWarningCode = string;

export interface NumberWarning {
  readonly code: NumberWarningCode;
  readonly sv: string;
  readonly en: string;
}

export type ParsedNumber =
  | {
      readonly ok: true;
      readonly value: number;
      /** True when the text ended in '%'; value is then the fraction (72,9% → 0.729). */
      readonly percent: boolean;
      readonly unit?: 'kr' | 'tkr' | 'mnkr';
      /** Empty for a clean number; otherwise what was repaired (never silently). */
      readonly warnings: readonly NumberWarning[];
    }
  | { readonly ok: false; readonly reason: { readonly sv: string; readonly en: string } };

const STRICT = /^(-)?(\d{1,3}(?: \d{3})*|\d+)(?:,(\d+))?(%)?$/;

export function parseSvNumber(input: string): ParsedNumber {
  const text = input.trim().replace(/\u00a0/g, ' ').replace(/\u2212/g, '-');
  const m = STRICT.exec(text);
  if (!m) return { ok: false, reason: { sv: `"${input}" är inte ett tal`, en: `"${input}" is not a number` } };
  const digits = `${m[2]!.replace(/ /g, '')}${m[3] ? `.${m[3]}` : ''}`;
  let value = Number(digits) * (m[1] ? -1 : 1);
  const percent = m[4] !== undefined;
  if (percent) value = value / 100;
  return { ok: true, value: Object.is(value, -0) ? 0 : value, percent, warnings: [] };
}
