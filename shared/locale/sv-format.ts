/**
 * sv-SE formatting as the city's templates print it: ASCII hyphen-minus, a plain space as the
 * thousands separator, a decimal comma, and '%' with no space before it. Intl.NumberFormat('sv-SE')
 * is not used because it emits U+2212, U+00A0 and '72,9 %', none of which the templates contain.
 */

export interface NumberFormatOptions {
  /** Fixed number of decimals (mnkr: 1, tkr: 0, kronor in bokslut: 2). */
  readonly decimals?: number;
  /** When `decimals` is not given: at most this many, trailing zeros dropped. Default 2. */
  readonly maxDecimals?: number;
}

export function formatSvNumber(value: number, opts: NumberFormatOptions = {}): string {
  if (!Number.isFinite(value)) return String(value);
  const decimals = opts.decimals ?? opts.maxDecimals ?? 2;
  const scaled = roundedDigits(Math.abs(value), decimals);
  const padded = scaled.padStart(decimals + 1, '0');
  const intPart = padded.slice(0, padded.length - decimals);
  let frac = padded.slice(padded.length - decimals);
  if (opts.decimals === undefined) frac = frac.replace(/0+$/, '');
  const grouped = intPart.length > 3 ? intPart.replace(/\B(?=(\d{3})+(?!\d))/g, ' ') : intPart;
  const s = frac ? `${grouped},${frac}` : grouped;
  return value < 0 && scaled !== '0' ? `-${s}` : s;
}

/**
 * The digits of |value| × 10^decimals rounded half away from zero. Rounding starts from the
 * 15-significant-digit decimal form, as Excel's display does, so 1.005 shows as 1,01 and 72.85 as
 * 72,9 just as in the cell next to the message (toFixed would give 1,00 and 72,8 from the binary
 * value). Up to 15 kept digits are exact in a double; longer ones, and values past 1e21, take the
 * exact BigInt way (every problem message formats its amounts, so the short way matters).
 */
function roundedDigits(value: number, decimals: number): string {
  // An amount that already has at most `decimals` decimals, as nearly all do, is an integer after
  // scaling, give or take binary noise far below the half that could change how it rounds.
  if (decimals <= 8) {
    const scaled = value * POWERS_OF_TEN[decimals]!;
    const nearest = Math.round(scaled);
    if (scaled < 1e9 && Math.abs(scaled - nearest) <= 1e-6) return String(nearest);
  }
  const fixed = value.toPrecision(15);
  const point = fixed.indexOf('.');
  if (fixed.includes('e') || point === -1) return roundToDecimals(value, decimals).toString();
  if (point + decimals > 15) return roundToDecimals(value, decimals).toString();
  const kept = point + 1 + decimals;
  if (kept >= fixed.length) return String(Number((fixed.slice(0, point) + fixed.slice(point + 1)).padEnd(point + decimals, '0')));
  const up = fixed.charCodeAt(kept) >= 53 /* '5' */;
  return String(Number(fixed.slice(0, point) + fixed.slice(point + 1, kept)) + (up ? 1 : 0));
}

const POWERS_OF_TEN = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8];

/** |value| × 10^decimals rounded as in roundedDigits, as an exact integer of any size. */
function roundToDecimals(value: number, decimals: number): bigint {
  const [mantissa, exponent] = value.toPrecision(15).split('e') as [string, string | undefined];
  const point = mantissa.indexOf('.');
  const digits = mantissa.replace('.', '');
  const shift = (point === -1 ? mantissa.length : point) + Number(exponent ?? 0) - digits.length + decimals;
  const n = BigInt(digits);
  if (shift >= 0) return n * 10n ** BigInt(shift);
  const unit = 10n ** BigInt(-shift);
  return n / unit + (2n * (n % unit) >= unit ? 1n : 0n);
}

/** 0.729 → '72,9%'. */
export function formatSvPercent(fraction: number, decimals = 1): string {
  return `${formatSvNumber(fraction * 100, { decimals })}%`;
}
