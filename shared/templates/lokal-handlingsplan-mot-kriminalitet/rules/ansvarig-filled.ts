// Kolumnen "Ansvarig" i den lokala handlingsplanen (T1 2021, 000 rad 768–770): planen för över
// stadens strategi till nämndens verksamheter, och varje mål med sina metoder har en ansvarig
// funktion ("Samordnare för KAA, enhetschefer vid Jobbtorgen för unga").
import { checks, reworded } from '../../../engine';
import type { KriminalitetLayout } from '../layout';

export default reworded(
  checks.requiredCells<KriminalitetLayout>({
    id: 'lokal-handlingsplan-mot-kriminalitet/ansvarig-filled',
    severity: 'error',
    docs: {
      sv: 'Varje mål med sina metoder har en ansvarig.',
      en: 'Every goal with its methods has someone responsible.',
      source: 'Kolumnen "Ansvarig" (000 rad 768–770) i "Lokal handlingsplan för Arbetsmarknadsnämnden i enlighet med Stockholms stads strategi … 2019 – 2022" (000 rad 763–764)',
    },
    cells: ({ layout }) => {
      const col = layout.columns.ansvarig;
      return col === undefined ? [] : layout.rows.map((row) => ({ cell: { row, col }, field: 'Ansvarig' }));
    },
  }),
  {
    missing: {
      sv: '"{{field}}" saknas; ange vilken funktion som ansvarar för att målet nås.',
      en: '"{{field}}" is missing; state which function is responsible for reaching the goal.',
    },
  },
);
