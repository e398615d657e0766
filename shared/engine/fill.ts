import { type CellPos, type CellValue, type Sheet, type Workbook, isBlank, parseA1, sameValue, toA1 } from '../grid';
import { interpolate, type MessageValue } from '../locale';
import type { AnyReport, MessageMap, ReportFor, RuleContext, Scope } from './rule';
import type { TemplateDefinition } from './template';

/**
 * Where a filled value came from. Every edit records one, so a person can always see why a cell
 * changed: the rule that computed it, the previous period's workbook, a list item, or Kolada.
 */
export type FillSource =
  | { readonly kind: 'computed'; readonly fillId: string }
  | { readonly kind: 'previous-workbook'; readonly file: string; readonly sheet: string; readonly cell: string }
  | { readonly kind: 'list-item'; readonly list: string; readonly itemId: string; readonly field: string }
  | { readonly kind: 'kolada'; readonly kpi: string; readonly attribution: 'Källa: Kolada (RKA), CC BY 4.0' };

/** A project as the lists know it, for fills that write project rows (T01, T20). */
export interface ProjectRecord {
  readonly externalId: string;
  readonly title: string;
  readonly [field: string]: unknown;
}

/**
 * What fills may read besides the sheet. Hosts fetch it before planning (the lists are behind a
 * network port), so planning itself stays pure and synchronous.
 */
export interface FillSources {
  readonly previous?: { readonly file: string; readonly workbook: Workbook };
  readonly projects?: readonly ProjectRecord[];
}

export interface FillContext<L> extends RuleContext<L> {
  readonly sources: FillSources;
}

export type Proposal<M extends MessageMap> = ReportFor<M> & {
  readonly value: CellValue;
  /** Set when the template owns a formula in this cell: the fill restores the formula. */
  readonly formula?: string;
  readonly source: FillSource;
};

export interface FillModule<M extends MessageMap, L> {
  readonly meta: {
    /** '<template-id>/<file-basename>', as for rules. */
    readonly id: string;
    readonly docs: { readonly sv: string; readonly en: string; readonly source: string };
    readonly messages: M;
    /** As for rules: each proposal depends only on its own row (or column) and the sources. */
    readonly scope?: Scope;
  };
  plan(ctx: FillContext<L>): Iterable<Proposal<M>>;
}

/** A fill with its message map erased (see AnyRule for why not `FillModule<MessageMap, L>`). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export interface AnyFill<L = any> {
  readonly meta: FillModule<MessageMap, L>['meta'];
  plan(ctx: FillContext<L>): Iterable<AnyProposal>;
}

export type AnyProposal = AnyReport & Omit<Proposal<MessageMap>, keyof AnyReport>;

export function defineFill<const M extends MessageMap, L>(fill: FillModule<M, L>): FillModule<M, L> {
  return fill;
}

/**
 * One cell change with its precondition: the value (and formula) the cell must still hold when
 * the edit is applied — the grid's own If-Match.
 */
export interface CellEdit {
  readonly fillId: string;
  readonly sheet: string;
  readonly cell: string;
  readonly expected: { readonly value: CellValue; readonly formula?: string };
  readonly value: CellValue;
  readonly formula?: string;
  readonly source: FillSource;
  readonly messageId: string;
  readonly data: Readonly<Record<string, MessageValue>>;
  readonly reason: { readonly sv: string; readonly en: string };
}

export interface FillPlan {
  /** Into an empty cell, or a formula cell the template owns: safe to apply without asking. */
  readonly fixes: readonly CellEdit[];
  /** Would replace a constant a person typed: never applied without an explicit yes. */
  readonly suggestions: readonly CellEdit[];
  /** Two fills want different values in one cell: neither is applied. */
  readonly conflicts: readonly { readonly sheet: string; readonly cell: string; readonly edits: readonly CellEdit[] }[];
}

export function planFillsForSheet(
  sheet: Sheet,
  workbook: Workbook,
  template: TemplateDefinition,
  sources: FillSources = {},
): FillPlan {
  const hit = template.recognise(sheet, workbook);
  const fills = template.fills ?? [];
  if (!hit || fills.length === 0) return { fixes: [], suggestions: [], conflicts: [] };
  const ctx: FillContext<unknown> = { sheet, workbook, layout: hit.layout, edition: hit.edition, sources };
  return classifyEdits(sheet, fills.flatMap((fill) => fillEdits(fill, ctx)));
}

/**
 * One fill's edits: its proposals that would change a cell, each with the value it expects there,
 * in reading order (so a plan redone for a few rows lists them where a full plan would).
 */
export function fillEdits<L>(fill: AnyFill<L>, ctx: FillContext<L>): CellEdit[] {
  const edits: { edit: CellEdit; row: number; col: number }[] = [];
  for (const p of fill.plan(ctx)) {
    const edit = toEdit(fill, ctx.sheet, p);
    if (edit) edits.push({ edit, row: p.cell.row, col: p.cell.col });
  }
  return edits.sort((a, b) => a.row - b.row || a.col - b.col).map((e) => e.edit);
}

