import type { MessageTemplate, RuleContext, Severity } from '../rule';

/** What every generic check needs from the template rule that instantiates it. */
export interface CheckBase {
  readonly id: string;
  readonly severity?: Severity;
  readonly docs: { readonly sv: string; readonly en: string; readonly source: string };
  /**
   * 'row' when each item's verdict reads only cells of the row it reports on (see Scope). The
   * item functions then get `ctx.rows` and should list only those rows' items.
   */
  readonly scope?: 'row';
}

export type Messages<K extends string> = { readonly [P in K]: MessageTemplate };

export type FromContext<L, T> = (ctx: RuleContext<L>) => T;

/**
 * Cells given as rows × columns, the shape of nearly every template table. Checks walk a block in
 * a tight loop and allocate only for problems, which keeps a 200 000-cell sheet fast.
 */
export interface CellBlock<C = number> {
  readonly rows: readonly number[];
  readonly columns: readonly C[];
}
