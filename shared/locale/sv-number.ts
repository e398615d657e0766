/**
 * sv-SE number parsing. Strict template forms ('1 163,6', '-82,6', '72,9%', '0,0', '240 tkr') parse
 * with no warnings, and so do the variants Excel and Intl emit (U+00A0 or U+202F as thousands
 * separator, U+2212 as minus, '72,9 %'). OCR and typing slips seen in the seeds ('00', 'O kr',
 * 'o,ool', '1410480 134,95', '30 399 420, 12', '883 7 45 672,39') yield their likely value together
 * with a warning per repair: the caller must show it, so nothing is fixed in silence.
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

/** Every code `parseSvNumber` can put in a warning, for callers that group or filter them. */
export const numberWarningCodes = [
  'dash-as-minus',
  'space-after-sign',
  'letter-for-digit',
  'stray-mark',
  'irregular-spacing',
  'missing-thousands-separator',
  'space-inside-group',
  'space-before-comma',
  'space-after-comma',
  'dropped-decimal-comma',
  'leading-zeros',
] as const;

type Code = (typeof numberWarningCodes)[number];

const FIXED_TEXT: Partial<Record<Code, Omit<NumberWarning, 'code'>>> = {
  'dash-as-minus': { sv: 'tankstreck i stället för minustecken', en: 'a dash instead of a minus sign' },
  'space-after-sign': { sv: 'mellanslag efter minustecknet', en: 'a space after the minus sign' },
  'irregular-spacing': { sv: 'flera mellanslag i rad', en: 'several spaces in a row' },
  'missing-thousands-separator': { sv: 'mellanslag saknas mellan tusentalen', en: 'a thousands separator is missing' },
  'space-inside-group': { sv: 'mellanslag mitt i en siffergrupp', en: 'a space inside a group of digits' },
  'space-before-comma': { sv: 'mellanslag före decimalkommat', en: 'a space before the decimal comma' },
  'space-after-comma': { sv: 'mellanslag efter decimalkommat', en: 'a space after the decimal comma' },
  'dropped-decimal-comma': { sv: 'nollor utan decimalkomma (troligen 0,0)', en: 'zeros without a decimal comma (probably 0,0)' },
  'leading-zeros': { sv: 'inledande nollor', en: 'leading zeros' },
};

/** White space that Excel, Intl and typography put between digit groups; all mean a plain space. */
const GROUP_SPACES = /[\u00a0\u2007\u2009\u202f]/g;
const SIGN = /^([-+\u2013\u2014])(\s*)/;
const PERCENT = /\s*%$/;
const UNIT = /\s*(mnkr|tkr|kr|kronor)\.?$/i;
/** A table rule read as a letter after the last decimal ('o,ool' in the 2019 ledger is 0,00). */
const STRAY_MARKS = /(?<=,[\dOo]+)[lIJ|]+$/;
const LETTER_DIGITS: Readonly<Record<string, string>> = { O: '0', o: '0', l: '1', I: '1' };
const DECIMAL_POINT = /^[\d,]*\.\d+$/;

export function parseSvNumber(input: string): ParsedNumber {
  const warnings: NumberWarning[] = [];
  const warn = (code: Code, text = FIXED_TEXT[code]!) => {
    if (!warnings.some((w) => w.code === code)) warnings.push({ code, ...text });
  };

  let s = input.replace(GROUP_SPACES, ' ').replace(/\u2212/g, '-').trim();
  if (s === '') return fail({ sv: 'Tom text är inget tal', en: 'Empty text is not a number' });

  let negative = false;
  const sign = SIGN.exec(s);
  if (sign) {
    negative = sign[1] !== '+';
    if (sign[1] === '\u2013' || sign[1] === '\u2014') warn('dash-as-minus');
    if (sign[2]) warn('space-after-sign');
    s = s.slice(sign[0].length);
  }

  let percent = false;
  let unit: 'kr' | 'tkr' | 'mnkr' | undefined;
  if (PERCENT.test(s)) {
    percent = true;
    s = s.replace(PERCENT, '');
  } else {
    const u = UNIT.exec(s);
    if (u) {
      const word = u[1]!.toLowerCase();
      unit = word === 'kronor' ? 'kr' : (word as 'kr' | 'tkr' | 'mnkr');
      s = s.slice(0, u.index);
    }
  }

  const stray = STRAY_MARKS.exec(s);
  if (stray) {
    warn('stray-mark', {
      sv: `tecknet "${stray[0]}" sist i talet har lästs som en tabellinje och strukits`,
      en: `the trailing "${stray[0]}" was read as a table rule and dropped`,
    });
    s = s.slice(0, stray.index);
  }

  if (!/[\dOo]/.test(s) || !/^[\dOoIl ,]+$/.test(s)) return notANumber(input, s);
  const letters = [...new Set(s.match(/[OoIl]/g) ?? [])];
  if (letters.length > 0) {
    const sv = letters.map((l) => `"${l}" som ${LETTER_DIGITS[l]}`).join(', ');
    const en = letters.map((l) => `"${l}" as ${LETTER_DIGITS[l]}`).join(', ');
    warn('letter-for-digit', { sv: `bokstäver i stället för siffror (läst ${sv})`, en: `letters instead of digits (read ${en})` });
    s = s.replace(/[OoIl]/g, (l) => LETTER_DIGITS[l]!);
  }

  const parts = s.split(',');
  if (parts.length > 2) return notANumber(input, s);
  const [intRaw, fracRaw] = parts as [string, string | undefined];
  const intText = intRaw.trim();
  if (intText === '') return notANumber(input, s);
  let frac: string | undefined;
  if (fracRaw !== undefined) {
    frac = fracRaw.trim();
    if (!/^\d+$/.test(frac)) return notANumber(input, s);
    if (/\s$/.test(intRaw)) warn('space-before-comma');
    if (/^\s/.test(fracRaw)) warn('space-after-comma');
  }

  if (/ {2}/.test(intText)) warn('irregular-spacing');
  const groups = intText.split(/ +/);
  const [first, ...rest] = groups as [string, ...string[]];
  if (rest.some((g) => g.length < 3)) warn('space-inside-group');
  else if (rest.length > 0 && (first.length > 3 || rest.some((g) => g.length > 3))) warn('missing-thousands-separator');

  const digits = groups.join('');
  if (digits.length > 1 && digits.startsWith('0')) {
    warn(/^0+$/.test(digits) && frac === undefined && groups.length === 1 ? 'dropped-decimal-comma' : 'leading-zeros');
  }

  // Scaling through the exponent keeps '72,9%' at exactly 0.729; dividing by 100 would not.
  const magnitude = Number(`${digits}.${frac ?? '0'}e${percent ? -2 : 0}`);
  if (!Number.isFinite(magnitude)) {
    return fail({ sv: `"${input}" är för stort för att räknas med`, en: `"${input}" is too large to compute with` });
  }
  const value = negative && magnitude !== 0 ? -magnitude : magnitude;
  return unit ? { ok: true, value, percent, unit, warnings } : { ok: true, value, percent, warnings };
}

function notANumber(input: string, body: string): ParsedNumber {
  if (DECIMAL_POINT.test(body.replace(/ /g, ''))) {
    return fail({
      sv: `"${input}" är inget tal i svenskt format: skriv decimalkomma, inte punkt`,
      en: `"${input}" is not a number in Swedish format: use a decimal comma, not a point`,
    });
  }
  return fail({ sv: `"${input}" är inget tal`, en: `"${input}" is not a number` });
}

function fail(reason: { sv: string; en: string }): ParsedNumber {
  return { ok: false, reason };
}
