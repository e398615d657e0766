import { type CellValue, columnLetters, parseA1 } from '../../../shared/grid';
import { DateStyles } from './date-style';
import { parseRelationships, parseWorkbookPart, relsPartOf } from './workbook-part';
import { type XmlElement, findElement, findElements, rootPrefix } from './xml-scan';
import { listEntries, readEntry, rewriteZip } from './zip-rewrite';

/** One cell to write: the new value, and the formula when the template owns one there. */
export interface CellPatch {
  readonly sheet: string;
  readonly cell: string;
  readonly value: CellValue;
  readonly formula?: string;
}

export class PatchError extends Error {
  constructor(
    readonly sv: string,
    readonly en: string,
  ) {
    super(en);
  }
}

const utf8 = new TextDecoder('utf-8');
const encoder = new TextEncoder();

/**
 * Writes cell values into a copy of an .xlsx by editing only the `<c>` elements concerned (and
 * the rows that hold them). Styles stay (the `s` attribute is kept), as do comments, merges,
 * widths, charts and every other part, byte for byte. The calculation chain is dropped and a full
 * recalculation requested, so Excel recomputes formulas that depend on the new values on open.
 */
export function patchWorkbookBytes(bytes: Uint8Array, patches: readonly CellPatch[]): Uint8Array {
  if (patches.length === 0) return bytes.slice();
  const entries = listEntries(bytes);
  const byName = new Map(entries.map((e) => [e.name, e]));
  const text = (name: string) => {
    const e = byName.get(name);
    return e ? utf8.decode(readEntry(bytes, e)) : undefined;
  };
  const workbookXml = text('xl/workbook.xml');
  if (workbookXml === undefined) throw new PatchError('Arbetsboken saknar xl/workbook.xml.', 'The workbook has no xl/workbook.xml.');
  const relsName = relsPartOf('xl/workbook.xml');
  const relsXml = text(relsName);
  const info = parseWorkbookPart(workbookXml, parseRelationships(relsXml, 'xl/workbook.xml'));
  const date1904 = info.date1904;
  const stylesXml = info.styles ? text(info.styles) : undefined;
  const dateStyles = stylesXml !== undefined ? new DateStyles(stylesXml) : undefined;

  const replace = new Map<string, Uint8Array>();
  const bySheet = new Map<string, CellPatch[]>();
  for (const p of patches) {
    const list = bySheet.get(p.sheet);
    if (list) list.push(p);
    else bySheet.set(p.sheet, [p]);
  }
  for (const [sheetName, sheetPatches] of bySheet) {
    const entry = info.sheets.find((s) => s.name === sheetName);
    if (!entry?.part || entry.kind !== 'worksheet') {
      throw new PatchError(`Bladet "${sheetName}" finns inte i arbetsboken.`, `Sheet "${sheetName}" is not in the workbook.`);
    }
    const xml = text(entry.part);
    if (xml === undefined) throw new PatchError(`Bladet "${sheetName}" saknas i filen.`, `Sheet part for "${sheetName}" is missing.`);
    replace.set(entry.part, encoder.encode(patchSheetXml(xml, sheetName, sheetPatches, { date1904, dateStyles })));
  }

  const drop = new Set<string>();
  if (byName.has('xl/calcChain.xml')) {
    drop.add('xl/calcChain.xml');
    const types = text('[Content_Types].xml');
    if (types !== undefined) replace.set('[Content_Types].xml', encoder.encode(types.replace(/<Override[^>]*PartName="\/xl\/calcChain\.xml"[^>]*\/>/, '')));
    if (relsXml !== undefined) replace.set(relsName, encoder.encode(relsXml.replace(/<Relationship[^>]*Target="[^"]*calcChain\.xml"[^>]*\/>/, '')));
  }
  if (dateStyles?.changed && info.styles) replace.set(info.styles, encoder.encode(dateStyles.stylesXml));
  replace.set('xl/workbook.xml', encoder.encode(requestFullCalc(workbookXml)));
  return rewriteZip(bytes, replace, drop);
}

interface Op {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

interface WriteContext {
  readonly date1904: boolean;
  readonly dateStyles: DateStyles | undefined;
}

function patchSheetXml(xml: string, sheetName: string, patches: readonly CellPatch[], w: WriteContext): string {
  const p = rootPrefix(xml);
  if (findElement(xml, p + 'sheetProtection')?.attrs.sheet === '1' || findElement(xml, p + 'sheetProtection')?.attrs.sheet === 'true') {
    throw new PatchError(`Bladet "${sheetName}" är skyddat; inget har skrivits.`, `Sheet "${sheetName}" is protected; nothing was written.`);
  }
  const sheetData = findElement(xml, p + 'sheetData');
  if (!sheetData) throw new PatchError(`Bladet "${sheetName}" saknar celldata.`, `Sheet "${sheetName}" has no sheetData.`);
  const ops: Op[] = [];
  const byRow = new Map<number, { col: number; a1: string; patch: CellPatch }[]>();
  for (const patch of patches) {
    const { row, col } = parseA1(patch.cell);
    const a1 = patch.cell.toUpperCase().replace(/\$/g, '');
    byRow.set(row + 1, [...(byRow.get(row + 1) ?? []).filter((c) => c.a1 !== a1), { col, a1, patch }].sort((a, b) => a.col - b.col));
  }
  const rows = findElements(xml, p + 'row', sheetData.contentStart, sheetData.contentEnd);
  const rowNumber = (el: XmlElement, i: number) => Number(el.attrs.r ?? i + 1);
  // Looked up once per patched row; a scan each time was quadratic on sheets of thousands of rows.
  const rowIndex = new Map<number, number>();
  rows.forEach((el, i) => {
    if (!rowIndex.has(rowNumber(el, i))) rowIndex.set(rowNumber(el, i), i);
  });
  const newRows: { at: number; text: string }[] = [];
  for (const [r, cells] of [...byRow].sort((a, b) => a[0] - b[0])) {
    const index = rowIndex.get(r) ?? -1;
    if (index === -1) {
      const after = rows.find((el, i) => rowNumber(el, i) > r);
      const body = cells.map((c) => cellXml(p, c.a1, undefined, c.patch, w)).join('');
      newRows.push({ at: after ? after.start : sheetData.contentEnd, text: `<${p}row r="${r}">${body}</${p}row>` });
      continue;
    }
    const row = rows[index]!;
    const selfClosing = row.contentEnd === row.end;
    const existing = selfClosing ? [] : findElements(xml, p + 'c', row.contentStart, row.contentEnd);
    // Parsing every cell's address for every insert was most of the patch time on a 6 700-row T01
    // (13 400 inserts). A row holds its cells in column order (the schema requires it) and fills
    // mostly append, so the cell an insert goes before is looked for from the row's end.
    const cols: (number | undefined)[] = [];
    const colOf = (i: number) => (cols[i] ??= parseA1(existing[i]!.attrs.r!).col);
    const firstAfter = (col: number): XmlElement | undefined => {
      let next: XmlElement | undefined;
      for (let i = existing.length - 1; i >= 0; i--) {
        if (existing[i]!.attrs.r === undefined) continue;
        if (colOf(i) <= col) break;
        next = existing[i];
      }
      return next;
    };
    const inserts: { at: number; text: string }[] = [];
    for (const c of cells) {
      const hit = existing.find((el) => el.attrs.r?.toUpperCase() === c.a1);
      if (hit) {
        guardFormula(xml, p, hit, sheetName, c.a1);
        ops.push({ start: hit.start, end: hit.end, text: cellXml(p, c.a1, hit.attrs.s, c.patch, w) });
        continue;
      }
      const next = firstAfter(c.col);
      inserts.push({ at: next ? next.start : row.contentEnd, text: cellXml(p, c.a1, row.attrs.s, c.patch, w) });
    }
    if (inserts.length === 0) continue;
    // Cells outside the row's declared span would make `spans` lie; the attribute is only a hint.
    const startTag = xml.slice(row.start, row.contentStart).replace(/\s+spans="[^"]*"/, '');
    if (selfClosing) {
      ops.push({ start: row.start, end: row.end, text: `${startTag.replace(/\s*\/>$/, '>')}${inserts.map((i) => i.text).join('')}</${p}row>` });
    } else {
      ops.push({ start: row.start, end: row.contentStart, text: startTag });
      for (const ins of groupInserts(inserts)) ops.push({ start: ins.at, end: ins.at, text: ins.text });
    }
  }
  for (const ins of groupInserts(newRows)) ops.push({ start: ins.at, end: ins.at, text: ins.text });

  let out = xml;
  if (sheetData.contentEnd === sheetData.end && ops.length > 0) {
    // <sheetData/>: open it so rows can go inside.
    const body = ops.map((o) => o.text).join('');
    out = `${xml.slice(0, sheetData.start)}<${p}sheetData>${body}</${p}sheetData>${xml.slice(sheetData.end)}`;
  } else {
    // One pass in document order: slicing the whole part once per op was quadratic (13 400 cells
    // of a 6 700-row T01 took minutes). At one position an insert (end = start) goes first.
    const parts: string[] = [];
    let at = 0;
    for (const op of [...ops].sort((a, b) => a.start - b.start || a.end - b.end)) {
      parts.push(xml.slice(at, op.start), op.text);
      at = op.end;
    }
    parts.push(xml.slice(at));
    out = parts.join('');
  }
  return widenDimension(out, p, patches);
}

function groupInserts(inserts: readonly { at: number; text: string }[]): { at: number; text: string }[] {
  const by = new Map<number, string>();
  for (const i of inserts) by.set(i.at, (by.get(i.at) ?? '') + i.text);
  return [...by].map(([at, text]) => ({ at, text }));
}

function guardFormula(xml: string, p: string, cell: XmlElement, sheet: string, a1: string): void {
  const f = findElement(xml, p + 'f', cell.contentStart, cell.contentEnd);
  if (!f) return;
  if (f.attrs.t === 'array' || (f.attrs.t === 'shared' && f.attrs.ref !== undefined)) {
    throw new PatchError(
      `Cellen ${sheet}!${a1} bär en delad formel eller matrisformel som andra celler bygger på; den ändras inte.`,
      `Cell ${sheet}!${a1} holds a shared or array formula other cells depend on; it is not changed.`,
    );
  }
}

function cellXml(p: string, a1: string, base: string | undefined, patch: CellPatch, w: WriteContext): string {
  const style = patch.value.kind === 'date' && w.dateStyles ? w.dateStyles.forDate(base) : base;
  const s = style !== undefined ? ` s="${escapeXml(style)}"` : '';
  const f = patch.formula !== undefined ? `<${p}f>${escapeXml(patch.formula.replace(/^=/, ''))}</${p}f>` : '';
  const v = patch.value;
  switch (v.kind) {
    case 'empty':
      return f ? `<${p}c r="${a1}"${s}>${f}</${p}c>` : `<${p}c r="${a1}"${s}/>`;
    case 'number':
      return `<${p}c r="${a1}"${s}>${f}<${p}v>${numberText(v.value)}</${p}v></${p}c>`;
    case 'date':
      return `<${p}c r="${a1}"${s}>${f}<${p}v>${isoToExcelSerial(v.value, w.date1904)}</${p}v></${p}c>`;
    case 'boolean':
      return `<${p}c r="${a1}"${s} t="b">${f}<${p}v>${v.value ? 1 : 0}</${p}v></${p}c>`;
    case 'error':
      return `<${p}c r="${a1}"${s} t="e">${f}<${p}v>${escapeXml(v.value)}</${p}v></${p}c>`;
    case 'text':
      return f
        ? `<${p}c r="${a1}"${s} t="str">${f}<${p}v>${escapeXString(v.value)}</${p}v></${p}c>`
        : `<${p}c r="${a1}"${s} t="inlineStr"><${p}is><${p}t xml:space="preserve">${escapeXString(v.value)}</${p}t></${p}is></${p}c>`;
  }
}

function numberText(n: number): string {
  if (!Number.isFinite(n)) throw new PatchError(`Talet ${n} kan inte skrivas.`, `Cannot write non-finite number ${n}.`);
  return String(Object.is(n, -0) ? 0 : n);
}

const DAY_MS = 86_400_000;

/** Inverse of the reader's excelSerialToIso (Excel's phantom 1900-02-29 included). */
export function isoToExcelSerial(iso: string, date1904: boolean): number {
  const ms = Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
  if (date1904) return Math.round((ms - Date.UTC(1904, 0, 1)) / DAY_MS);
  const days = Math.round((ms - Date.UTC(1899, 11, 30)) / DAY_MS);
  return days < 61 ? days - 1 : days;
}

function escapeXml(s: string): string {
  return s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}

/** Characters XML 1.0 cannot hold go as OOXML's `_xHHHH_`; a literal `_xHHHH_` is itself escaped. */
function escapeXString(s: string): string {
  return escapeXml(s.replace(/_x([0-9a-fA-F]{4})_/g, '_x005F_x$1_')).replace(
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g,
    (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`,
  );
}

function requestFullCalc(xml: string): string {
  const p = rootPrefix(xml);
  const calc = findElement(xml, p + 'calcPr');
  if (calc) {
    const tag = xml.slice(calc.start, calc.contentStart);
    const next = /fullCalcOnLoad="[^"]*"/.test(tag) ? tag.replace(/fullCalcOnLoad="[^"]*"/, 'fullCalcOnLoad="1"') : tag.replace(/(\s*\/?>)$/, ' fullCalcOnLoad="1"$1');
    return xml.slice(0, calc.start) + next + xml.slice(calc.contentStart);
  }
  // CT_Workbook is a sequence: calcPr goes before these elements, or last.
  const later = ['oleSize', 'customWorkbookViews', 'pivotCaches', 'smartTagPr', 'smartTagTypes', 'webPublishing', 'fileRecoveryPr', 'webPublishObjects', 'extLst']
    .map((n) => findElement(xml, p + n)?.start)
    .filter((i): i is number => i !== undefined);
  const at = later.length ? Math.min(...later) : xml.lastIndexOf(`</${p}workbook>`);
  return `${xml.slice(0, at)}<${p}calcPr fullCalcOnLoad="1"/>${xml.slice(at)}`;
}

function widenDimension(xml: string, p: string, patches: readonly CellPatch[]): string {
  const dim = findElement(xml, p + 'dimension');
  const ref = dim?.attrs.ref;
  if (!dim || !ref) return xml;
  const [a, b] = ref.split(':');
  try {
    const end = parseA1(b ?? a!);
    let maxRow = end.row;
    let maxCol = end.col;
    for (const patch of patches) {
      const { row, col } = parseA1(patch.cell);
      maxRow = Math.max(maxRow, row);
      maxCol = Math.max(maxCol, col);
    }
    if (maxRow === end.row && maxCol === end.col) return xml;
    const next = `${a}:${columnLetters(maxCol)}${maxRow + 1}`;
    return xml.slice(0, dim.start) + xml.slice(dim.start, dim.end).replace(/ref="[^"]*"/, `ref="${next}"`) + xml.slice(dim.end);
  } catch {
    return xml;
  }
}
