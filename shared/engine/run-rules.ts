import { toA1 } from '../grid';
import { interpolate, type MessageValue } from '../locale';
import type { Problem } from './problem';
import type { AnyRule, RuleContext } from './rule';

export function runRule<L>(rule: AnyRule<L>, ctx: RuleContext<L>): Problem[] {
  const out: Problem[] = [];
  try {
    for (const report of rule.check(ctx)) {
      const template = rule.meta.messages[report.messageId];
      if (!template) throw new Error(`Rule ${rule.meta.id} reported undeclared messageId '${report.messageId}'`);
      const data = (report.data ?? {}) as Record<string, MessageValue>;
      out.push({
        ruleId: rule.meta.id,
        severity: template.severity ?? rule.meta.severity,
        kind: 'rule',
        sheet: ctx.sheet.name,
        cell: toA1(report.cell.row, report.cell.col),
        related: (report.related ?? []).map((p) => toA1(p.row, p.col)),
        messageId: report.messageId,
        data,
        message: { sv: interpolate(template.sv, data, 'sv'), en: interpolate(template.en, data, 'en') },
      });
    }
  } catch (error) {
    return [internalProblem(rule.meta.id, ctx.sheet.name, error)];
  }
  return out;
}

/** What a rule that threw yields: one problem saying so, while the other rules still run. */
export function internalProblem(ruleId: string, sheet: string, error: unknown): Problem {
  const detail = error instanceof Error ? error.message : String(error);
  return {
    ruleId,
    severity: 'error',
    kind: 'internal',
    sheet,
    cell: 'A1',
    related: [],
    messageId: 'internal',
    data: { detail },
    message: {
      sv: `Kontrollen ${ruleId} kunde inte köras (internt fel). Övriga kontroller har körts.`,
      en: `Rule ${ruleId} failed: ${detail}. The other rules still ran.`,
    },
  };
}

/** Rows per slice when row-scoped rules run slice by slice (about 0,5 MB of cells in T01). */
export const ROW_SLICE = 256;

/**
 * Every rule of a template over one sheet. Row-scoped rules run slice by slice, all of them on
 * one slice of rows before the next: on a long table the slice's cells stay in the processor's
 * cache from one rule to the next instead of being fetched from memory once per rule, which
 * makes validation of a 200 000-cell sheet about a quarter faster. A row-scoped rule reports
 * exactly its full run's problems on the rows it is given (the scope contract, held by a
 * meta-test), so the union over the slices is the full run.
 */
export function runRules<L>(rules: readonly AnyRule<L>[], ctx: RuleContext<L>): Problem[] {
  const sliced = ctx.sheet.rowCount > ROW_SLICE ? rules.filter((r) => r.meta.scope === 'row') : [];
  const problems: Problem[] = [];
  for (const rule of rules) if (!sliced.includes(rule)) problems.push(...runRule(rule, ctx));
  if (sliced.length === 0) return problems;
  const found = sliced.map((): Problem[] => []);
  const failed = new Set<number>();
  for (let from = 0; from < ctx.sheet.rowCount; from += ROW_SLICE) {
    const rows = new Set<number>();
    for (let r = from; r < Math.min(from + ROW_SLICE, ctx.sheet.rowCount); r++) rows.add(r);
    sliced.forEach((rule, i) => {
      if (failed.has(i)) return;
      const slice = runRule(rule, { ...ctx, rows });
      if (slice.some((p) => p.kind === 'internal')) failed.add(i);
      else for (const p of slice) found[i]!.push(p);
    });
  }
  // A rule that failed on some slice runs once more whole, so it yields one internal problem.
  sliced.forEach((rule, i) => problems.push(...(failed.has(i) ? runRule(rule, ctx) : found[i]!)));
  return problems;
}
