import type { Severity } from '../../../shared/engine';
import type { Lang } from '../../../shared/locale';
import { countBySeverity, type FileReport } from './file-report';
import { REPORT_TEXTS, SEVERITY_ICON, type ReportTexts } from './report-texts';
import { bySheet, summaryLine } from './render-text';

const STYLE = `
:root { color-scheme: light; }
body { font: 15px/1.5 "Segoe UI", system-ui, -apple-system, sans-serif; color: #1b1b1b; margin: 0; background: #f6f6f4; }
main { max-width: 72rem; margin: 0 auto; padding: 2rem 1.5rem 4rem; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
.meta { color: #555; margin: 0 0 1.5rem; }
.total { background: #fff; border: 1px solid #d8d8d4; border-radius: 6px; padding: .75rem 1rem; margin-bottom: 2rem; }
section { background: #fff; border: 1px solid #d8d8d4; border-radius: 6px; padding: 1rem 1.25rem; margin-bottom: 1.5rem; }
h2 { font-size: 1.15rem; margin: 0 0 .25rem; word-break: break-all; }
h3 { font-size: 1rem; margin: 1.25rem 0 .5rem; }
.template { margin: 0 0 .5rem; color: #333; }
.summary { margin: .5rem 0 0; font-weight: 600; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; vertical-align: top; padding: .4rem .6rem; border-bottom: 1px solid #e6e6e2; }
th { font-size: .85rem; text-transform: uppercase; letter-spacing: .03em; color: #555; }
td.cell { font-family: Consolas, "Courier New", monospace; white-space: nowrap; }
td.rule { color: #666; font-size: .85rem; }
.sev { white-space: nowrap; font-weight: 600; }
.sev-error { color: #a4000f; }
.sev-warning { color: #8a5300; }
.sev-info { color: #00577a; }
.ok { color: #1d6b2f; font-weight: 600; }
.problem-box { border-left: 4px solid #a4000f; padding: .25rem .75rem; background: #fdf3f4; }
.unknown-box { border-left: 4px solid #8a5300; padding: .25rem .75rem; background: #fdf8ef; }
@media print { body { background: #fff; } section, .total { border: none; padding: 0; } }
`;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Everything from a workbook or a path goes through here: file names and cell text are untrusted. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** A standalone report for an ekonomienhet: one file, no scripts, no external resources. */
export function renderHtml(reports: readonly FileReport[], lang: Lang, now: Date = new Date()): string {
  const t = REPORT_TEXTS[lang];
  const all = countBySeverity(reports.flatMap((r) => r.problems));
  const unreadable = reports.filter((r) => r.error).length;
  const unknown = reports.filter((r) => !r.error && !r.template).length;
  const totals = [t.files(reports.length), summaryLine(all, t)];
  if (unreadable) totals.push(t.unreadableFiles(unreadable));
  if (unknown) totals.push(t.unknownFiles(unknown));
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(t.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>${escapeHtml(t.title)}</h1>
<p class="meta">${escapeHtml(t.generated)} ${escapeHtml(stamp(now))}</p>
<p class="total"><strong>${escapeHtml(t.total)}:</strong> ${escapeHtml(totals.join(', '))}.</p>
${reports.map((r) => fileSection(r, lang, t)).join('\n')}
</main>
</body>
</html>
`;
}

function fileSection(r: FileReport, lang: Lang, t: ReportTexts): string {
  const parts: string[] = [`<section>`, `<h2>${escapeHtml(r.file)}</h2>`];
  if (r.error) {
    parts.push(
      `<p class="problem-box"><span class="sev sev-error">${SEVERITY_ICON.error} ${escapeHtml(t.unreadable)}:</span> ${escapeHtml(r.error[lang])}</p>`,
    );
  } else if (!r.template) {
    parts.push(`<div class="unknown-box"><p><span class="sev sev-warning">? ${escapeHtml(t.unknownTemplate)}:</span> ${escapeHtml(t.unknownTemplateLine)}</p>`);
    if (r.lookedFor?.length) {
      parts.push(`<p>${escapeHtml(t.lookedFor)}:</p><ul>${r.lookedFor.map((k) => `<li>${escapeHtml(k)}</li>`).join('')}</ul>`);
    }
    parts.push('</div>');
  } else {
    parts.push(
      `<p class="template">${escapeHtml(t.template)}: <strong>${escapeHtml(`${r.template.catalogId} ${r.template.title[lang]}`)}</strong> · ${escapeHtml(t.edition)}: ${escapeHtml(r.template.edition.label)}</p>`,
    );
    const counts = countBySeverity(r.problems);
    parts.push(`<p class="summary">${escapeHtml(t.fileSummary)}: ${escapeHtml(summaryLine(counts, t))}</p>`);
    if (r.problems.length === 0) parts.push(`<p class="ok">✔ ${escapeHtml(t.noProblems)}</p>`);
    for (const [sheet, problems] of bySheet(r.problems)) {
      parts.push(`<h3>${escapeHtml(t.sheet)}: ${escapeHtml(sheet)}</h3>`);
      parts.push(
        `<table><thead><tr><th scope="col">${escapeHtml(t.cell)}</th><th scope="col">${escapeHtml(t.severityHeading)}</th><th scope="col">${escapeHtml(t.message)}</th><th scope="col">${escapeHtml(t.rule)}</th></tr></thead><tbody>`,
      );
      for (const p of problems) {
        parts.push(
          `<tr><td class="cell">${escapeHtml(p.cell)}</td><td>${severity(p.severity, t)}</td><td>${escapeHtml(p.message[lang])}</td><td class="rule">${escapeHtml(p.ruleId)}</td></tr>`,
        );
      }
      parts.push('</tbody></table>');
    }
  }
  parts.push('</section>');
  return parts.join('\n');
}

function severity(s: Severity, t: ReportTexts): string {
  return `<span class="sev sev-${s}">${SEVERITY_ICON[s]} ${escapeHtml(t.severity[s])}</span>`;
}

function stamp(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
