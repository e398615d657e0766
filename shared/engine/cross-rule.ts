import type { CellPos, RangePos, Sheet, Workbook } from '../grid';
import type { MessageValue, Placeholders } from '../locale';
import type { Edition, MessageMap, MessageTemplate, RuleContext, RuleMeta } from './rule';

/**
 * A rule that compares two documents: the recognised sheet of its own template with the recognised
 * sheets of partner templates (the VB's Utfall beside the next tertial report's, a project list
 * beside the grant application it summarises). Like a sheet rule its `check` is pure; unlike one it
 * is run only when a partner is found, so a file validated alone costs nothing extra.
 */

/** A recognised sheet of a partner template, with the document it came from. */
export interface PartnerSheet<P = unknown> {
  readonly templateId: string;
  /** The document's name as the user knows it (the file name), for "i <fil>" in messages. */
  readonly document: string;
  readonly sheet: Sheet;
  readonly workbook: Workbook;
  readonly layout: P;
  readonly edition: Edition;
  /** The partner is another sheet of this sheet's own workbook. */
  readonly sameDocument: boolean;
}

export interface CrossRuleContext<L, P> extends RuleContext<L> {
  /** This sheet's document name. */
  readonly document: string;
  /** Every partner sheet found, in document order then sheet order; never empty. */
  readonly partners: readonly PartnerSheet<P>[];
}

/** Filled by the engine from the report's partner: the partner's file and its cell ('Blad1!D7'). */
export type PartnerPlaceholder = 'partnerFile' | 'partnerCell';
export const PARTNER_PLACEHOLDERS: readonly PartnerPlaceholder[] = ['partnerFile', 'partnerCell'];

type OwnKeys<T extends MessageTemplate> = Exclude<Placeholders<T['sv']> | Placeholders<T['en']>, PartnerPlaceholder>;

type CrossDataFor<T extends MessageTemplate> = [OwnKeys<T>] extends [never]
  ? { readonly data?: undefined }
  : { readonly data: { readonly [P in OwnKeys<T>]: MessageValue } };

/** What a cross rule yields: this sheet's cell to fix, and the partner cell it disagrees with. */
export type CrossReportFor<M extends MessageMap, P = unknown> = {
  [K in keyof M & string]: {
    readonly messageId: K;
    readonly cell: CellPos;
    /** Cells the problem involves; a long run of them (every row a total sums) as one range. */
    readonly related?: readonly (CellPos | RangePos)[];
    readonly partner: PartnerSheet<P>;
    readonly partnerCell: CellPos;
  } & CrossDataFor<M[K]>;
}[keyof M & string];

export interface CrossRuleMeta<M extends MessageMap> extends RuleMeta<M> {
  /** Template ids whose recognised sheets this rule compares with. */
  readonly partners: readonly string[];
  /**
   * Whether another sheet of the same workbook counts as a partner. False where a sheet rule already
   * reads that sheet inside one workbook (the internkontrollplan beside its VoR), so nothing is said twice.
   */
  readonly sameWorkbook: boolean;
}

export interface CrossRuleModule<M extends MessageMap, L, P> {
  readonly meta: CrossRuleMeta<M>;
  check(ctx: CrossRuleContext<L, P>): Iterable<CrossReportFor<M, P>>;
}

export interface AnyCrossReport {
  readonly messageId: string;
  readonly cell: CellPos;
  readonly related?: readonly (CellPos | RangePos)[];
  readonly partner: PartnerSheet<unknown>;
  readonly partnerCell: CellPos;
  readonly data?: Readonly<Record<string, MessageValue>>;
}

/** A cross rule as a template holds it, its message and layout types erased (see AnyRule). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export interface AnyCrossRule<L = any> {
  readonly meta: CrossRuleMeta<MessageMap>;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  check(ctx: CrossRuleContext<L, any>): Iterable<AnyCrossReport>;
}

export function defineCrossRule<const M extends MessageMap, L, P>(rule: CrossRuleModule<M, L, P>): CrossRuleModule<M, L, P> {
  return rule;
}
