import type { Sheet, Workbook } from '../grid';
import type { AnyCrossRule, PartnerSheet } from './cross-rule';
import type { Problem } from './problem';
import type { Edition } from './rule';
import { runCrossRule } from './run-cross-rule';
import type { TemplateDefinition } from './template';
import { sortProblems, type ValidationResult, validateWorkbook } from './validate';

export interface DocumentInput {
  /** What messages call the document ("i <fil>"): the file name. */
  readonly name: string;
  readonly workbook: Workbook;
}

interface RecognisedSheet {
  readonly templateId: string;
  readonly sheet: Sheet;
  readonly layout: unknown;
  readonly edition: Edition;
}

/**
 * A validated document as the cross rules see it. Layouts are recognised again only when a pairing
 * needs them, so a document with no partner in the run costs nothing beyond its own validation.
 */
export interface CrossDocument {
  readonly name: string;
  readonly workbook: Workbook;
  /** The recognised sheets' template ids, by sheet name, in sheet order. */
  readonly templateOf: ReadonlyMap<string, string>;
  recognised(sheetName: string): RecognisedSheet | undefined;
}

/** Template ids that take part in some cross rule, as owner or partner. */
export function crossTemplateIds(templates: readonly TemplateDefinition[]): ReadonlySet<string> {
  const ids = new Set<string>();
  for (const t of templates) {
    for (const rule of t.crossRules ?? []) {
      ids.add(t.id);
      for (const p of rule.meta.partners) ids.add(p);
    }
  }
  return ids;
}

/**
 * The document as a cross-rule participant, or undefined when none of its recognised sheets takes
 * part in any cross rule (the caller may then let go of the workbook).
 */
export function crossDocument(
  name: string,
  workbook: Workbook,
  result: ValidationResult,
  templates: readonly TemplateDefinition[],
  participants: ReadonlySet<string> = crossTemplateIds(templates),
): CrossDocument | undefined {
  const templateOf = new Map<string, string>();
  for (const s of result.sheets) if (s.template && participants.has(s.template.id)) templateOf.set(s.sheet, s.template.id);
  if (templateOf.size === 0) return undefined;
  const cache = new Map<string, RecognisedSheet | undefined>();
  return {
    name,
    workbook,
    templateOf,
    recognised(sheetName) {
      if (cache.has(sheetName)) return cache.get(sheetName);
      const templateId = templateOf.get(sheetName);
      const template = templates.find((t) => t.id === templateId);
      const sheet = workbook.sheet(sheetName);
      const hit = template && sheet ? template.recognise(sheet, workbook) : undefined;
      const out = hit && sheet && templateId ? { templateId, sheet, layout: hit.layout, edition: hit.edition } : undefined;
      cache.set(sheetName, out);
      return out;
    },
  };
}

/**
 * Every cross rule for every recognised sheet whose partners are among the other documents (or,
 * for a rule that allows it, the other sheets of its own workbook). Returns the problems per
 * document, aligned with `docs`, each document's in stable sheet-then-cell order.
 */
export function crossValidate(docs: readonly CrossDocument[], templates: readonly TemplateDefinition[]): Problem[][] {
  const byId = new Map(templates.map((t) => [t.id, t]));
  return docs.map((doc, i) => {
    const out: Problem[] = [];
    for (const [sheetName, templateId] of doc.templateOf) {
      for (const rule of byId.get(templateId)?.crossRules ?? []) {
        const partners = partnersFor(rule, docs, i, sheetName);
        if (partners.length === 0) continue;
        const own = doc.recognised(sheetName);
        if (!own) continue;
        out.push(...runCrossRule(rule, { ...own, workbook: doc.workbook, document: doc.name, partners }));
      }
    }
    return out;
  });
}

function partnersFor(rule: AnyCrossRule, docs: readonly CrossDocument[], self: number, sheetName: string): PartnerSheet<unknown>[] {
  const out: PartnerSheet<unknown>[] = [];
  docs.forEach((doc, j) => {
    if (j === self && !rule.meta.sameWorkbook) return;
    for (const [name, templateId] of doc.templateOf) {
      if (!rule.meta.partners.includes(templateId) || (j === self && name === sheetName)) continue;
      const r = doc.recognised(name);
      if (r) out.push({ ...r, document: doc.name, workbook: doc.workbook, sameDocument: j === self });
    }
  });
  return out;
}

/** The result with cross problems added to their sheets, every list kept in stable order. */
export function withCrossProblems(result: ValidationResult, cross: readonly Problem[]): ValidationResult {
  if (cross.length === 0) return result;
  const sheets = result.sheets.map((s) => {
    const mine = cross.filter((p) => p.sheet === s.sheet);
    return mine.length === 0 ? s : { ...s, problems: sortProblems([...s.problems, ...mine]) };
  });
  return { ...result, sheets, problems: sheets.filter((s) => s.template).flatMap((s) => s.problems) };
}

/**
 * Validates documents together: each workbook on its own as validateWorkbook does, then the cross
 * rules over the pairings the set holds. Results are aligned with `docs`.
 */
export function validateDocuments(docs: readonly DocumentInput[], templates: readonly TemplateDefinition[]): ValidationResult[] {
  const results = docs.map((d) => validateWorkbook(d.workbook, templates));
  const participants = crossTemplateIds(templates);
  const cross = docs.map((d, i) => crossDocument(d.name, d.workbook, results[i]!, templates, participants));
  const present = cross.filter((c): c is CrossDocument => c !== undefined);
  if (present.length === 0) return results;
  const problems = crossValidate(present, templates);
  return results.map((r, i) => {
    const c = cross[i];
    return c ? withCrossProblems(r, problems[present.indexOf(c)]!) : r;
  });
}
