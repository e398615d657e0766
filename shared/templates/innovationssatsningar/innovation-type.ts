import { fold } from '../../engine';

/** The two kinds the column header names: "(verksamhetsutveckling alternativt testbäddverksamhet)". */
export const TYPES = ['Verksamhetsutveckling', 'Testbäddverksamhet'] as const;

export type TypeReading =
  | { readonly kind: 'exact'; readonly type: (typeof TYPES)[number] }
  | { readonly kind: 'misspelt'; readonly type: (typeof TYPES)[number] }
  | { readonly kind: 'other' };

/** Folded, with hyphens, spaces and the optional linking s ("testbäddsverksamhet") removed. */
function key(text: string): string {
  return fold(text).replace(/[\s-]+/g, '').replace(/^testbadds/, 'testbadd');
}

/**
 * Reads a Typ cell. A slip of up to two letters ("Verkamhetsutveckling") is a misspelling of one
 * of the two kinds; anything further away (a description of the satsning) is no kind at all.
 */
export function readType(text: string): TypeReading {
  const k = key(text);
  for (const type of TYPES) if (k === key(type)) return { kind: 'exact', type };
  for (const type of TYPES) if (distance(k, key(type)) <= 2) return { kind: 'misspelt', type };
  return { kind: 'other' };
}

/** Levenshtein distance, bounded in effort by the short strings compared here. */
function distance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length]!;
}
