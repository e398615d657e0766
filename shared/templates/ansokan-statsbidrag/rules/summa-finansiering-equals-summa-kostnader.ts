// "2. Beskrivning av utgifter och eventuell medfinansiering" (Mall för ansökan – statsbidrag, T1
// 2021, 000 rad 1950–2016): finansieringen ska täcka kostnaderna, varken mer eller mindre, så
// "Summa finansiering 2021" är lika med "Summa kostnader 2021".
import { checks, numberAt, reworded } from '../../../engine';
import type { StatsbidragLayout } from '../layout';

export default reworded(
  checks.formulaEquals<StatsbidragLayout>({
    id: 'ansokan-statsbidrag/summa-finansiering-equals-summa-kostnader',
    severity: 'error',
    docs: {
      sv: '"Summa finansiering" är lika med "Summa kostnader": utgifterna är fullt finansierade.',
      en: '"Summa finansiering" equals "Summa kostnader": the costs are fully financed.',
      source: 'Avsnittet "2. Beskrivning av utgifter och eventuell medfinansiering" med "Summa kostnader 2021" och "Summa finansiering 2021" (000 rad 1950–2016)',
    },
    formula: { sv: 'Summa kostnader', en: 'Summa kostnader' },
    targets: ({ sheet, layout }) => {
      const k = layout.summaKostnader;
      const f = layout.summaFinansiering;
      if (!k || !f) return [];
      return [{ cell: { row: f.row, col: layout.amountCol }, expected: numberAt(sheet, k.row, layout.amountCol), related: [{ row: k.row, col: layout.amountCol }] }];
    },
    tolerance: 0.5,
  }),
  {
    mismatch: {
      sv: '"Summa finansiering" är {{actual}} kr men "Summa kostnader" är {{expected}} kr; finansieringen ska täcka kostnaderna.',
      en: '"Summa finansiering" is SEK {{actual}} but "Summa kostnader" is SEK {{expected}}; the financing must cover the costs.',
    },
  },
);
