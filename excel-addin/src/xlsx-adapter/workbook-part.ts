import { attrByLocalName, findElement, findElements, isTrue, rootPrefix } from './xml-scan';

export interface Relationship {
  readonly type: string;
  /** Resolved part name inside the package, without a leading slash. */
  readonly target: string;
  readonly external: boolean;
}

export interface SheetEntry {
  readonly name: string;
  readonly hidden: boolean;
  /** Part name of the worksheet, or undefined when the relationship is missing. */
  readonly part: string | undefined;
  /** 'worksheet', 'chartsheet', … (the last segment of the relationship type). */
  readonly kind: string;
}

export interface WorkbookInfo {
  readonly date1904: boolean;
  readonly sheets: readonly SheetEntry[];
  readonly sharedStrings: string | undefined;
  readonly styles: string | undefined;
}

/** `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`. */
export function relsPartOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

export function parseRelationships(xml: string | undefined, sourcePart: string): Map<string, Relationship> {
  const out = new Map<string, Relationship>();
  if (xml === undefined) return out;
  const p = rootPrefix(xml);
  for (const el of findElements(xml, p + 'Relationship')) {
    const id = el.attrs.Id;
    const target = el.attrs.Target;
    if (!id || target === undefined) continue;
    const external = el.attrs.TargetMode === 'External';
    out.set(id, { type: el.attrs.Type ?? '', target: external ? target : resolvePart(sourcePart, target), external });
  }
  return out;
}

export function relationshipKind(type: string): string {
  return type.slice(type.lastIndexOf('/') + 1);
}

export function parseWorkbookPart(xml: string, rels: Map<string, Relationship>): WorkbookInfo {
  const p = rootPrefix(xml);
  const pr = findElement(xml, p + 'workbookPr');
  const sheetsEl = findElement(xml, p + 'sheets');
  const sheets: SheetEntry[] = [];
  if (sheetsEl) {
    for (const el of findElements(xml, p + 'sheet', sheetsEl.contentStart, sheetsEl.contentEnd)) {
      const rel = rels.get(attrByLocalName(el.attrs, 'id') ?? '');
      const state = el.attrs.state;
      sheets.push({
        name: el.attrs.name ?? '',
        hidden: state === 'hidden' || state === 'veryHidden',
        part: rel && !rel.external ? rel.target : undefined,
        kind: rel ? relationshipKind(rel.type) : 'worksheet',
      });
    }
  }
  const byKind = (kind: string) => [...rels.values()].find((r) => !r.external && relationshipKind(r.type) === kind)?.target;
  return {
    date1904: isTrue(pr?.attrs.date1904),
    sheets,
    sharedStrings: byKind('sharedStrings'),
    styles: byKind('styles'),
  };
}

/** Resolves a relationship target against the part that holds the relationship. */
export function resolvePart(sourcePart: string, target: string): string {
  const base = target.startsWith('/') ? [] : sourcePart.split('/').slice(0, -1);
  for (const seg of target.replace(/\\/g, '/').split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') base.pop();
    else base.push(seg);
  }
  return base.join('/');
}
