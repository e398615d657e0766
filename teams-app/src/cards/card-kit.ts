// What every chat card shares: the language, the Adaptive Card version Teams needs for
// Universal Actions (Action.Execute, 1.5), the attachment wrapper, and the verbs the bot answers.
// Cards leave here as plain JSON so they can be compared, stored by the harness and sent as is.
// Text goes onto a card through these helpers, which escape it for Teams' Markdown: only
// `formattedParagraph` carries Markdown, and only in our own words.

import { AdaptiveCard, Container, Fact, TextBlock, type ContainerStyle, type IAdaptiveCard } from '@microsoft/teams.cards';
import type { Localized } from '../../../shared/locale';
import { escapeMarkdown } from './markdown-escape';

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
  return new TextBlock(escapeMarkdown(text), { size: 'Medium', weight: 'Bolder', wrap: true, style: 'heading' });
}

type TextOptions = { subtle?: boolean; color?: 'Attention' | 'Good' | 'Warning'; bold?: boolean; spacing?: 'None' };

function textBlock(markdown: string, options: TextOptions): TextBlock {
  return new TextBlock(markdown, {
    wrap: true,
    ...(options.subtle ? { isSubtle: true } : {}),
    ...(options.color ? { color: options.color } : {}),
    ...(options.bold ? { weight: 'Bolder' as const } : {}),
    ...(options.spacing ? { spacing: options.spacing } : {}),
  });
}

export function paragraph(text: string, options: TextOptions = {}): TextBlock {
  return textBlock(escapeMarkdown(text), options);
}

/** Our own words with deliberate Markdown (bold, a list). Never text from the lists or a person. */
export function formattedParagraph(markdown: string, options: TextOptions = {}): TextBlock {
  return textBlock(markdown, options);
}

/** A FactSet row; Teams renders both sides as Markdown. */
export function fact(title: string, value: string): Fact {
  return new Fact(escapeMarkdown(title), escapeMarkdown(value));
}

/** A highlighted block: a conflict, a refusal, a retry hint. */
export function notice(lines: readonly string[], style: ContainerStyle): Container {
  return new Container(...lines.map((line, i) => new TextBlock(escapeMarkdown(line), { wrap: true, ...(i === 0 ? { weight: 'Bolder' as const } : {}) }))).withStyle(style);
}

/** Long free text shortened for a summary line; the full text stays in the list. */
export function clip(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}
