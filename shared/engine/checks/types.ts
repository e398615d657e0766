import type { MessageTemplate, RuleContext, Severity } from '../rule';

/** What every generic check needs from the template rule that instantiates it. */
export interface CheckBase {
  readonly id: string;
  readonly severity?: Severity;
  readonly docs: { readonly sv: string; readonly en: string; readonly source: string };
}

export type Messages<K extends string> = { readonly [P in K]: MessageTemplate };

export type FromContext<L, T> = (ctx: RuleContext<L>) => T;