/** Edits in reading order. */
export function inReadingOrder(edits: readonly CellEdit[]): CellEdit[] {
  return edits
    .map((edit) => ({ edit, at: parseA1(edit.cell) }))
    .sort((a, b) => a.at.row - b.at.row || a.at.col - b.at.col)
    .map((e) => e.edit);
}

export function planFills(workbook: Workbook, templates: readonly TemplateDefinition[], sources: FillSources = {}): FillPlan {
  const plans = workbook.sheets.map((sheet) => {
    const template = templates.find((t) => t.recognise(sheet, workbook));
    return template ? planFillsForSheet(sheet, workbook, template, sources) : { fixes: [], suggestions: [], conflicts: [] };
  });
  return {
    fixes: plans.flatMap((p) => p.fixes),
    suggestions: plans.flatMap((p) => p.suggestions),
    conflicts: plans.flatMap((p) => p.conflicts),
  };
}

function toEdit(fill: AnyFill, sheet: Sheet, p: AnyProposal): CellEdit | undefined {
  const current = sheet.cell(p.cell.row, p.cell.col);
  const unchangedValue = sameValue(current.value, p.value);
  const unchangedFormula = (current.formula ?? undefined) === (p.formula ?? undefined);
  if (unchangedValue && (unchangedFormula || p.formula === undefined)) return undefined;
  const template = fill.meta.messages[p.messageId];
  if (!template) throw new Error(`Fill ${fill.meta.id} proposed undeclared messageId '${p.messageId}'`);
  const data = (p.data ?? {}) as Record<string, MessageValue>;
  return {
    fillId: fill.meta.id,
    sheet: sheet.name,
    cell: toA1(p.cell.row, p.cell.col),
    expected: current.formula !== undefined ? { value: current.value, formula: current.formula } : { value: current.value },
    value: p.value,
    ...(p.formula !== undefined ? { formula: p.formula } : {}),
    source: p.source,
    messageId: p.messageId,
    data,
    reason: { sv: interpolate(template.sv, data, 'sv'), en: interpolate(template.en, data, 'en') },
  };
}

/** A sheet's edits sorted into fixes, suggestions (typed constants) and conflicts (fills disagree). */
export function classifyEdits(sheet: Sheet, edits: readonly CellEdit[]): FillPlan {
  const byCell = new Map<string, CellEdit[]>();
  for (const e of edits) byCell.set(e.cell, [...(byCell.get(e.cell) ?? []), e]);
  const fixes: CellEdit[] = [];
  const suggestions: CellEdit[] = [];
  const conflicts: { sheet: string; cell: string; edits: CellEdit[] }[] = [];
  for (const [cell, group] of byCell) {
    const first = group[0]!;
    if (group.some((e) => !sameValue(e.value, first.value) || e.formula !== first.formula)) {
      conflicts.push({ sheet: sheet.name, cell, edits: group });
      continue;
    }
    const { row, col } = parseA1(cell);
    const target = sheet.cell(row, col);
    // A formula cell is the template's own: restoring or recomputing it takes nothing a person typed.
    if (isBlank(target) || target.formula !== undefined) fixes.push(first);
    else suggestions.push(first);
  }
  return { fixes, suggestions, conflicts };
}

export interface ApplyResult {
  readonly workbook: Workbook;
  readonly applied: readonly CellEdit[];
  /** Edits whose cell no longer held the expected value: refused, not applied. */
  readonly refused: readonly { readonly edit: CellEdit; readonly actual: CellValue }[];
}

/** Applies edits whose precondition still holds, all on a new workbook; the input is untouched. */
export function applyEdits(workbook: Workbook, edits: readonly CellEdit[]): ApplyResult {
  const applied: CellEdit[] = [];
  const refused: { edit: CellEdit; actual: CellValue }[] = [];
  const patches = new Map<string, Record<string, { value: CellValue; formula?: string; numFmt?: string }>>();
  for (const edit of edits) {
    const sheet = workbook.sheet(edit.sheet);
    if (!sheet) {
      refused.push({ edit, actual: { kind: 'empty' } });
      continue;
    }
    const current = sheet.at(edit.cell);
    if (!sameValue(current.value, edit.expected.value) || current.formula !== edit.expected.formula) {
      refused.push({ edit, actual: current.value });
      continue;
    }
    const patch = patches.get(edit.sheet) ?? {};
    patch[edit.cell] = {
      value: edit.value,
      ...(edit.formula !== undefined ? { formula: edit.formula } : {}),
      ...(current.numFmt !== undefined ? { numFmt: current.numFmt } : {}),
    };
    patches.set(edit.sheet, patch);
    applied.push(edit);
  }
  let next = workbook;
  for (const [name, patch] of patches) next = next.withSheet(next.sheet(name)!.withCells(patch));
  return { workbook: next, applied, refused };
}

export type { CellPos };
