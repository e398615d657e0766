import type { CellPos, Sheet, Workbook } from '../grid';
import type { MessageValue, Placeholders } from '../locale';

export type Severity = 'error' | 'warning' | 'info';

export interface MessageTemplate {
  readonly sv: string;
  readonly en: string;
}
export type MessageMap = Readonly<Record<string, MessageTemplate>>;

export interface Edition {
  /** Stable slug, e.g. 't1-2021', 'vp-2022'. */
  readonly id: string;
  readonly label: string;
  /** The report year the edition belongs to (T1 2021 → 2021, VP 2022 → 2022). */
  readonly year?: number;
}

type KeysOf<T extends MessageTemplate> = Placeholders<T['sv']> | Placeholders<T['en']>;

type DataFor<T extends MessageTemplate> = [KeysOf<T>] extends [never]
  ? { readonly data?: undefined }
  : { readonly data: { readonly [P in KeysOf<T>]: MessageValue } };

/** What a rule yields: a message id declared in meta, the cell to fix, and typed data. */
export type ReportFor<M extends MessageMap> = {
  [K in keyof M & string]: {
    readonly messageId: K;
    readonly cell: CellPos;
    readonly related?: readonly CellPos[];
  } & DataFor<M[K]>;
}[keyof M & string];

export interface RuleContext<L> {
  readonly sheet: Sheet;
  readonly workbook: Workbook;
  readonly layout: L;
  readonly edition: Edition;
}

export interface RuleMeta<M extends MessageMap> {
  /** '<template-id>/<file-basename>'; a meta-test holds it to the file name. */
  readonly id: string;
  readonly severity: Severity;
  readonly docs: {
    readonly sv: string;
    readonly en: string;
    /** Where the requirement is stated: the template's own instruction, quoted or cited. */
    readonly source: string;
  };
  readonly messages: M;
}

export interface RuleModule<M extends MessageMap, L> {
  readonly meta: RuleMeta<M>;
  /** Pure: reads the context, never changes it. */
  check(ctx: RuleContext<L>): Iterable<ReportFor<M>>;
}

/** A report with its message map erased: any declared id, any data. */
export interface AnyReport {
  readonly messageId: string;
  readonly cell: CellPos;
  readonly related?: readonly CellPos[];
  readonly data?: Readonly<Record<string, MessageValue>>;
}

/**
 * A rule as the registry holds it, with its message and layout types erased. Not
 * `RuleModule<MessageMap, L>`: `ReportFor` is keyed by `keyof M`, so a concrete rule is not
 * assignable to the wide map (its data would have to be `undefined`).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export interface AnyRule<L = any> {
  readonly meta: RuleMeta<MessageMap>;
  check(ctx: RuleContext<L>): Iterable<AnyReport>;
}

export function defineRule<const M extends MessageMap, L>(rule: RuleModule<M, L>): RuleModule<M, L> {
  return rule;
}
