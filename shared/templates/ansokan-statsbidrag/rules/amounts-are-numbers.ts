// Kolumnrubriken "Kostnad i SEK" i tabellerna "Typ av kostnader (exempel)" och "Typ av
// finansiering", och huvudfältet "Sökt belopp:" (Mall för ansökan – statsbidrag, T1 2021, 000 rad
// 1568–2016). Beloppen är kronor; skrivna som text ("4 166 000 kr") räknas de inte med i
// summorna, och ansökningarna blandade "kr" och rena tal i samma kolumn.
import { checks, reworded } from '../../../engine';
import type { CellPos } from '../../../grid';
import type { StatsbidragLayout } from '../layout';

export default reworded(
  checks.numericCells<StatsbidragLayout>({
    id: 'ansokan-statsbidrag/amounts-are-numbers',
    severity: 'warning',
    docs: {
      sv: '"Sökt belopp" och varje belopp under "Kostnad i SEK" är ett tal i kronor, utan "kr" inskrivet.',
      en: '"Sökt belopp" and every amount under "Kostnad i SEK" is a number in kronor, with no "kr" typed in.',
      source: 'Kolumnrubriken "Kostnad i SEK" och huvudfältet "Sökt belopp:" (000 rad 1568–2016)',
    },
    cells: ({ layout }) => {
      const rows = [...layout.costLines, ...layout.finansieringLines].map((l) => l.row);
      for (const t of [layout.summaKostnader, layout.summaFinansiering]) if (t) rows.push(t.row);
      const cells: CellPos[] = rows.map((row) => ({ row, col: layout.amountCol }));
      return layout.fields.soktBelopp ? [layout.fields.soktBelopp.value, ...cells] : cells;
    },
  }),
  {
    numberAsText: {
      sv: '"{{text}}" är skrivet som text. Kolumnen anger "Kostnad i SEK": skriv beloppet som ett tal utan "kr", annars räknas det inte med i summorna.',
      en: '"{{text}}" is written as text. The column gives "Kostnad i SEK": enter the amount as a number without "kr", or it is left out of the sums.',
    },
    suspiciousNumber: {
      sv: '"{{text}}" läses som {{value}} kr, men är felskrivet: {{warning}}',
      en: '"{{text}}" is read as SEK {{value}}, but is mistyped: {{warning}}',
    },
    notANumber: {
      sv: '"{{text}}" är inget belopp; ange kronor som ett tal.',
      en: '"{{text}}" is not an amount; give kronor as a number.',
    },
  },
);
