import { BUILTIN_NUMBER_FORMATS, isDateFormat } from './number-format';
import { findElement, findElements, findTag, readStartTag, rootPrefix } from './xml-scan';

/** What a cell style index (`<c s="3">`) means for reading values. */
export interface CellStyle {
  /** The format code, or undefined for General. */
  readonly numFmt: string | undefined;
  readonly isDate: boolean;
}

const GENERAL: CellStyle = Object.freeze({ numFmt: undefined, isDate: false });

/** Styles by index in `<cellXfs>`; index 0 (and any missing index) is General. */
export function parseStyles(xml: string | undefined): readonly CellStyle[] {
  if (xml === undefined) return [];
  const p = rootPrefix(xml);
  const custom = new Map<number, string>();
  const numFmts = findElement(xml, p + 'numFmts');
  if (numFmts) {
    for (const f of findElements(xml, p + 'numFmt', numFmts.contentStart, numFmts.contentEnd)) {
      const id = Number(f.attrs.numFmtId);
      if (Number.isInteger(id) && f.attrs.formatCode !== undefined) custom.set(id, f.attrs.formatCode);
    }
  }
  const cellXfs = findElement(xml, p + 'cellXfs');
  if (!cellXfs) return [];
  const byFormat = new Map<number, CellStyle>();
  const styles: CellStyle[] = [];
  const xf = p + 'xf';
  for (let i = findTag(xml, xf, cellXfs.contentStart, cellXfs.contentEnd); i !== -1; ) {
    const tag = readStartTag(xml, i + 1 + xf.length);
    const id = Number(tag.attrs.numFmtId ?? 0);
    let style = byFormat.get(id);
    if (!style) {
      const code = custom.get(id) ?? BUILTIN_NUMBER_FORMATS[id];
      style = id === 0 ? GENERAL : { numFmt: code === 'General' ? undefined : code, isDate: isDateFormat(id, code) };
      byFormat.set(id, style);
    }
    styles.push(style);
    i = findTag(xml, xf, tag.after, cellXfs.contentEnd);
  }
  return styles;
}
