import { parseStyles } from './styles-part';
import { findElement, findElements, rootPrefix } from './xml-scan';

/**
 * A date written into a cell whose style is no date format would read back as a bare serial
 * (44316). This adds, once per base style, a copy of that style with an ISO date format, so the
 * cell keeps its font, fill and borders and shows 2021-04-30.
 */
export class DateStyles {
  private xml: string;
  private readonly isDate: readonly boolean[];
  private readonly made = new Map<string, string>();
  private dateFormatId: number | undefined;
  changed = false;

  constructor(stylesXml: string) {
    this.xml = stylesXml;
    this.isDate = parseStyles(stylesXml).map((s) => s.isDate);
  }

  get stylesXml(): string {
    return this.xml;
  }

  /** A style index that shows a date, derived from `base` (the cell's or row's style). */
  forDate(base: string | undefined): string {
    const index = Number(base ?? 0);
    if (this.isDate[index]) return String(index);
    const cached = this.made.get(String(index));
    if (cached) return cached;
    const p = rootPrefix(this.xml);
    // Adding the format first: it shifts every position after numFmts.
    const fmt = this.ensureDateFormat();
    const again = findElement(this.xml, p + 'cellXfs');
    if (!again) throw new Error('styles.xml has no cellXfs');
    const xfs = findElements(this.xml, p + 'xf', again.contentStart, again.contentEnd);
    const source = xfs[index] ?? xfs[0];
    const baseXml = source ? this.xml.slice(source.start, source.end) : `<${p}xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>`;
    const copy = baseXml
      .replace(/\snumFmtId="[^"]*"/, '')
      .replace(/\sapplyNumberFormat="[^"]*"/, '')
      .replace(new RegExp(`^<${p}xf`), `<${p}xf numFmtId="${fmt}" applyNumberFormat="1"`);
    const count = xfs.length;
    const open = this.xml.slice(again.start, again.contentStart).replace(/count="\d+"/, `count="${count + 1}"`);
    this.xml = this.xml.slice(0, again.start) + open + this.xml.slice(again.contentStart, again.contentEnd) + copy + this.xml.slice(again.contentEnd);
    const made = String(count);
    this.made.set(String(index), made);
    this.changed = true;
    return made;
  }

  private ensureDateFormat(): number {
    if (this.dateFormatId !== undefined) return this.dateFormatId;
    const p = rootPrefix(this.xml);
    const numFmts = findElement(this.xml, p + 'numFmts');
    const existing = numFmts ? findElements(this.xml, p + 'numFmt', numFmts.contentStart, numFmts.contentEnd) : [];
    const iso = existing.find((f) => f.attrs.formatCode === 'yyyy-mm-dd');
    if (iso) return (this.dateFormatId = Number(iso.attrs.numFmtId));
    const id = Math.max(163, ...existing.map((f) => Number(f.attrs.numFmtId) || 0)) + 1;
    const fmt = `<${p}numFmt numFmtId="${id}" formatCode="yyyy-mm-dd"/>`;
    if (numFmts && numFmts.contentEnd !== numFmts.end) {
      const open = this.xml.slice(numFmts.start, numFmts.contentStart).replace(/count="\d+"/, `count="${existing.length + 1}"`);
      this.xml = this.xml.slice(0, numFmts.start) + open + this.xml.slice(numFmts.contentStart, numFmts.contentEnd) + fmt + this.xml.slice(numFmts.contentEnd);
    } else {
      // numFmts is the first child of styleSheet.
      const root = findElement(this.xml, p + 'styleSheet')!;
      const at = numFmts ? numFmts.start : root.contentStart;
      const end = numFmts ? numFmts.end : root.contentStart;
      this.xml = `${this.xml.slice(0, at)}<${p}numFmts count="1">${fmt}</${p}numFmts>${this.xml.slice(end)}`;
    }
    this.changed = true;
    return (this.dateFormatId = id);
  }
}
