import type { Sheet, Workbook } from '../grid';
import type { Problem } from './problem';
import type { Edition, RuleContext } from './rule';
import { runRule } from './run-rule';
import type { TemplateDefinition } from './template';

export { runRule };

export interface SheetResult {
  readonly sheet: string;
  readonly template?: { readonly id: string; readonly catalogId: string; readonly edition: Edition };
  readonly problems: readonly Problem[];
}

export interface ValidationResult {
  /** The first recognised template (what a report names the file as), if any. */
  readonly template?: SheetResult['template'];
  readonly sheets: readonly SheetResult[];
  /** Every problem of every recognised sheet, in stable order. */
  readonly problems: readonly Problem[];
  /** Every template's recognition keys, for the "okänd mall" message. */
  readonly lookedFor?: readonly string[];
  /** Cells the rules ran over (for throughput figures), counted on first read. */
  readonly cellsChecked: number;
}

export function recognise(
  sheet: Sheet,
  workbook: Workbook,
  templates: readonly TemplateDefinition[],
): { template: TemplateDefinition; edition: Edition; layout: unknown } | undefined {
  for (const template of templates) {
    const r = template.recognise(sheet, workbook);
    if (r) return { template, edition: r.edition, layout: r.layout };
  }
  return undefined;
}

export function validateSheet(sheet: Sheet, workbook: Workbook, templates: readonly TemplateDefinition[]): SheetResult {
  const hit = recognise(sheet, workbook, templates);
  if (!hit) return { sheet: sheet.name, problems: [] };
  const ctx: RuleContext<unknown> = { sheet, workbook, layout: hit.layout, edition: hit.edition };
  const problems = hit.template.rules.flatMap((rule) => runRule(rule, ctx));
  return {
    sheet: sheet.name,
    template: { id: hit.template.id, catalogId: hit.template.catalogId, edition: hit.edition },
    problems: sortProblems(problems),
  };
}

export function validateWorkbook(workbook: Workbook, templates: readonly TemplateDefinition[]): ValidationResult {
  const sheets = workbook.sheets.map((s) => validateSheet(s, workbook, templates));
  const recognised = sheets.filter((s) => s.template);
  const order = new Map(workbook.sheets.map((s, i) => [s.name, i]));
  const problems = recognised
    .flatMap((s) => s.problems)
    .sort((a, b) => (order.get(a.sheet) ?? 0) - (order.get(b.sheet) ?? 0));
  return {
    template: recognised[0]?.template,
    sheets,
    problems,
    lookedFor: recognised.length === 0 ? templates.flatMap((t) => t.lookedFor.map((k) => `${t.catalogId}: ${k}`)) : undefined,
    // Counted only when asked (the benchmarks do): a pass over every cell costs a tenth of the rules.
    get cellsChecked() {
      let n = 0;
      for (const s of workbook.sheets) if (sheets.find((r) => r.sheet === s.name)?.template) n += s.filledCellCount;
      return n;
    },
  };
}

const A1_PARTS = /^([A-Z]+)(\d+)$/;
function a1Key(a1: string): [number, number] {
  const m = A1_PARTS.exec(a1);
  if (!m) return [0, 0];
  let col = 0;
  for (const ch of m[1]!) col = col * 26 + ch.charCodeAt(0) - 64;
  return [Number(m[2]), col];
}

/** Stable order: row, column, rule id, message id (within one sheet). */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return problems
    .map((p, i) => ({ p, i, k: a1Key(p.cell) }))
    .sort(
      (a, b) =>
        a.k[0] - b.k[0] ||
        a.k[1] - b.k[1] ||
        a.p.ruleId.localeCompare(b.p.ruleId) ||
        a.p.messageId.localeCompare(b.p.messageId) ||
        a.i - b.i,
    )
    .map((x) => x.p);
}
