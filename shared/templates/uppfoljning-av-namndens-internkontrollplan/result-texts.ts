import { fold } from '../../engine';

/** Counts written as words in the result texts ("På tre enheter …"), folded. */
const WORDS: Readonly<Record<string, number>> = {
  en: 1, ett: 1, tva: 2, tre: 3, fyra: 4, fem: 5, sex: 6, sju: 7, atta: 8, nio: 9, tio: 10, elva: 11, tolv: 12,
};

export function countOf(word: string): number | undefined {
  return /^\d+$/.test(word) ? Number(word) : WORDS[word];
}

const COUNT = '(\\d+|en|ett|tva|tre|fyra|fem|sex|sju|atta|nio|tio|elva|tolv)';
const TOTAL = new RegExp(`\\b(?:foljande|totalt|samtliga)\\s+${COUNT}\\s+enheter\\b`);
const PART = new RegExp(`^(?:pa\\s+)?${COUNT}\\s+(?:av\\s+)?enhet(?:er|erna|en)?\\b`);

/**
 * "Kontroll har genomförts på följande fem enheter: … På en enhet … På tre enheter … På en enhet …":
 * the stated number of units and the sentences that each open with a share of them.
 */
export function unitCounts(text: string): { total: number; parts: number[] } | undefined {
  const t = fold(text);
  const m = TOTAL.exec(t);
  const total = m ? countOf(m[1]!) : undefined;
  if (total === undefined) return undefined;
  const parts: number[] = [];
  for (const sentence of t.split(/(?<=[.!?:])\s+/)) {
    const p = PART.exec(sentence.trim());
    if (p) parts.push(countOf(p[1]!)!);
  }
  return { total, parts };
}

/** Word trigrams of a text, folded: the unit of comparison for copied passages. */
export function trigrams(text: string): Set<string> {
  const words = fold(text).match(/[a-z0-9]+/g) ?? [];
  const out = new Set<string>();
  for (let i = 0; i + 2 < words.length; i++) out.add(`${words[i]} ${words[i + 1]} ${words[i + 2]}`);
  return out;
}

export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared / (a.size + b.size - shared);
}

/** "38 externa enheter", "5 enheter": unit counts written in digits. */
export function unitFigures(text: string): { figure: string; count: number }[] {
  return [...text.matchAll(/(?<![\d,])(\d+)\s+(?:[\p{L}-]+\s+){0,2}?enheter(?!\p{L})/giu)].map((m) => ({ figure: m[0], count: Number(m[1]) }));
}
