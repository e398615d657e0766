// Blanketten har en enda fast rad, "Inventarier och maskiner", och varje kolumn är ett belopp i
// mnkr med formatet 0,0 (003 rad 83–114, 000 rad 87–99, 001 rad 1749–1756, 002 rad 2611–2627).
// Alla fyra utgåvorna fyller varje cell och skriver noll som "0,0" (Avvikelse 0,0 i T1 2020 och
// T1 2021): en tom cell är alltså inte noll utan ett belopp som inte lämnats, och Avvikelse kan
// inte räknas utan VP och prognos.
import { checks, reworded } from '../../../engine';
import type { InvesteringarLayout } from '../layout';

export default reworded(
  checks.requiredCells<InvesteringarLayout>({
    id: 'investeringar/amounts-filled',
    severity: 'error',
    docs: {
      sv: 'Varje beloppskolumn på raden Inventarier och maskiner är ifylld; noll skrivs 0,0.',
      en: 'Every amount column on the Inventarier och maskiner row is filled in; zero is written 0,0.',
      source: 'Den fasta raden "Inventarier och maskiner" med beloppskolumner i mnkr, formatet 0,0, och noll skrivet "0,0" (003 rad 83–114, 000 rad 87–99, 001 rad 1749–1756, 002 rad 2611–2627); mallen har ingen skriven anvisning',
    },
    cells: ({ layout }) => layout.dataRows.flatMap((row) => layout.columns.map((c) => ({ cell: { row, col: c.col }, field: c.header }))),
  }),
  {
    missing: {
      sv: '"{{field}}" är tomt. Blanketten anger varje belopp i mnkr med formatet 0,0; skriv 0,0 om beloppet är noll.',
      en: '"{{field}}" is empty. The form gives every amount in mnkr in the format 0,0; write 0,0 if the amount is zero.',
    },
  },
);
