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
  const scaled = roundToDecimals(Math.abs(value), decimals);
  const padded = scaled.toString().padStart(decimals + 1, '0');
  const intPart = padded.slice(0, padded.length - decimals);
  let frac = padded.slice(padded.length - decimals);
  if (opts.decimals === undefined) frac = frac.replace(/0+$/, '');
  const grouped = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  const s = frac ? `${grouped},${frac}` : grouped;
  return value < 0 && scaled !== 0n ? `-${s}` : s;
}

/**
 * |value| × 10^decimals rounded half away from zero, as an exact integer. Rounding starts from the
 * 15-significant-digit decimal form, as Excel's display does, so 1.005 shows as 1,01 and 72.85 as
 * 72,9 just as in the cell next to the message (toFixed would give 1,00 and 72,8 from the binary
 * value), and values past 1e21 are still written out in digits.
 */
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
