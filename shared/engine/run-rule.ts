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
