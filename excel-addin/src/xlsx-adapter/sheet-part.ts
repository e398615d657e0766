import { type Cell, type CellValue, ColumnShadowBuilder, type ColumnShadow, SHADOW_KIND, SHADOW_MAX_FORMATS, ShadowTooSparse, shadowCode, toA1 } from '../../../shared/grid';
import { dayOfIso, isoOfDay } from '../../../shared/locale';
import type { CellStyle } from './styles-part';
import { excelSerialToDay } from './excel-date';
import { shiftFormula } from './shift-formula';
import { decodeEntities, decodeXString, detached, findElements, findTag, isNameEnd, isTrue, readStartTag, richText, rootPrefix, StartTag } from './xml-scan';

export interface SheetContext {
  readonly strings: readonly string[];
  readonly styles: readonly CellStyle[];
  readonly date1904: boolean;
}

/** A sheet's rows as the reader leaves them: a row without a cell object is undefined. */
type Rows = ((Cell | undefined)[] | undefined)[];

export interface SheetContent {
  readonly rows: Rows;
  /** Rows holding a formula, ascending: noted while parsing, so no one scans every cell for them. */
  readonly formulaRows: readonly number[];
  /**
   * Every cell's kind and number in typed columns, filled in the same pass (see ColumnShadow). The
   * typed numbers, dates and texts are kept there alone: rows has no object for them. Undefined
   * when the cells are too sparse for columns (see ShadowTooSparse): rows then holds every cell.
   */
  readonly shadow: ColumnShadow | undefined;
  readonly merges: string[];
  readonly protected: boolean;
}

const EMPTY: CellValue = Object.freeze({ kind: 'empty' });
const TRUE: CellValue = Object.freeze({ kind: 'boolean', value: true });
const FALSE: CellValue = Object.freeze({ kind: 'boolean', value: false });
const NO_STYLE: CellStyle = Object.freeze({ numFmt: undefined, isDate: false });

const GT = 62;
const SLASH = 47;
const QUOTE = 34;
const MAX_ROWS = 1_048_576;
const MAX_COLS = 16_384;
const APOS = 39;

interface SharedMaster {
  readonly formula: string;
  readonly row: number;
  readonly col: number;
}

/**
 * One worksheet part → rows of cells. A single forward pass with indexOf over the XML string: cells
 * are parsed where they stand (attributes r/s/t, then `<f>`, `<v>`, `<is>`), never through a DOM.
 */
export function parseSheet(xml: string, ctx: SheetContext): SheetContent {
  const p = rootPrefix(xml);
  const plen = p.length;
  let rows: Rows = [];
  let formulaRows: number[] = [];
  // A cell's number format is its style's, so a style's index (plus one: 0 is none) is the format's.
  const numFmts = [undefined, ...ctx.styles.slice(0, SHADOW_MAX_FORMATS - 1).map((s) => s.numFmt)];
  let shadow: ColumnShadowBuilder | undefined = new ColumnShadowBuilder(numFmts);
  let after = 0;
  const dataStart = findTag(xml, p + 'sheetData', 0);
  if (dataStart !== -1) {
    const gt = xml.indexOf('>', dataStart);
    if (gt === -1) throw new SyntaxError('unterminated <sheetData>');
    if (xml.charCodeAt(gt - 1) === SLASH) {
      after = gt + 1;
    } else {
      const closeTag = '</' + p + 'sheetData>';
      const dataEnd = xml.indexOf(closeTag, gt);
      if (dataEnd === -1) throw new SyntaxError('unterminated <sheetData>');
      try {
        readCells(xml, gt + 1, dataEnd, p, plen, ctx, rows, formulaRows, shadow);
      } catch (error) {
        if (!(error instanceof ShadowTooSparse)) throw error;
        // Read again, every cell an object, as sparse rows hold them at no cost per empty cell.
        [rows, formulaRows, shadow] = [[], [], undefined];
        readCells(xml, gt + 1, dataEnd, p, plen, ctx, rows, formulaRows, undefined);
      }
      after = dataEnd + closeTag.length;
    }
  }
  let isProtected = false;
  const prot = findTag(xml, p + 'sheetProtection', after);
  if (prot !== -1) isProtected = isTrue(readStartTag(xml, prot + 1 + plen + 'sheetProtection'.length).attrs.sheet);
  const merges: string[] = [];
  const mergeCells = findTag(xml, p + 'mergeCells', after);
  if (mergeCells !== -1) {
    for (const m of findElements(xml, p + 'mergeCell', mergeCells)) if (m.attrs.ref) merges.push(m.attrs.ref);
  }
  return { rows, formulaRows: ascendingUnique(formulaRows), shadow: shadow?.build(), merges, protected: isProtected };
}

