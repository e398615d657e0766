import {
  type CrossDocument,
  crossDocument,
  crossTemplateIds,
  crossValidate,
  type TemplateDefinition,
  type ValidationResult,
  validateWorkbook,
  withCrossProblems,
} from '../../../shared/engine';
import { readWorkbook } from '../xlsx-adapter/read-workbook';
import { type FileReport, reportFromError, reportFromResult } from './file-report';

export interface TogetherInput {
  /** Files reported on, in report order. */
  readonly files: readonly string[];
  /** Files read only as partners for the cross-document rules (`--with`), not reported on. */
  readonly partners: readonly string[];
  readonly onProgress?: (index: number, file: string) => void;
}

export interface TogetherOutput {
  readonly reports: readonly FileReport[];
  /** Partner files that could not be read, with the reason. */
  readonly unreadablePartners: readonly FileReport[];
}

/**
 * Validates the files one by one as before, then runs the cross-document rules over every pairing
 * the run holds (each file's own sheets included), and adds those problems to the file they belong
 * to. A workbook is kept in memory only while some cross rule could use it, and nothing is
 * recognised again unless a pairing exists, so one file on its own costs what it always did.
 */
export async function validateTogether(input: TogetherInput, templates: readonly TemplateDefinition[]): Promise<TogetherOutput> {
  const participants = crossTemplateIds(templates);
  const reported = new Set(input.files);
  const all = [...input.files, ...input.partners.filter((p) => !reported.has(p))];
  const reports: FileReport[] = [];
  const unreadablePartners: FileReport[] = [];
  const cross: { doc: CrossDocument; result: ValidationResult; report?: number }[] = [];
  for (const [i, file] of all.entries()) {
    const isReported = i < input.files.length;
    if (isReported) input.onProgress?.(i, file);
    try {
      const workbook = await readWorkbook(file);
      const result = validateWorkbook(workbook, templates);
      const doc = crossDocument(file, workbook, result, templates, participants);
      if (doc) cross.push({ doc, result, report: isReported ? reports.length : undefined });
      if (isReported) reports.push(reportFromResult(file, result, templates));
    } catch (error) {
      (isReported ? reports : unreadablePartners).push(reportFromError(file, error));
    }
  }
  input.onProgress?.(input.files.length, '');
  if (cross.length > 0) {
    const problems = crossValidate(cross.map((c) => c.doc), templates);
    cross.forEach((c, i) => {
      if (c.report === undefined || problems[i]!.length === 0) return;
      reports[c.report] = reportFromResult(c.doc.name, withCrossProblems(c.result, problems[i]!), templates);
    });
  }
  return { reports, unreadablePartners };
}
