/**
 * A "Värde" amount in kronor. The header names the unit ("Värde mnkr"), but the 2022 plan wrote
 * every value in kronor ("2 000 000"): no single procurement of a nämnd is worth a thousand
 * million kronor or more, so a value of 1 000 or more under "mnkr" is read as kronor (and the
 * unit rule says so).
 */
export function vardeInKronor(value: number, unit: 'mnkr' | 'tkr' | 'kr' | undefined): number {
  if (unit === 'mnkr') return Math.abs(value) >= KRONOR_FROM.mnkr ? value : value * 1_000_000;
  if (unit === 'tkr') return Math.abs(value) >= KRONOR_FROM.tkr ? value : value * 1_000;
  return value;
}

/** The magnitude from which a value under a mnkr or tkr header is taken to be kronor. */
export const KRONOR_FROM = { mnkr: 1_000, tkr: 1_000_000 } as const;
