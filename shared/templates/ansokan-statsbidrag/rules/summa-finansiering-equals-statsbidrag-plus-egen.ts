// Tabellen "Typ av finansiering | Kostnad i SEK" med raderna "Finansiering via statsbidrag/sökt
// belopp i denna ansökan", "Egen finansiering (medfinansiering)" och "Summa finansiering 2021"
// (Mall för ansökan – statsbidrag, T1 2021, 000 rad 2000–2016). En tom rad räknas som 0.
import { checks, reworded } from '../../../engine';
import type { StatsbidragLayout } from '../layout';

export default reworded(
  checks.columnSum<StatsbidragLayout>({
    id: 'ansokan-statsbidrag/summa-finansiering-equals-statsbidrag-plus-egen',
    severity: 'error',
    docs: {
      sv: '"Summa finansiering" är statsbidraget plus egen finansiering (en tom rad räknas som 0).',
      en: '"Summa finansiering" is the state grant plus own co-financing (an empty line counts as 0).',
      source: 'Tabellen "Typ av finansiering | Kostnad i SEK" med raden "Summa finansiering 2021" (000 rad 2000–2016)',
    },
    columns: ({ layout }) => [layout.amountCol],
    dataRows: ({ layout }) => layout.finansieringLines.map((l) => l.row),
    totalRow: ({ layout }) => layout.summaFinansiering?.row,
    tolerance: 0.5,
  }),
  {
    sumMismatch: {
      sv: '"Summa finansiering" är {{actual}} kr, men statsbidrag och egen finansiering ger tillsammans {{expected}} kr.',
      en: '"Summa finansiering" is SEK {{actual}}, but the state grant and own financing add up to SEK {{expected}}.',
    },
  },
);