function readCells(
  xml: string,
  start: number,
  end: number,
  p: string,
  plen: number,
  ctx: SheetContext,
  rows: Rows,
  formulaRows: number[],
  shadow: ColumnShadowBuilder | undefined,
): void {
  const cellClose = '</' + p + 'c>';
  const masters = new Map<string, SharedMaster>();
  let row = -1;
  let col = -1;
  // The current row's cell objects, made only when one is kept: a typed constant is the shadow's
  // alone, so most rows of a filled template need none. Made for every row, the empty arrays lived
  // on while the rules ran, and V8 took their allocation for long-lived and moved it to the old
  // generation, throwing readCells' optimised code away each time it changed its mind.
  let cells: (Cell | undefined)[] | undefined;
  // The last row with a cell, self-closing ones too: the sheet is that long, as it always was.
  let lastRow = -1;
  let phonetic: boolean | undefined;
  let i = start;
  for (;;) {
    i = xml.indexOf('<', i);
    if (i === -1 || i >= end) {
      padRows(rows, lastRow + 1);
      return;
    }
    if (xml.charCodeAt(i + 1) === SLASH) {
      i = xml.indexOf('>', i) + 1;
      if (i === 0) throw new SyntaxError('unterminated tag');
      continue;
    }
    const n = i + 1 + plen;
    const c0 = xml.charCodeAt(n);
    if (c0 === 99 /* c */ && isNameEnd(xml.charCodeAt(n + 1))) {
      // Attributes: r (A1 ref), s (style index), t (value type).
      let k = n + 1;
      let refStart = -1;
      let refEnd = -1;
      let style = 0;
      let type = '';
      let selfClosing = false;
      for (;;) {
        let ch = xml.charCodeAt(k);
        while (ch <= 32) ch = xml.charCodeAt(++k);
        if (ch === GT) {
          k++;
          break;
        }
        if (ch === SLASH) {
          selfClosing = true;
          k = xml.indexOf('>', k) + 1;
          break;
        }
        if (Number.isNaN(ch)) throw new SyntaxError('unterminated <c>');
        const eq = xml.indexOf('=', k);
        if (eq === -1) throw new SyntaxError('unterminated <c>');
        const nameLen = eq - k;
        let q = eq + 1;
        while (xml.charCodeAt(q) <= 32) q++;
        const quote = xml.charCodeAt(q);
        if (quote !== QUOTE && quote !== APOS) throw new SyntaxError('unquoted attribute in <c>');
        const vEnd = xml.indexOf(quote === QUOTE ? '"' : "'", q + 1);
        if (vEnd === -1) throw new SyntaxError('unterminated <c>');
        if (nameLen === 1) {
          const a = xml.charCodeAt(k);
          if (a === 114 /* r */) {
            refStart = q + 1;
            refEnd = vEnd;
          } else if (a === 115 /* s */) {
            style = parseIntRange(xml, q + 1, vEnd);
          } else if (a === 116 /* t */) {
            type = xml.slice(q + 1, vEnd);
          }
        }
        k = vEnd + 1;
      }
      // Position: from r when present, else the next column of the current row.
      if (refStart !== -1) {
        let c = 0;
        let j = refStart;
        for (; j < refEnd; j++) {
          const ch = xml.charCodeAt(j);
          if (ch >= 65 && ch <= 90) c = c * 26 + ch - 64;
          else if (ch >= 97 && ch <= 122) c = c * 26 + ch - 96;
          else if (ch !== 36) break;
        }
        const r = parseIntRange(xml, xml.charCodeAt(j) === 36 ? j + 1 : j, refEnd);
        col = c - 1;
        if (r > 0 && r - 1 !== row) {
          row = r - 1;
          cells = rows[row];
        }
      } else {
        col++;
      }
      // Excel's own bounds; a crafted XFD-beyond reference would otherwise make a huge sparse row.
      if (col < 0 || row < 0 || col >= MAX_COLS || row >= MAX_ROWS) throw new SyntaxError('cell reference outside the sheet');
      if (row > lastRow) lastRow = row;
      if (selfClosing) {
        i = k;
        continue;
      }
      const cellEnd = xml.indexOf(cellClose, k);
      if (cellEnd === -1) throw new SyntaxError('unterminated <c>');
      i = cellEnd + cellClose.length;

      let vStart = -1;
      let vEnd = -1;
      let formula: string | undefined;
      let inline: string | undefined;
      for (let j = xml.indexOf('<', k); j !== -1 && j < cellEnd; j = xml.indexOf('<', j)) {
        const m = j + 1 + plen;
        const e0 = xml.charCodeAt(m);
        if (xml.charCodeAt(j + 1) === SLASH) {
          j = xml.indexOf('>', j) + 1;
        } else if (e0 === 118 /* v */ && isNameEnd(xml.charCodeAt(m + 1))) {
          const gt = xml.indexOf('>', m);
          if (xml.charCodeAt(gt - 1) === SLASH) {
            j = gt + 1;
          } else {
            vStart = gt + 1;
            vEnd = xml.indexOf('<', vStart);
            j = vEnd;
          }
        } else if (e0 === 102 /* f */ && isNameEnd(xml.charCodeAt(m + 1))) {
          const tag = readStartTag(xml, m + 1);
          let text = '';
          if (tag.selfClosing) {
            j = tag.after;
          } else {
            const fEnd = xml.indexOf('<', tag.after);
            text = detached(decodeEntities(xml.slice(tag.after, fEnd)));
            j = fEnd;
          }
          formula = resolveFormula(text, tag.attrs, row, col, masters);
        } else if (e0 === 105 /* i */ && xml.charCodeAt(m + 1) === 115 /* s */ && isNameEnd(xml.charCodeAt(m + 2))) {
          const isClose = xml.indexOf('</' + p + 'is>', m);
          const stop = isClose === -1 || isClose > cellEnd ? cellEnd : isClose;
          phonetic ??= xml.includes('<' + p + 'rPh');
          inline = detached(richText(xml, m, stop, p, phonetic));
          j = stop;
        } else {
          j = xml.indexOf('>', j) + 1;
        }
      }

      const styleInfo = ctx.styles[style] ?? NO_STYLE;
      // A typed constant (number, date, text) is held by the shadow alone (see keepTyped).
      const format = style < ctx.styles.length ? style + 1 : 0;
      const typedInto = formula === undefined && format < SHADOW_MAX_FORMATS ? shadow : undefined;
      let value: CellValue;
      let shadowNumber = Number.NaN;
      if (type === 'inlineStr') {
        if (inline !== undefined && typedInto) {
          keepTyped(typedInto, cells, row, col, SHADOW_KIND.text, Number.NaN, format, inline);
          continue;
        }
        value = inline === undefined ? EMPTY : { kind: 'text', value: inline };
      } else if (vStart === -1) {
        value = EMPTY;
      } else if (type === '' || type === 'n') {
        const num = parseNumber(xml, vStart, vEnd);
        if (Number.isNaN(num)) throw new SyntaxError(`number expected in ${toA1(row, col)}`);
        const day = styleInfo.isDate ? excelSerialToDay(num, ctx.date1904) : undefined;
        if (typedInto) {
          keepTyped(typedInto, cells, row, col, day === undefined ? SHADOW_KIND.number : SHADOW_KIND.date, day ?? num, format);
          continue;
        }
        value = day === undefined ? { kind: 'number', value: num } : { kind: 'date', value: isoOfDay(day) };
        shadowNumber = day ?? num;
      } else if (type === 's') {
        const s = sharedString(ctx, parseIntRange(xml, vStart, vEnd), row, col);
        if (typedInto) {
          keepTyped(typedInto, cells, row, col, SHADOW_KIND.text, Number.NaN, format, s);
          continue;
        }
        value = { kind: 'text', value: s };
      } else if (type === 'str') {
        value = { kind: 'text', value: detached(decodeXString(xml.slice(vStart, vEnd))) };
      } else if (type === 'b') {
        const b = xml.slice(vStart, vEnd).trim();
        value = b === '1' || b === 'true' ? TRUE : FALSE;
      } else if (type === 'e') {
        value = { kind: 'error', value: detached(decodeEntities(xml.slice(vStart, vEnd))) };
      } else if (type === 'd') {
        value = { kind: 'date', value: xml.slice(vStart, vStart + 10) };
        shadowNumber = dayOfIso(value.value) ?? Number.NaN;
      } else {
        throw new SyntaxError(`unknown cell type '${type}'`);
      }
      if (value === EMPTY && formula === undefined) continue;
      if (formula !== undefined && formulaRows[formulaRows.length - 1] !== row) formulaRows.push(row);
      shadow?.put(row, col, shadowCode(value.kind, formula !== undefined), shadowNumber);
      const numFmt = styleInfo.numFmt;
      cells ??= rowAt(rows, row);
      cells[col] =
        formula === undefined
          ? numFmt === undefined
            ? { value }
            : { value, numFmt }
          : numFmt === undefined
            ? { value, formula }
            : { value, formula, numFmt };
    } else if (
      c0 === 114 /* r */ &&
      xml.charCodeAt(n + 1) === 111 /* o */ &&
      xml.charCodeAt(n + 2) === 119 /* w */ &&
      isNameEnd(xml.charCodeAt(n + 3))
    ) {
      const tag = new StartTag(n + 3);
      let rowNumber: string | undefined;
      while (tag.next(xml)) if (tag.isNamed(xml, 'r')) rowNumber = tag.value(xml);
      const r = rowNumber === undefined ? row + 2 : Number(rowNumber);
      if (!Number.isInteger(r) || r < 1 || r > MAX_ROWS) throw new SyntaxError('bad row number');
      row = r - 1;
      col = -1;
      cells = rows[row];
      i = tag.after;
    } else {
      i = xml.indexOf('>', i) + 1;
      if (i === 0) throw new SyntaxError('unterminated tag');
    }
  }
}

