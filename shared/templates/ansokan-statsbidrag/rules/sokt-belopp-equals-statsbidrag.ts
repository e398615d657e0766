// "Sökt belopp:" i ansökans huvud och raden "Finansiering via statsbidrag/sökt belopp i denna
// ansökan" (Mall för ansökan – statsbidrag, T1 2021, 000 rad 1568–1571 och 2002). Raden säger
// själv att den är det sökta beloppet, så de två är samma belopp.
import { checks, numberAt, reworded } from '../../../engine';
import type { StatsbidragLayout } from '../layout';

export default reworded(
  checks.formulaEquals<StatsbidragLayout>({
    id: 'ansokan-statsbidrag/sokt-belopp-equals-statsbidrag',
    severity: 'error',
    docs: {
      sv: 'Raden "Finansiering via statsbidrag/sökt belopp i denna ansökan" är lika med "Sökt belopp" i huvudet.',
      en: 'The line "Finansiering via statsbidrag/sökt belopp i denna ansökan" equals "Sökt belopp" (amount applied for) in the header.',
      source: 'Huvudfältet "Sökt belopp:" och raden "Finansiering via statsbidrag/sökt belopp i denna ansökan" (000 rad 1568–1571, 2002)',
    },
    formula: { sv: 'Sökt belopp', en: 'Sökt belopp' },
    targets: ({ sheet, layout }) => {
      const sokt = layout.fields.soktBelopp;
      const line = layout.finansieringLines.find((l) => l.key === 'statsbidrag');
      if (!sokt || !line) return [];
      return [{ cell: { row: line.row, col: layout.amountCol }, expected: numberAt(sheet, sokt.value.row, sokt.value.col), related: [sokt.value] }];
    },
    tolerance: 0.5,
  }),
  {
    mismatch: {
      sv: '"Finansiering via statsbidrag/sökt belopp i denna ansökan" är {{actual}} kr, men "Sökt belopp" är {{expected}} kr.',
      en: '"Finansiering via statsbidrag/sökt belopp i denna ansökan" is SEK {{actual}}, but "Sökt belopp" is SEK {{expected}}.',
    },
  },
);
