import type { CellPos, Sheet } from '../../grid';
import { numberAt } from '../../engine';
import { formatValue, type Localized } from '../../locale';
import { saysKronor, saysTkr } from './display';
import type { Block } from './layout';

/** A printed nyckeltal cell and the value its underlag gives. */
export interface RatioTarget {
  readonly block: Block;
  readonly cell: CellPos;
  readonly expected: number;
  readonly inputs: readonly CellPos[];
  /** The computation in words, for messages: "850 / 927". */
  readonly formula: Localized;
}

/**
 * The computable cells of a block. Two underlag columns: täljare / nämnare into the year's
 * nyckeltal (× 1 000 when the täljare is in tkr and the nyckeltal in kronor, NT 129). Six:
 * two täljare/nämnare/andel triples (NT 125–126), each andel computed, and the nyckeltal the
 * second andel over the first (a kvot). A target whose inputs are missing is not computed.
 */
export function ratioTargets(sheet: Sheet, block: Block): RatioTarget[] {
  const t = block.table;
  if (!t || !t.current) return [];
  const row = t.dataRow;
  const at = (col: number): CellPos => ({ row, col });
  const value = (col: number) => numberAt(sheet, row, col);
  const cols = t.underlag.map((u) => u.col);
  const out: RatioTarget[] = [];
  const n = (x: number): Localized => ({ sv: formatValue(x, 'sv'), en: formatValue(x, 'en') });
  if (cols.length === 2) {
    const [a, b] = [value(cols[0]!), value(cols[1]!)];
    if (a === undefined || b === undefined || b === 0) return [];
    const scale = saysTkr(t.underlag[0]!.header) && saysKronor(t.current.header) && !saysTkr(t.current.header) ? 1000 : 1;
    const formula = scale === 1 ? { sv: `${n(a).sv} / ${n(b).sv}`, en: `${n(a).en} / ${n(b).en}` } : { sv: `${n(a).sv} tkr × 1 000 / ${n(b).sv}`, en: `${n(a).en} tkr × 1,000 / ${n(b).en}` };
    out.push({ block, cell: at(t.current.col), expected: (a * scale) / b, inputs: cols.map(at), formula });
  } else if (cols.length === 6) {
    const [a, b, s1, c, d, s2] = cols as [number, number, number, number, number, number];
    const share = (num: number, den: number, target: number) => {
      const x = value(num);
      const y = value(den);
      if (x === undefined || y === undefined || y === 0) return undefined;
      out.push({ block, cell: at(target), expected: x / y, inputs: [at(num), at(den)], formula: { sv: `${n(x).sv} / ${n(y).sv}`, en: `${n(x).en} / ${n(y).en}` } });
      return x / y;
    };
    const first = share(a, b, s1);
    const second = share(c, d, s2);
    if (first !== undefined && second !== undefined && first !== 0) {
      out.push({
        block,
        cell: at(t.current.col),
        expected: second / first,
        inputs: [a, b, c, d].map(at),
        formula: { sv: `(${n(value(c)!).sv} / ${n(value(d)!).sv}) / (${n(value(a)!).sv} / ${n(value(b)!).sv})`, en: `(${n(value(c)!).en} / ${n(value(d)!).en}) / (${n(value(a)!).en} / ${n(value(b)!).en})` },
      });
    }
  }
  return out;
}