/** Rows come in order in files Excel writes; a file that does not keep it is put in order here. */
function ascendingUnique(rows: number[]): number[] {
  for (let i = 1; i < rows.length; i++) if (rows[i]! <= rows[i - 1]!) return [...new Set(rows)].sort((a, b) => a - b);
  return rows;
}

function rowAt(rows: Rows, row: number): (Cell | undefined)[] {
  let r = rows[row];
  if (!r) {
    padRows(rows, row);
    r = [];
    rows[row] = r;
  }
  return r;
}

/**
 * Rows up to `length` filled with undefined, not left as holes: a far index on a short array would
 * turn it into a dictionary, and every cell lookup after into a hash lookup.
 */
function padRows(rows: Rows, length: number): void {
  while (rows.length < length) rows.push(undefined);
}

/**
 * Keeps a typed constant in the shadow alone, with no cell object: the sheet makes the cell when
 * asked for it (see Sheet). A repeated reference replaces the cell before it.
 */
function keepTyped(shadow: ColumnShadowBuilder, cells: (Cell | undefined)[] | undefined, row: number, col: number, code: number, number: number, format: number, text?: string): void {
  shadow.put(row, col, code, number, format, text);
  if (cells !== undefined && cells[col] !== undefined) cells[col] = undefined;
}

