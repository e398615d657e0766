import type { Lang } from '../../../shared/locale';
import { countBySeverity, type FileReport } from './file-report';

/**
 * The machine-readable report. The field names are a contract with scripts that consume it: add
 * fields, never rename. `template`, `catalogId` and `edition` are null when no template matched.
 */
export function renderJson(reports: readonly FileReport[], lang: Lang): string {
  const files = reports.map((r) => {
    const out: Record<string, unknown> = {
      file: r.file,
      template: r.template?.id ?? null,
      catalogId: r.template?.catalogId ?? null,
      edition: r.template?.edition.id ?? null,
    };
    if (r.template) {
      out.title = r.template.title[lang];
      out.editionLabel = r.template.edition.label;
    }
    out.problems = r.problems.map((p) => ({
      ruleId: p.ruleId,
      severity: p.severity,
      sheet: p.sheet,
      cell: p.cell,
      message: p.message[lang],
      related: p.related,
      // A cross-document problem: the other file's cell it disagrees with.
      ...(p.partner ? { partner: { file: p.partner.document, sheet: p.partner.sheet, cell: p.partner.cell } } : {}),
    }));
    out.counts = countBySeverity(r.problems);
    if (r.error) {
      out.error = r.error[lang];
      out.errorCode = r.error.code;
    } else if (!r.template) {
      out.lookedFor = r.lookedFor ?? [];
    }
    return out;
  });
  return `${JSON.stringify({ files }, null, 2)}\n`;
}
