// "4 Nämndens budget efter omslutningsförändringar och begärda budgetjusteringar (1+2+3)" and the
// summing lines "Kostnader", "Intäkter (-)" and "Netto" over their rows — the cost analysis as
// printed (VP 2022, 001 rad 1692–1745; no written instruction). The city's sheet computes these
// cells: column 4 of every line under Kostnader and Intäkter (-), each summing line in every
// column, and Netto = Kostnader + Intäkter (-). A number typed over them stops following the rows.
import { checks } from '../../../engine';
import type { TemplateFormulaCell } from '../../../engine/checks';
import { columnLetters } from '../../../grid';
import type { Block, KostnadsanalysLayout } from '../layout';

function* ownedCells({ layout }: { layout: KostnadsanalysLayout }): Iterable<TemplateFormulaCell> {
  const { ursprunglig, omslutning, begarda, efter } = layout.byKey;
  const blocks = [layout.kostnader, ...(layout.intakter ? [layout.intakter] : [])];
  if (ursprunglig && omslutning && begarda && efter) {
    const [a, b, c] = [ursprunglig, omslutning, begarda].map((k) => columnLetters(k.col));
    for (const row of blocks.flatMap((block) => block.rows)) yield { cell: { row, col: efter.col }, formula: `${a}${row + 1}+${b}${row + 1}+${c}${row + 1}` };
  }
  for (const { col } of layout.columns) {
    const l = columnLetters(col);
    for (const block of blocks) {
      const last = lastRowOf(block);
      if (last !== undefined) yield { cell: { row: block.row, col }, formula: `SUM(${l}${block.row + 2}:${l}${last + 1})` };
    }
    if (layout.netto && layout.intakter) {
      yield { cell: { row: layout.netto.row, col }, formula: `${l}${layout.kostnader.row + 1}+${l}${layout.intakter.row + 1}` };
    }
  }
}

function lastRowOf(block: Block): number | undefined {
  return block.rows.length === 0 ? undefined : Math.max(...block.rows);
}

export default checks.templateFormula<KostnadsanalysLayout>({
  id: 'kostnadsanalys/template-formulas-intact',
  docs: {
    sv: 'Arkets formler står kvar: kolumn 4 (1+2+3) på varje rad under Kostnader och Intäkter (-), summaraderna Kostnader och Intäkter (-) i varje kolumn och Netto = Kostnader + Intäkter (-). Ett inskrivet tal är en varning när det stämmer och ett fel när det inte gör det.',
    en: 'The sheet’s formulas stay: column 4 (1+2+3) on every line under Kostnader and Intäkter (-), the summing lines Kostnader and Intäkter (-) in every column, and Netto = Kostnader + Intäkter (-). A typed number is a warning while it agrees and an error once it does not.',
    source: 'Kolumnrubriken "… (1+2+3)" och summaraderna Kostnader, Intäkter (-) och Netto i kostnadsanalysen (VP 2022, 001 rad 1692–1745)',
  },
  cells: ownedCells,
  // Half a unit of the printed 0,0 mnkr, as the pack's arithmetic rules allow.
  tolerance: 0.05,
});