function sharedString(ctx: SheetContext, index: number, row: number, col: number): string {
  const s = ctx.strings[index];
  if (s === undefined) throw new SyntaxError(`shared string ${index} missing (${toA1(row, col)})`);
  return s;
}

// Newer functions are stored with a compatibility prefix (_xlfn.IFS); Excel and Office.js show them without.
const FUTURE_FUNCTION = /_xl(?:fn|ws)\./g;

function resolveFormula(
  text: string,
  attrs: Readonly<Record<string, string>>,
  row: number,
  col: number,
  masters: Map<string, SharedMaster>,
): string | undefined {
  const clean = (f: string) => (f.includes('_xl') ? f.replace(FUTURE_FUNCTION, '') : f);
  if (attrs.t === 'shared' && attrs.si !== undefined) {
    if (text !== '') {
      const formula = clean(text);
      masters.set(attrs.si, { formula, row, col });
      return formula;
    }
    const master = masters.get(attrs.si);
    return master ? shiftFormula(master.formula, row - master.row, col - master.col) : undefined;
  }
  return text === '' ? undefined : clean(text);
}

/**
 * Number(text) without the substring, for the common '1163.6' / '-82' forms: up to 15 digits fit
 * an exact integer and 10^k is exact, so one division rounds exactly as Number() would. Anything
 * else (exponents, 17-digit values Excel writes) takes Number().
 */
function parseNumber(s: string, from: number, to: number): number {
  let i = from;
  const negative = s.charCodeAt(i) === 45;
  if (negative) i++;
  let n = 0;
  let digits = 0;
  let scale = 1;
  for (; i < to; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) break;
    n = n * 10 + d;
    digits++;
  }
  if (i < to && s.charCodeAt(i) === 46) {
    for (i++; i < to; i++) {
      const d = s.charCodeAt(i) - 48;
      if (d < 0 || d > 9) break;
      n = n * 10 + d;
      scale *= 10;
      digits++;
    }
  }
  if (i !== to || digits === 0 || digits > 15) return Number(s.slice(from, to));
  return negative ? -(n / scale) : n / scale;
}

function parseIntRange(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return i === from ? Number.NaN : n;
    n = n * 10 + d;
  }
  return n;
}
