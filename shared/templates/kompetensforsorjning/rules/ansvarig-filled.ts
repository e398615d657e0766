// Kolumnen "Ansvarig (Funktion)" i aktivitetstabellen (VP 2022, 001 rad 2584–2781): varje aktivitet
// har en ansvarig funktion (HR-staben, Jobbtorg Stockholm, VUX), som följer upp den i T2 och VB.
import { checks, reworded } from '../../../engine';
import type { KompetensLayout } from '../layout';

export default reworded(
  checks.requiredCells<KompetensLayout>({
    id: 'kompetensforsorjning/ansvarig-filled',
    severity: 'error',
    docs: {
      sv: 'Varje aktivitet har en ansvarig funktion.',
      en: 'Every activity has a responsible function.',
      source: 'Kolumnen "Ansvarig (Funktion)", VP 2022 (001 rad 2584–2781)',
    },
    cells: ({ layout }) => {
      const col = layout.columns.ansvarig;
      return col === undefined ? [] : layout.rows.map((row) => ({ cell: { row, col }, field: 'Ansvarig (Funktion)' }));
    },
  }),
  {
    missing: {
      sv: '"{{field}}" saknas; ange vilken funktion som ansvarar för aktiviteten.',
      en: '"{{field}}" is missing; state which function is responsible for the activity.',
    },
  },
);
