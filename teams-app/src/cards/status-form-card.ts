// The status form: the item's summary, then one input per field of a status post, exactly as
// shared/lists' statusFormInputs describes them (choices from the vocabulary, limits from the
// schema). In a chat it submits with Action.Execute (Universal Actions: the answer replaces the
// card); in the message extension's dialog, where Teams only supports Action.Submit, with that.

import {
  AdaptiveCard,
  Choice,
  ChoiceSetInput,
  ExecuteAction,
  NumberInput,
  SubmitAction,
  TextInput,
  type CardElement,
  type ContainerStyle,
  type IAdaptiveCard,
} from '@microsoft/teams.cards';
import type { FieldProblem } from '../../../shared/lists';
import { formatTargetRef, statusFormInputs, type StatusFormInput } from '../../../shared/lists/status-form';
import type { Localized } from '../../../shared/locale';
import { finish, heading, notice, paragraph, say, VERBS, type Lang } from './card-kit';
import { summaryElements, type TargetSummary } from './target-summary';
import { TEXTS } from './texts';

/** What a status form's submit carries besides the inputs. */
export interface StatusFormData {
  /** `Åtgärd:12` */
  readonly target: string;
  /** The item version the person saw. */
  readonly etag: string;
  /** Minted when the form is made; a second submit of the same form is recognised by it. */
  readonly formId: string;
}

export interface StatusFormNotice {
  readonly lines: readonly Localized[];
  readonly style: ContainerStyle;
}

export interface StatusFormCardOptions {
  readonly summary: TargetSummary;
  readonly lang: Lang;
  readonly formId: string;
  readonly mode: 'chat' | 'dialog';
  /** The year a new post defaults to (the current one). */
  readonly defaultYear: number;
  /** Defaults to the summary's; a conflict card passes the newer version. */
  readonly etag?: string;
  /** What the person entered before (a re-shown form keeps it). */
  readonly values?: Readonly<Record<string, unknown>>;
  readonly problems?: readonly FieldProblem[];
  readonly notice?: StatusFormNotice;
}

function asText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

function initialValue(input: StatusFormInput, options: StatusFormCardOptions): string | undefined {
  const entered = asText(options.values?.[input.id]);
  if (entered !== undefined) return entered;
  switch (input.id) {
    case 'status':
      return options.summary.status !== null && input.choices?.includes(options.summary.status) ? options.summary.status : undefined;
    case 'reportingYear':
      return String(options.defaultYear);
    default:
      return input.defaultValue;
  }
}

function inputElement(input: StatusFormInput, options: StatusFormCardOptions): CardElement {
  const { lang } = options;
  const label = say(input.label, lang);
  const value = initialValue(input, options);
  if (input.type === 'choice') {
    const set = new ChoiceSetInput(...(input.choices ?? []).map((c) => new Choice({ title: c, value: c })))
      .withId(input.id)
      .withLabel(label)
      .withStyle('compact')
      .withIsRequired(input.required)
      .withPlaceholder(say(TEXTS.choose, lang));
    if (input.required) set.withErrorMessage(say(input.id === 'status' ? TEXTS.statusRequired : TEXTS.choose, lang));
    if (value !== undefined) set.withValue(value);
    return set;
  }
  if (input.type === 'number') {
    const n = new NumberInput().withId(input.id).withLabel(label).withIsRequired(input.required);
    if (input.required) {
      if (input.min !== undefined) n.withMin(input.min);
      if (input.max !== undefined) n.withMax(input.max);
      n.withErrorMessage(say(TEXTS.yearRequired, lang));
    } else if (input.min !== undefined && input.max !== undefined) {
      // Not min/max on an optional number: Microsoft's renderer reads an empty one as NaN and
      // refuses the whole form. The range is shown as a hint and checked by the shared validation.
      n.withPlaceholder(`${input.min}–${input.max}`);
    }
    const num = value === undefined || value.trim() === '' ? undefined : Number(value);
    if (num !== undefined && Number.isFinite(num)) n.withValue(num);
    return n;
  }
  const t = new TextInput().withId(input.id).withLabel(label).withIsRequired(input.required).withIsMultiline(input.multiline === true);
  if (input.maxLength !== undefined) t.withMaxLength(input.maxLength);
  if (input.id === 'comment') t.withPlaceholder(say(TEXTS.commentPlaceholder, lang)).withErrorMessage(say(TEXTS.commentRequired, lang));
  if (value !== undefined) t.withValue(value);
  return t;
}

export function statusFormData(options: Pick<StatusFormCardOptions, 'summary' | 'formId' | 'etag'>): StatusFormData {
  return { target: formatTargetRef(options.summary.ref), etag: options.etag ?? options.summary.etag, formId: options.formId };
}

export function statusFormCard(options: StatusFormCardOptions): IAdaptiveCard {
  const { lang } = options;
  const body: CardElement[] = [heading(say(TEXTS.reportStatus, lang)), ...summaryElements(options.summary, lang)];
  const inputs = statusFormInputs(options.summary.ref.kind);
  // A problem with no input to stand under (the item itself, or a field this kind of item has no
  // input for, such as a result sent for an action item) is said once, above the inputs.
  const general = (options.problems ?? []).filter((p) => !inputs.some((input) => input.id === p.field));
  if (options.notice) body.push(notice(options.notice.lines.map((line) => say(line, lang)), options.notice.style));
  if (general.length > 0) body.push(notice(general.map((p) => say(p, lang)), 'attention'));
  for (const input of inputs) {
    body.push(inputElement(input, options));
    for (const problem of (options.problems ?? []).filter((p) => p.field === input.id)) {
      body.push(paragraph(say(problem, lang), { color: 'Attention', spacing: 'None' }));
    }
  }
  const data = statusFormData(options);
  const title = say(options.notice || (options.problems?.length ?? 0) > 0 ? TEXTS.sendAgain : TEXTS.send, lang);
  const action =
    options.mode === 'chat'
      ? new ExecuteAction({ title }).withVerb(VERBS.post).withData({ ...data }).withAssociatedInputs('auto').withStyle('positive')
      : new SubmitAction({ title }).withData({ verb: VERBS.post, ...data }).withAssociatedInputs('auto').withStyle('positive');
  return finish(new AdaptiveCard(...body).withActions(action));
}
