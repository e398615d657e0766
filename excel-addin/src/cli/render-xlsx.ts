import type { Lang } from '../../../shared/locale';
import type { FileReport } from './file-report';
import { REPORT_TEXTS } from './report-texts';

const HEADINGS: Record<Lang, { file: string; unreadableRule: string; unknownRule: string }> = {
  sv: { file: 'Fil', unreadableRule: '(kan inte läsas)', unknownRule: '(okänd mall)' },
  en: { file: 'File', unreadableRule: '(cannot be read)', unknownRule: '(unknown template)' },
};

/**
 * The report as a workbook, one row per problem (file, sheet, cell, rule, severity, message), so
 * that it can be sorted, filtered and handed on: a bold header row with an autofilter, frozen so
 * it stays in view. A file that could not be read, or matched no template, gets a row of its own
 * rather than vanishing from the list. ExcelJS is loaded only when this format is asked for.
 */
export async function renderXlsx(reports: readonly FileReport[], lang: Lang): Promise<Uint8Array> {
  const mod = await import('exceljs');
  const ExcelJS = (mod as unknown as { default?: typeof mod }).default ?? mod;
  const t = REPORT_TEXTS[lang];
  const h = HEADINGS[lang];
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Nämndstöd';
  const sheet = workbook.addWorksheet(t.title.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }] });
  sheet.columns = [
    { header: h.file, key: 'file', width: 36 },
    { header: t.sheet, key: 'sheet', width: 22 },
    { header: t.cell, key: 'cell', width: 8 },
    { header: t.rule, key: 'rule', width: 48 },
    { header: t.severityHeading, key: 'severity', width: 12 },
    { header: t.message, key: 'message', width: 100 },
  ];
  for (const r of reports) {
    if (r.error) {
      sheet.addRow({ file: r.file, sheet: '', cell: '', rule: h.unreadableRule, severity: t.severity.error, message: r.error[lang] });
      continue;
    }
    if (!r.template) {
      sheet.addRow({ file: r.file, sheet: '', cell: '', rule: h.unknownRule, severity: t.severity.info, message: `${t.unknownTemplate}: ${t.unknownTemplateLine}` });
      continue;
    }
    for (const p of r.problems) {
      sheet.addRow({ file: r.file, sheet: p.sheet, cell: p.cell, rule: p.ruleId, severity: t.severity[p.severity], message: p.message[lang] });
    }
  }
  sheet.getRow(1).font = { bold: true };
  sheet.getColumn('message').alignment = { wrapText: true, vertical: 'top' };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, sheet.rowCount), column: 6 } };
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
