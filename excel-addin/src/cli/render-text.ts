import type { Problem, Severity } from '../../../shared/engine';
import type { Lang } from '../../../shared/locale';
import { countBySeverity, type FileReport } from './file-report';
import { REPORT_TEXTS, SEVERITY_ICON, type ReportTexts } from './report-texts';

const COLOURS: Record<Severity | 'bold' | 'dim' | 'ok', string> = {
  error: '\u001b[31m',
  warning: '\u001b[33m',
  info: '\u001b[36m',
  ok: '\u001b[32m',
  bold: '\u001b[1m',
  dim: '\u001b[2m',
};
const RESET = '\u001b[0m';

/**
 * The terminal report: per file, per sheet, one line per problem with the severity as icon and
 * word (colour only adds to it, and only on a TTY).
 */
export function renderText(reports: readonly FileReport[], lang: Lang, colour: boolean): string {
  const t = REPORT_TEXTS[lang];
  const paint = (style: keyof typeof COLOURS, s: string) => (colour ? `${COLOURS[style]}${s}${RESET}` : s);
  const lines: string[] = [];
  for (const r of reports) {
    lines.push(paint('bold', clean(r.file)));
    if (r.error) {
      lines.push(`  ${paint('error', `${SEVERITY_ICON.error} ${t.unreadable}`)}: ${clean(r.error[lang])}`);
    } else if (!r.template) {
      lines.push(`  ${paint('warning', `? ${t.unknownTemplate}`)}: ${t.unknownTemplateLine}`);
      if (r.lookedFor?.length) {
        lines.push(`  ${t.lookedFor}:`);
        for (const k of r.lookedFor) lines.push(`    - ${clean(k)}`);
      }
    } else {
      lines.push(`  ${t.template}: ${r.template.catalogId} ${clean(r.template.title[lang])} (${clean(r.template.edition.label)})`);
      if (r.problems.length === 0) lines.push(`  ${paint('ok', `✔ ${t.noProblems}`)}`);
      for (const [sheet, problems] of bySheet(r.problems)) {
        lines.push(`  ${t.sheet} ${clean(sheet)}`);
        const width = Math.max(...problems.map((p) => p.cell.length));
        const sevWidth = Math.max(...problems.map((p) => t.severity[p.severity].length));
        for (const p of problems) {
          const sev = `${SEVERITY_ICON[p.severity]} ${t.severity[p.severity].padEnd(sevWidth)}`;
          lines.push(`    ${paint(p.severity, sev)}  ${p.cell.padEnd(width)}  ${clean(p.message[lang])} ${paint('dim', `[${p.ruleId}]`)}`);
        }
      }
      lines.push(`  ${summaryLine(countBySeverity(r.problems), t)}`);
    }
    lines.push('');
  }
  lines.push(totalLine(reports, t));
  return `${lines.join('\n')}\n`;
}

export function summaryLine(counts: Record<Severity, number>, t: ReportTexts): string {
  const parts = [t.errors(counts.error), t.warnings(counts.warning)];
  if (counts.info) parts.push(t.infos(counts.info));
  return parts.join(', ');
}

function totalLine(reports: readonly FileReport[], t: ReportTexts): string {
  const all = countBySeverity(reports.flatMap((r) => r.problems));
  const parts = [t.files(reports.length), summaryLine(all, t)];
  const unreadable = reports.filter((r) => r.error).length;
  const unknown = reports.filter((r) => !r.error && !r.template).length;
  if (unreadable) parts.push(t.unreadableFiles(unreadable));
  if (unknown) parts.push(t.unknownFiles(unknown));
  return `${t.total}: ${parts.join(', ')}.`;
}

export function bySheet(problems: readonly Problem[]): Map<string, Problem[]> {
  const out = new Map<string, Problem[]>();
  for (const p of problems) {
    const list = out.get(p.sheet);
    if (list) list.push(p);
    else out.set(p.sheet, [p]);
  }
  return out;
}

/** Text from a workbook can hold control characters; a terminal must not interpret them. */
function clean(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');
}
