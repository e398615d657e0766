import { fold } from '../../engine';
import { formatValue, type Localized } from '../../locale';

/**
 * The arithmetic an applicant writes into a cost or financing line ("Extern utvärdering
 * (100 000 kr)", "38 000 kr (950 kr x 10 månader x 4)", "Beräknat 10 %", "fyra lotsar under
 * 10 månader … 19 550 kr + PF 8 100 kr"), read as claims the line's amount can be held to. Text
 * that cannot be read completely (a number left over, a rate without a count) yields no claim:
 * the rule stays silent rather than guess.
 */
export type Claim =
  | { readonly kind: 'items'; readonly items: readonly number[]; readonly expected: number }
  | { readonly kind: 'product'; readonly stated: number; readonly factors: readonly number[]; readonly expected: number }
  | { readonly kind: 'percent'; readonly percent: number; readonly base: number; readonly expected: number }
  | {
      readonly kind: 'rate';
      readonly rate: readonly number[];
      readonly counts: readonly number[];
      /** Months taken from the Tidplan because the rate is per month and the line names none. */
      readonly tidplanMonths: number | undefined;
      readonly approximate: boolean;
      readonly expected: number;
    };

export interface ClaimContext {
  /** "Lönekostnader (och arvoden)", the base of a stated overhead percentage. */
  readonly salary: number | undefined;
  /** Calendar months the Tidplan spans, for a rate "per individ och månad". */
  readonly tidplanMonths: number | undefined;
}

const NUM = '(\\d{1,3}(?: \\d{3})+|\\d+)';
const AMOUNT_KR = new RegExp(`${NUM}\\s*kr\\b`, 'g');
const PRODUCT = new RegExp(`${NUM}\\s*kr\\s*\\(([^()]*)\\)`, 'g');
const PERCENT = /\bber[aä]knat\s+(\d+(?:,\d+)?)\s*(?:%|procent)/i;
const PER = new RegExp(`${NUM}\\s*(?:kr\\s*)?per\\s+([\\p{L} ]+)`, 'u');
const WORDS: Readonly<Record<string, number>> = { en: 1, ett: 1, tva: 2, tre: 3, fyra: 4, fem: 5, sex: 6, sju: 7, atta: 8, nio: 9, tio: 10, elva: 11, tolv: 12 };
const COUNT = /(?<![\p{L}\d])(\d+|en|ett|två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv)\s+(\p{L}+)/giu;
const NOT_NOUNS = new Set(['eller', 'under', 'efter', 'over', 'inte', 'andra', 'dessa', 'vara', 'per', 'kr', 'kronor', 'procent']);
/** The template's own wording, which carries numbers that are no claim ("max 15 procent"). */
const TEMPLATE_TEXT = [/\(max \d+ procent av l[oö]ne- eller arvodeskostnader\)/gi, /\(ange typ av kostnader\)/gi];

const toNumber = (digits: string): number => Number(digits.replace(/ /g, ''));

export function claimsIn(label: string, ctx: ClaimContext): Claim[] {
  let text = label.replace(/[\u00a0\u202f]/g, ' ');
  for (const re of TEMPLATE_TEXT) text = text.replace(re, '');
  const claims: Claim[] = [];

  for (const m of text.matchAll(PRODUCT)) {
    const parts = m[2]!.split(/\s+[x×*]\s+|(?<=\d)\s*[x×*]\s*(?=\d)/);
    if (parts.length < 2) continue;
    const factors = parts.map((p) => new RegExp(`^${NUM}`).exec(p.trim())?.[1]);
    if (factors.some((f) => f === undefined)) continue;
    const values = factors.map((f) => toNumber(f!));
    claims.push({ kind: 'product', stated: toNumber(m[1]!), factors: values, expected: values.reduce((a, b) => a * b, 1) });
  }
  // What a product explains is settled; the rest of the text is read without it.
  text = text.replace(PRODUCT, (_, amount: string) => `${amount} kr`);

  const percent = PERCENT.exec(text);
  if (percent && ctx.salary !== undefined) {
    const p = Number(percent[1]!.replace(',', '.'));
    claims.push({ kind: 'percent', percent: p, base: ctx.salary, expected: Math.round((p / 100) * ctx.salary) });
    return claims;
  }

  const segments = text.split(';');
  if (segments.length >= 2) {
    const items = segments.map((s) => new RegExp(`${NUM}\\s*kr\\b`).exec(s)?.[1]);
    if (items.every((i) => i !== undefined)) {
      const values = items.map((i) => toNumber(i!));
      claims.push({ kind: 'items', items: values, expected: values.reduce((a, b) => a + b, 0) });
    }
    return claims;
  }
  if (claims.length === 0) {
    const rate = rateClaim(text, ctx);
    if (rate) claims.push(rate);
  }
  return claims;
}

