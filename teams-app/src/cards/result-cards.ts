// Read-only cards: the confirmation that replaces a posted form (who, when, what), and the plain
// notices (refused, not found, something failed). None of them has an action: nothing on them can
// be submitted again.

import { AdaptiveCard, FactSet, type CardElement, type ContainerStyle, type IAdaptiveCard } from '@microsoft/teams.cards';
import { stockholmDateTimeText, statusUpdateLabel } from '../../../shared/lists/status-form';
import type { Localized } from '../../../shared/locale';
import { clip, fact, finish, heading, notice, paragraph, say, type Lang } from './card-kit';
import { targetName, type TargetSummary } from './target-summary';
import { TEXTS } from './texts';

/** A saved Statusuppdateringar row, as much of it as the confirmation shows. */
export interface SavedPost {
  readonly status: string;
  readonly comment: string;
  readonly reportingPoint: string;
  readonly reportingYear: number;
  readonly progressPercent: number | null;
  readonly resultat?: string | null;
  /** UTC, `YYYY-MM-DDTHH:MM:SSZ` */
  readonly postedAt: string;
}

export interface ConfirmationCardOptions {
  readonly lang: Lang;
  readonly target: Pick<TargetSummary, 'externalId' | 'title'>;
  readonly post: SavedPost;
  readonly postedBy: string;
  /** The post was found already saved (a repeated submit). */
  readonly alreadySaved?: boolean;
}

export function confirmationCard(options: ConfirmationCardOptions): IAdaptiveCard {
  const { lang, post } = options;
  const label = (name: string) => say(statusUpdateLabel(name), lang);
  const point = `${post.reportingPoint} ${post.reportingYear}`;
  const facts = [
    fact(say(TEXTS.about, lang), targetName(options.target)),
    fact(label('status'), post.status),
    fact(label('comment'), clip(post.comment, 2000)),
    fact(label('reportingPoint'), point),
    ...(post.progressPercent === null ? [] : [fact(label('progressPercent'), `${post.progressPercent} %`)]),
    ...(post.resultat ? [fact(label('resultat'), clip(post.resultat, 2000))] : []),
    fact(label('postedBy'), options.postedBy),
    fact(label('postedAt'), stockholmDateTimeText(post.postedAt)),
  ];
  const body: CardElement[] = [heading(`✔ ${say(TEXTS.posted, lang)}`), new FactSet(...facts)];
  if (options.alreadySaved) body.push(paragraph(say(TEXTS.alreadySaved, lang), { subtle: true }));
  return finish(new AdaptiveCard(...body));
}

export interface NoticeCardOptions {
  readonly lang: Lang;
  readonly title: Localized;
  readonly lines: readonly Localized[];
  readonly style?: ContainerStyle;
}

export function noticeCard(options: NoticeCardOptions): IAdaptiveCard {
  const { lang } = options;
  return finish(new AdaptiveCard(heading(say(options.title, lang)), notice(options.lines.map((line) => say(line, lang)), options.style ?? 'attention')));
}
