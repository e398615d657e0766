import { toA1 } from '../grid';
import { interpolate, type MessageValue } from '../locale';
import type { AnyCrossRule, CrossRuleContext } from './cross-rule';
import type { Problem } from './problem';
import { internalProblem } from './run-rule';

/**
 * Runs one cross rule over one sheet and its partners. Problems sit on this sheet's cell and name
 * the partner (file, sheet, cell) both in the message and in `partner`; a rule that throws yields
 * one internal problem, as runRule does, and the run goes on.
 */
export function runCrossRule<L>(rule: AnyCrossRule<L>, ctx: CrossRuleContext<L, unknown>): Problem[] {
  const out: Problem[] = [];
  try {
    for (const report of rule.check(ctx)) {
      const template = rule.meta.messages[report.messageId];
      if (!template) throw new Error(`Cross rule ${rule.meta.id} reported undeclared messageId '${report.messageId}'`);
      if (!ctx.partners.includes(report.partner)) throw new Error(`Cross rule ${rule.meta.id} named a partner it was not given`);
      const partnerCell = toA1(report.partnerCell.row, report.partnerCell.col);
      const data: Record<string, MessageValue> = {
        ...(report.data ?? {}),
        partnerFile: report.partner.document,
        partnerCell: `${report.partner.sheet.name}!${partnerCell}`,
      };
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
        partner: { document: report.partner.document, sheet: report.partner.sheet.name, cell: partnerCell },
      });
    }
  } catch (error) {
    return [internalProblem(rule.meta.id, ctx.sheet.name, error)];
  }
  return out;
}
