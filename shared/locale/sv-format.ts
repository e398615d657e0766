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
  const fixed = opts.decimals ?? undefined;
  let s = fixed !== undefined ? Math.abs(value).toFixed(fixed) : trimZeros(Math.abs(value).toFixed(opts.maxDecimals ?? 2));
  const negative = value < 0 && Number(s) !== 0;
  const [intPart, frac] = s.split('.');
  const grouped = intPart!.replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  s = frac ? `${grouped},${frac}` : grouped;
  return negative ? `-${s}` : s;
}

function trimZeros(s: string): string {
  return s.includes('.') ? s.replace(/\.?0+$/, '') : s;
}

/** 0.729 → '72,9%'. */
export function formatSvPercent(fraction: number, decimals = 1): string {
  return `${formatSvNumber(fraction * 100, { decimals })}%`;
}
