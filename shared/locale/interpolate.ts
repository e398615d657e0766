import { formatSvNumber, formatSvPercent } from './sv-format';

export type Lang = 'sv' | 'en';

/** A percentage kept as a fraction until it is rendered. */
export interface Percent {
  readonly percent: number;
}
/** Text that differs per language (a reason composed by a rule, a repaired-number warning). */
export interface Localized {
  readonly sv: string;
  readonly en: string;
}
export type MessageValue = string | number | Percent | Localized;

export const percent = (fraction: number): Percent => ({ percent: fraction });

/** Placeholder names in a message template: '{{a}} … {{b}}' → 'a' | 'b'. */
export type Placeholders<S extends string> = S extends `${string}{{${infer K}}}${infer Rest}`
  ? K | Placeholders<Rest>
  : never;

export function formatValue(value: MessageValue, lang: Lang): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') {
    return lang === 'sv' ? formatSvNumber(value) : formatEnNumber(value);
  }
  if ('sv' in value) return value[lang];
  return lang === 'sv' ? formatSvPercent(value.percent) : `${formatEnNumber(value.percent * 100, 1)}%`;
}

function formatEnNumber(value: number, decimals?: number): string {
  const s = decimals === undefined ? String(Math.round(value * 100) / 100) : value.toFixed(decimals);
  const [i, f] = s.replace('-', '').split('.');
  const grouped = i!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${value < 0 && Number(s) !== 0 ? '-' : ''}${grouped}${f ? `.${f}` : ''}`;
}

export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]!);
}

/** Fills {{name}} from data; an unknown placeholder is left visible so tests can catch it. */
export function interpolate(template: string, data: Readonly<Record<string, MessageValue>> | undefined, lang: Lang): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, key: string) => {
    const v = data?.[key];
    return v === undefined ? whole : formatValue(v, lang);
  });
}
