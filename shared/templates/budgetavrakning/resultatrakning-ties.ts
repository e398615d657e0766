import type { CellPos, Sheet } from '../../grid';
import { nearlyEqual, numberAt } from '../../engine';
import type { LineKey as RrLine, ResultatrakningLayout } from '../resultatrakning/layout';
import type { BudgetavrakningLayout, LineKey } from './layout';

/**
 * How the budgetavräkning's outcome lines add up from the same closing's income statement (column
 * Totalt): the one table both reconciliation rules, same workbook and separate file, go by.
 */
export const RESULTATRAKNING_TIES: readonly { readonly line: LineKey; readonly rr: readonly RrLine[]; readonly parts: { readonly sv: string; readonly en: string } }[] = [
  {
    line: 'kostnader',
    rr: ['verksamhetensKostnader', 'avskrivningar', 'finansiellaKostnader'],
    parts: { sv: 'verksamhetens kostnader + avskrivningar + finansiella kostnader', en: 'operating costs + depreciation + financial costs' },
  },
  { line: 'intakter', rr: ['verksamhetensIntakter', 'finansiellaIntakter'], parts: { sv: 'verksamhetens intäkter + finansiella intäkter', en: 'operating income + financial income' } },
  { line: 'summaDrift', rr: ['aretsResultat'], parts: { sv: 'årets resultat', en: 'the year’s result' } },
];

export interface TieDifference {
  /** The budgetavräkning's outcome cell that disagrees. */
  readonly cell: CellPos;
  /** The income statement's last line of the tie, in its Totalt column. */
  readonly rrCell: CellPos;
  readonly line: string;
  readonly actual: number;
  readonly expected: number;
  readonly parts: (typeof RESULTATRAKNING_TIES)[number]['parts'];
}

/** Every outcome line that does not agree with the income statement, to the öre. */
export function tieDifferences(sheet: Sheet, layout: BudgetavrakningLayout, rr: { readonly sheet: Sheet; readonly layout: ResultatrakningLayout }): TieDifference[] {
  const out: TieDifference[] = [];
  const col = rr.layout.totalt.col;
  for (const tie of RESULTATRAKNING_TIES) {
    const row = layout.lines[tie.line];
    const rrRows = tie.rr.map((k) => rr.layout.lines[k]);
    if (row === undefined || rrRows.some((r) => r === undefined)) continue;
    const actual = numberAt(sheet, row, layout.utfall.col);
    if (actual === undefined) continue;
    const expected = rrRows.reduce<number>((s, r) => s + (numberAt(rr.sheet, r!, col) ?? 0), 0);
    if (nearlyEqual(actual, expected, 0.005)) continue;
    out.push({
      cell: { row, col: layout.utfall.col },
      rrCell: { row: rrRows.at(-1)!, col },
      line: sheet.text(row, layout.labelCol),
      actual,
      expected: Math.round(expected * 100) / 100,
      parts: tie.parts,
    });
  }
  return out;
}
