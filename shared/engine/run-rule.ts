import { type CellPos, type RangePos, rangeToA1, toA1 } from '../grid';
import { interpolate, type MessageValue } from '../locale';
import type { Problem } from './problem';
import type { AnyReport, AnyRule, MessageMap, RuleContext, RuleMeta } from './rule';

export function runRule<L>(rule: AnyRule<L>, ctx: RuleContext<L>): Problem[] {
  const out: Problem[] = [];
  try {
    for (const report of rule.check(ctx)) out.push(problemFrom(rule.meta, ctx.sheet.name, report, (report.data ?? {}) as Record<string, MessageValue>));
  } catch (error) {
    return [internalProblem(rule.meta.id, ctx.sheet.name, error)];
  }
  return out;
}

/**
 * A report as a problem: its declared message in both languages with `data` filled in, its cells
 * in A1. A message id the rule did not declare is the rule's bug, and throws.
 */
export function problemFrom(
  meta: Pick<RuleMeta<MessageMap>, 'id' | 'severity' | 'messages'>,
  sheet: string,
  report: Pick<AnyReport, 'messageId' | 'cell' | 'related'>,
  data: Record<string, MessageValue>,
): Problem {
  const template = meta.messages[report.messageId];
  if (!template) throw new Error(`Rule ${meta.id} reported undeclared messageId '${report.messageId}'`);
  return {
    ruleId: meta.id,
    severity: template.severity ?? meta.severity,
    kind: 'rule',
    sheet,
    cell: toA1(report.cell.row, report.cell.col),
    related: (report.related ?? []).map(relatedA1),
    messageId: report.messageId,
    data,
    // Both languages now: text made lazily (getters over closures) cost five times the writing.
    message: { sv: interpolate(template.sv, data, 'sv'), en: interpolate(template.en, data, 'en') },
  };
}

const relatedA1 = (p: CellPos | RangePos): string => ('start' in p ? rangeToA1(p) : toA1(p.row, p.col));

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