/** "19 550 kr + PF 8 100 kr" or "15 000 per individ och månad", times every count in the text. */
function rateClaim(text: string, ctx: ClaimContext): Claim | undefined {
  const consumed: [number, number][] = [];
  let rate: number[] = [];
  let perMonth = false;
  const amounts = [...text.matchAll(AMOUNT_KR)];
  for (let i = 0; i + 1 < amounts.length; i++) {
    const a = amounts[i]!;
    const b = amounts[i + 1]!;
    const between = text.slice(a.index + a[0].length, b.index);
    if (!/^\s*\+\s*[\p{L}. ]*$/u.test(between)) continue;
    if (rate.length === 0) {
      rate.push(toNumber(a[1]!));
      consumed.push([a.index, a.index + a[0].length]);
    }
    rate.push(toNumber(b[1]!));
    consumed.push([b.index, b.index + b[0].length]);
  }
  if (rate.length === 0) {
    const per = PER.exec(text);
    if (!per) return undefined;
    rate = [toNumber(per[1]!)];
    perMonth = /\bmanad\b/.test(fold(per[2]!));
    consumed.push([per.index, per.index + per[1]!.length]);
  }

  const counts: number[] = [];
  let months = false;
  for (const m of text.matchAll(COUNT)) {
    const noun = fold(m[2]!);
    if (!/(ar|er|or)$/.test(noun) || noun.length < 4 || NOT_NOUNS.has(noun)) continue;
    if (consumed.some(([s, e]) => m.index < e && m.index + m[1]!.length > s)) continue;
    const n = /^\d+$/.test(m[1]!) ? Number(m[1]) : WORDS[fold(m[1]!)];
    if (n === undefined) continue;
    counts.push(n);
    consumed.push([m.index, m.index + m[1]!.length]);
    if (/^manad(er)?$/.test(noun)) months = true;
  }
  if (counts.length === 0) return undefined;
  // Every number in the text must be accounted for; a stray one means the reading is incomplete.
  for (const m of text.matchAll(/\d+(?: \d{3})*/g)) {
    if (/^(19|20)\d\d$/.test(m[0])) continue;
    if (!consumed.some(([s, e]) => m.index >= s && m.index < e)) return undefined;
  }
  const tidplanMonths = perMonth && !months ? ctx.tidplanMonths : undefined;
  if (perMonth && !months && tidplanMonths === undefined) return undefined;
  const expected = rate.reduce((a, b) => a + b, 0) * counts.reduce((a, b) => a * b, 1) * (tidplanMonths ?? 1);
  return { kind: 'rate', rate, counts, tidplanMonths, approximate: /\b(ca|cirka|ungefar)\b/.test(fold(text)), expected };
}

/** "4 × 10 × (19 550 + 8 100)" in both languages. */
export function expression(claim: Claim): Localized {
  const render = (lang: 'sv' | 'en') => {
    const n = (x: number) => formatValue(x, lang);
    switch (claim.kind) {
      case 'items':
        return claim.items.map(n).join(' + ');
      case 'product':
        return claim.factors.map(n).join(' × ');
      case 'percent':
        return `${n(claim.percent)} % × ${n(claim.base)}`;
      case 'rate': {
        const rate = claim.rate.length > 1 ? `(${claim.rate.map(n).join(' + ')})` : n(claim.rate[0]!);
        const months = claim.tidplanMonths === undefined ? [] : [`${n(claim.tidplanMonths)} ${lang === 'sv' ? 'månader enligt tidplanen' : 'months per the timeline'}`];
        return [...claim.counts.map(n), ...months, rate].join(' × ');
      }
    }
  };
  return { sv: render('sv'), en: render('en') };
}
