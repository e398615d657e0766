import type { CellPos, RangePos, Sheet, Workbook } from '../grid';
import type { MessageValue, Placeholders } from '../locale';

export type Severity = 'error' | 'warning' | 'info';

export interface MessageTemplate {
  readonly sv: string;
  readonly en: string;
  /** Overrides the rule's severity for this message: one check can warn on a harmless form and err on a wrong value. */
  readonly severity?: Severity;
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
    /** Cells the problem involves; a long run of them (every row a total sums) as one range. */
    readonly related?: readonly (CellPos | RangePos)[];
  } & DataFor<M[K]>;
}[keyof M & string];

export interface RuleContext<L> {
  readonly sheet: Sheet;
  readonly workbook: Workbook;
  readonly layout: L;
  readonly edition: Edition;
  /**
   * When present, only problems on these rows are wanted. Only a rule whose meta declares
   * `scope: 'row'` is ever given it; the task pane uses it to re-check the rows an edit touched.
   */
  readonly rows?: ReadonlySet<number>;
  /** The same for columns, given only to a rule whose meta declares `scope: 'column'`. */
  readonly columns?: ReadonlySet<number>;
}

/**
 * 'row': every problem depends only on the cells of the row it is reported on (and the layout),
 * so a run given `rows` reports exactly the full run's problems on those rows and reads nothing
 * outside them. 'column': the same for columns (a total down its own column). A meta-test holds
 * every rule that declares a scope to that on every fixture.
 */
export type Scope = 'row' | 'column';

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
  readonly scope?: Scope;
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
  readonly related?: readonly (CellPos | RangePos)[];
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

/** The rows of `rows` a run must check: all of them, or those in the context's row scope. */
export function rowsInScope(ctx: { readonly rows?: ReadonlySet<number> }, rows: readonly number[]): readonly number[] {
  const scope = ctx.rows;
  if (!scope) return rows;
  // A scope is small (the rows an edit touched) and `rows` may be
  // thousands long: in a sorted list, look only between the scope's first and last row.
  if (scope.size * 16 < rows.length && isAscending(rows)) {
    let lo = Infinity;
    let hi = -Infinity;
    for (const r of scope) {
      if (r < lo) lo = r;
      if (r > hi) hi = r;
    }
    const out: number[] = [];
    for (let i = firstAtLeast(rows, lo); i < rows.length && rows[i]! <= hi; i++) if (scope.has(rows[i]!)) out.push(rows[i]!);
    return out;
  }
  return rows.filter((r) => scope.has(r));
}

const ascending = new WeakMap<readonly number[], boolean>();

function isAscending(rows: readonly number[]): boolean {
  let known = ascending.get(rows);
  if (known === undefined) {
    known = true;
    for (let i = 1; i < rows.length && known; i++) if (rows[i]! <= rows[i - 1]!) known = false;
    ascending.set(rows, known);
  }
  return known;
}

function firstAtLeast(rows: readonly number[], value: number): number {
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (rows[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function rowInScope(ctx: { readonly rows?: ReadonlySet<number> }, row: number): boolean {
  return ctx.rows === undefined || ctx.rows.has(row);
}

/** The columns of `columns` a run must check: all of them, or those in the context's column scope. */
export function columnsInScope(ctx: { readonly columns?: ReadonlySet<number> }, columns: readonly number[]): readonly number[] {
  const scope = ctx.columns;
  return scope ? columns.filter((c) => scope.has(c)) : columns;
}
