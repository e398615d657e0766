// Cards that lead to a form: a list of items with a "Rapportera status" button each (the bot's
// "mina åtgärder" and "försenade"), the message extension's picker, and the help card.

import {
  ActionSet,
  AdaptiveCard,
  Choice,
  ChoiceSetInput,
  Container,
  ExecuteAction,
  SubmitAction,
  type CardElement,
  type IAdaptiveCard,
} from '@microsoft/teams.cards';
import { formatTargetRef, summarySource } from '../../../shared/lists/status-form';
import type { Localized } from '../../../shared/locale';
import { clip, finish, formattedParagraph, heading, notice, paragraph, say, VERBS, type Lang } from './card-kit';
import { targetName, type TargetSummary } from './target-summary';
import { fill, TEXTS } from './texts';

/** Teams caps a card at about 28 KB; a list longer than this points to the tab instead. */
export const MAX_LISTED = 15;

export interface ItemListCardOptions {
  readonly lang: Lang;
  readonly title: Localized;
  readonly items: readonly TargetSummary[];
  readonly empty: Localized;
  /** Items the person may not post on are listed without the button. */
  readonly canPost: (item: TargetSummary) => boolean;
}

function statusLine(item: TargetSummary, lang: Lang): string {
  const { labels } = summarySource(item.ref.kind);
  const parts = [`${say(labels.status!, lang)}: ${item.status ?? say(TEXTS.noValue, lang)}`];
  if (labels.due && item.due) parts.push(`${say(labels.due, lang)}: ${item.due}`);
  const owner = item.owner ?? item.ownerText;
  if (owner) parts.push(clip(owner, 80));
  return parts.join(' · ');
}

export function itemListCard(options: ItemListCardOptions): IAdaptiveCard {
  const { lang } = options;
  const body: CardElement[] = [heading(say(options.title, lang))];
  if (options.items.length === 0) body.push(paragraph(say(options.empty, lang)));
  for (const item of options.items.slice(0, MAX_LISTED)) {
    const entry = new Container(
      paragraph(clip(targetName(item), 160), { bold: true }),
      paragraph(statusLine(item, lang), { subtle: true, spacing: 'None' }),
    ).withSeparator(true);
    if (options.canPost(item)) {
      entry.items.push(
        new ActionSet(
          new ExecuteAction({ title: say(TEXTS.reportStatus, lang) }).withVerb(VERBS.open).withData({ target: formatTargetRef(item.ref) }),
        ),
      );
    }
    body.push(entry);
  }
  if (options.items.length > MAX_LISTED) body.push(paragraph(fill(say(TEXTS.moreItems, lang), { n: options.items.length - MAX_LISTED }), { subtle: true }));
  return finish(new AdaptiveCard(...body));
}

export interface PickerCardOptions {
  readonly lang: Lang;
  readonly items: readonly TargetSummary[];
  readonly notice?: Localized;
}

/** The dialog's first step when the item is not known yet. */
export function pickerCard(options: PickerCardOptions): IAdaptiveCard {
  const { lang } = options;
  const body: CardElement[] = [heading(say(TEXTS.pickerTitle, lang))];
  if (options.notice) body.push(notice([say(options.notice, lang)], 'warning'));
  body.push(
    new ChoiceSetInput(...options.items.map((item) => new Choice({ title: clip(`${targetName(item)} (${item.ref.kind})`, 140), value: formatTargetRef(item.ref) })))
      .withId('target')
      .withLabel(say(TEXTS.pickerLabel, lang))
      .withStyle('filtered')
      .withIsRequired(true)
      .withErrorMessage(say(TEXTS.pickerRequired, lang))
      .withPlaceholder(say(TEXTS.choose, lang)),
  );
  return finish(
    new AdaptiveCard(...body).withActions(new SubmitAction({ title: say(TEXTS.next, lang) }).withData({ verb: VERBS.pick }).withAssociatedInputs('auto')),
  );
}

export function helpCard(lang: Lang, unknownText?: string): IAdaptiveCard {
  const body: CardElement[] = [heading(say(TEXTS.helpTitle, lang))];
  if (unknownText !== undefined) body.push(paragraph(fill(say(TEXTS.unknownCommand, lang), { text: clip(unknownText, 80) }), { color: 'Warning' }));
  body.push(
    paragraph(say(TEXTS.helpIntro, lang)),
    formattedParagraph(`- ${say(TEXTS.helpStatus, lang)}\n- ${say(TEXTS.helpMine, lang)}\n- ${say(TEXTS.helpDelayed, lang)}`),
    formattedParagraph(say(TEXTS.helpExtension, lang), { subtle: true }),
  );
  return finish(new AdaptiveCard(...body));
}
