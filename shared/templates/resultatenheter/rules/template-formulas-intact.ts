// "Om blanketten inte räcker till kan flera rader infogas i tabellen. Kopiera formeln i kolumn 3."
// — Anvisningar (T1 2021, 000 rad 55; 003 rad 82). The 2021 form holds formulas on every unit row
// (a blank row prints "0 0,0% 0 0,0%": column 3, Ack. %, 10 % and Årets %) and sums columns 2–6
// in "Summa resultatenheter" (000 rad 84). A number typed over one of them no longer follows the
// bruttobudget or the unit rows.
import { checks } from '../../../engine';
import type { TemplateFormulaCell } from '../../../engine/checks';
import { columnLetters } from '../../../grid';
import { AMOUNT_KEYS, type ColumnKey, type ResultatenheterLayout } from '../layout';

type Letter = (key: ColumnKey) => string;

/** The form's own formula per column of a unit row, with the A1 letters of its inputs. */
const UNIT_ROW: readonly (readonly [ColumnKey, readonly ColumnKey[], (l: Letter, r: number) => string])[] = [
  ['varav5', ['bruttobudget'], (l, r) => `${l('bruttobudget')}${r}*0.05`],
  ['tioProcent', ['bruttobudget'], (l, r) => `${l('bruttobudget')}${r}*0.1`],
  ['ackProcent', ['bruttobudget', 'ackOverforing'], (l, r) => `IF(${l('bruttobudget')}${r}=0,0,${l('ackOverforing')}${r}/${l('bruttobudget')}${r})`],
  ['aretsProcent', ['bruttobudget', 'beraknatResultat'], (l, r) => `IF(${l('bruttobudget')}${r}=0,0,-${l('beraknatResultat')}${r}/${l('bruttobudget')}${r})`],
];

function* ownedCells({ layout }: { layout: ResultatenheterLayout }): Iterable<TemplateFormulaCell> {
  const letter: Letter = (key) => columnLetters(layout.columns[key]!);
  for (const [target, inputs, formula] of UNIT_ROW) {
    const col = layout.columns[target];
    if (col === undefined || inputs.some((k) => layout.columns[k] === undefined)) continue;
    for (const row of layout.unitRows) yield { cell: { row, col }, formula: formula(letter, row + 1) };
  }
  const first = layout.unitRows[0];
  const last = layout.unitRows.at(-1);
  if (layout.summaRow === undefined || first === undefined || last === undefined) return;
  for (const key of AMOUNT_KEYS) {
    const col = layout.columns[key];
    if (col !== undefined) yield { cell: { row: layout.summaRow, col }, formula: `SUM(${letter(key)}${first + 1}:${letter(key)}${last + 1})` };
  }
}

export default checks.templateFormula<ResultatenheterLayout>({
  id: 'resultatenheter/template-formulas-intact',
  docs: {
    sv: 'Blankettens formler står kvar: kolumn 3, "Ackumulerad resultatöverföring %", "10 % av bruttobudget" och "Årets resultatöverföring %" på varje enhetsrad, och summorna i "Summa resultatenheter". Ett inskrivet tal är en varning när det stämmer och ett fel när det inte gör det.',
    en: 'The form’s formulas stay: column 3, the accumulated %, "10 % of gross budget" and the year’s % on every unit row, and the sums in "Summa resultatenheter". A typed number is a warning while it agrees and an error once it does not.',
    source: '"Om blanketten inte räcker till kan flera rader infogas i tabellen. Kopiera formeln i kolumn 3." (000 rad 55; 003 rad 82); tomma blankettrader skrivs ut "0 0,0% 0 0,0%" och summaraden "Summa resultatenheter 0 0 0 0 0" (000 rad 56–84)',
  },
  cells: ownedCells,
});
