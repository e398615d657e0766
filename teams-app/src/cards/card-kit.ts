// What every chat card shares: the language, the Adaptive Card version Teams needs for
// Universal Actions (Action.Execute, 1.5), the attachment wrapper, and the verbs the bot answers.
// Cards leave here as plain JSON so they can be compared, stored by the harness and sent as is.

import { AdaptiveCard, Container, TextBlock, type ContainerStyle, type IAdaptiveCard } from '@microsoft/teams.cards';
import type { Localized } from '../../../shared/locale';

export type Lang = 'sv' | 'en';

export const ADAPTIVE_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';
export const CARD_VERSION = '1.5';

/** Action.Execute verbs (chat cards) and `data.verb` values (dialog cards, which use Action.Submit). */
export const VERBS = {
  /** Open the status form for one item. */
  open: 'status.open',
  /** Post the filled-in form. */
  post: 'status.post',
  /** The message extension's picker: continue to the form for the chosen item. */
  pick: 'status.pick',
} as const;

export interface CardAttachment {
  readonly contentType: typeof ADAPTIVE_CARD_CONTENT_TYPE;
  readonly content: IAdaptiveCard;
}

/** Teams sends the client's locale; Swedish unless the person uses English. */
export function langOf(locale: string | undefined | null): Lang {
  return typeof locale === 'string' && /^en(\b|[-_])/i.test(locale) ? 'en' : 'sv';
}

export function say(text: Localized, lang: Lang): string {
  return text[lang];
}

/** The card as plain JSON at version 1.5, full width in Teams (forms need the room). */
export function finish(card: AdaptiveCard): IAdaptiveCard {
  card.withVersion(CARD_VERSION).withMsteams({ width: 'full' });
  return JSON.parse(JSON.stringify(card)) as IAdaptiveCard;
}

export function attachmentOf(card: IAdaptiveCard): CardAttachment {
  return { contentType: ADAPTIVE_CARD_CONTENT_TYPE, content: card };
}

export function heading(text: string): TextBlock {
  return new TextBlock(text, { size: 'Medium', weight: 'Bolder', wrap: true, style: 'heading' });
}

export function paragraph(text: string, options: { subtle?: boolean; color?: 'Attention' | 'Good' | 'Warning' } = {}): TextBlock {
  return new TextBlock(text, { wrap: true, ...(options.subtle ? { isSubtle: true } : {}), ...(options.color ? { color: options.color } : {}) });
}

/** A highlighted block: a conflict, a refusal, a retry hint. */
export function notice(lines: readonly string[], style: ContainerStyle): Container {
  return new Container(...lines.map((line, i) => new TextBlock(line, { wrap: true, ...(i === 0 ? { weight: 'Bolder' as const } : {}) }))).withStyle(style);
}

/** Long free text shortened for a summary line; the full text stays in the list. */
export function clip(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}
