// "Vid behov kan egna delsummeringar för grupper av projekt infogas. OBS att summaformeln kan
// behöva ändras." — anvisningen under blanketten (T1 2021, seed 000 rad 19; lika i T1 2020 och
// VP 2022). The Summa row is the form's sum formula in every amount column; a number typed over it
// stops following the project rows.
import { checks, mapArray } from '../../../engine';
import type { TemplateFormulaCell } from '../../../engine/checks';
import { columnLetters } from '../../../grid';
import type { ProjektLayout } from '../layout';

function* summaFormulas({ layout }: { layout: ProjektLayout }): Iterable<TemplateFormulaCell> {
  const total = layout.totalRow;
  const rows = [...layout.projectRows, ...layout.subtotalRows];
  if (total === undefined || rows.length === 0) return;
  const first = Math.min(...rows) + 1;
  const last = Math.max(...rows) + 1;
  for (const { col } of layout.amountColumns) {
    const l = columnLetters(col);
    // Delsummeringar inside the range are taken out again, so no project counts twice. mapArray:
    // join walks the array, and map's two kinds of array threw this code away ('wrong map').
    const minus = mapArray(layout.subtotalRows, (r) => `-${l}${r + 1}`).join('');
    yield { cell: { row: total, col }, formula: `SUM(${l}${first}:${l}${last})${minus}` };
  }
}

export default checks.templateFormula<ProjektLayout>({
  id: 'projekt-over-50-mnkr/summa-keeps-its-formulas',
  docs: {
    sv: 'Raden Summa behåller blankettens summaformel i varje beloppskolumn, (1)–(14). Ett inskrivet tal är en varning när det stämmer med projektraderna och ett fel när det inte gör det.',
    en: 'The Summa row keeps the form’s sum formula in every amount column, (1)–(14). A typed number is a warning while it agrees with the project rows and an error once it does not.',
    source: 'Anvisning under blanketten: "Vid behov kan egna delsummeringar för grupper av projekt infogas. OBS att summaformeln kan behöva ändras." (T1 2021, 000 rad 19; T1 2020, 003 rad 26; VP 2022, 001 rad 1818)',
  },
  cells: summaFormulas,
  // Half a unit of the printed 0,0 mnkr, as the Summa arithmetic rule allows.
  tolerance: 0.05,
});
