// "2. Beskrivning av utgifter och eventuell medfinansiering" — tabellen "Typ av kostnader
// (exempel) | Kostnad i SEK" med raderna Lönekostnader … Andra verksamhetskostnader och "Summa
// kostnader 2021" (Mall för ansökan – statsbidrag, T1 2021, 000 rad 1952–1994). Summan är
// kostnadsraderna tillsammans.
import { checks, reworded } from '../../../engine';
import type { StatsbidragLayout } from '../layout';

export default reworded(
  checks.columnSum<StatsbidragLayout>({
    id: 'ansokan-statsbidrag/summa-kostnader-equals-sum-of-cost-lines',
    severity: 'error',
    docs: {
      sv: '"Summa kostnader" är summan av kostnadsraderna i kolumnen "Kostnad i SEK".',
      en: '"Summa kostnader" is the sum of the cost lines in the column "Kostnad i SEK".',
      source: 'Tabellen "Typ av kostnader (exempel) | Kostnad i SEK" med raden "Summa kostnader 2021" (000 rad 1952–1994)',
    },
    columns: ({ layout }) => [layout.amountCol],
    dataRows: ({ layout }) => layout.costLines.map((l) => l.row),
    totalRow: ({ layout }) => layout.summaKostnader?.row,
    // Whole kronor.
    tolerance: 0.5,
  }),
  {
    sumMismatch: {
      sv: '"Summa kostnader" är {{actual}} kr, men kostnadsraderna ger tillsammans {{expected}} kr.',
      en: '"Summa kostnader" is SEK {{actual}}, but the cost lines add up to SEK {{expected}}.',
    },
  },
);
