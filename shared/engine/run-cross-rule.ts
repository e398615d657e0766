import { toA1 } from '../grid';
import type { MessageValue } from '../locale';
import type { AnyCrossRule, CrossRuleContext } from './cross-rule';
import type { Problem } from './problem';
import { internalProblem, problemFrom } from './run-rule';

/**
 * Runs one cross rule over one sheet and its partners. Problems sit on this sheet's cell and name
 * the partner (file, sheet, cell) both in the message and in `partner`; a rule that throws yields
 * one internal problem, as runRule does, and the run goes on.
 */
export function runCrossRule<L>(rule: AnyCrossRule<L>, ctx: CrossRuleContext<L, unknown>): Problem[] {
  const out: Problem[] = [];
  try {
    for (const report of rule.check(ctx)) {
      if (!ctx.partners.includes(report.partner)) throw new Error(`Cross rule ${rule.meta.id} named a partner it was not given`);
      const partnerCell = toA1(report.partnerCell.row, report.partnerCell.col);
      const data: Record<string, MessageValue> = {
        ...(report.data ?? {}),
        partnerFile: report.partner.document,
        partnerCell: `${report.partner.sheet.name}!${partnerCell}`,
      };
      const partner = { document: report.partner.document, sheet: report.partner.sheet.name, cell: partnerCell };
      out.push({ ...problemFrom(rule.meta, ctx.sheet.name, report, data), partner });
    }
  } catch (error) {
    return [internalProblem(rule.meta.id, ctx.sheet.name, error)];
  }
  return out;
}
