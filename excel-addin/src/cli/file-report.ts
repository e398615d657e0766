import { type Problem, type Severity, type ValidationResult, validateWorkbook } from '../../../shared/engine';
import type { TemplateDefinition } from '../../../shared/engine';
import { readWorkbook } from '../xlsx-adapter/read-workbook';
import { WorkbookReadError } from '../xlsx-adapter/workbook-read-error';

/** The outcome for one file: what it was recognised as and its problems, or why it could not be read. */
export interface FileReport {
  /** The path as the user gave it (joined with the folder when found in one). */
  readonly file: string;
  readonly template?: {
    readonly id: string;
    readonly catalogId: string;
    readonly title: { readonly sv: string; readonly en: string };
    readonly edition: { readonly id: string; readonly label: string };
  };
  readonly problems: readonly Problem[];
  /** Set when no sheet matched a template: what recognition looked for. */
  readonly lookedFor?: readonly string[];
  readonly error?: { readonly code: string; readonly sv: string; readonly en: string };
}

export function reportFromResult(file: string, result: ValidationResult, templates: readonly TemplateDefinition[]): FileReport {
  const t = result.template;
  const def = t && templates.find((d) => d.id === t.id);
  return {
    file,
    template: t && { id: t.id, catalogId: t.catalogId, title: def?.title ?? { sv: t.id, en: t.id }, edition: { id: t.edition.id, label: t.edition.label } },
    problems: result.problems,
    lookedFor: t ? undefined : (result.lookedFor ?? []),
  };
}

export function reportFromError(file: string, error: unknown): FileReport {
  if (error instanceof WorkbookReadError) {
    return { file, problems: [], error: { code: error.code, sv: error.sv, en: error.en } };
  }
  // A bug of ours, not the file's fault: say so plainly and go on with the other files.
  const detail = error instanceof Error ? error.message : String(error);
  return {
    file,
    problems: [],
    error: { code: 'internal', sv: `Internt fel i kontrollen (${detail}).`, en: `Internal error while checking (${detail}).` },
  };
}

/** Reads and validates one file; never throws. */
export async function checkWorkbookFile(
  file: string,
  templates: readonly TemplateDefinition[],
  path: string = file,
): Promise<FileReport> {
  try {
    const workbook = await readWorkbook(path);
    return reportFromResult(file, validateWorkbook(workbook, templates), templates);
  } catch (error) {
    return reportFromError(file, error);
  }
}

export function countBySeverity(problems: readonly Problem[]): Record<Severity, number> {
  const out: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const p of problems) out[p.severity]++;
  return out;
}
