// Kolumnrubrikerna "Area kvm", "Årshyra kr" och "Medel som söks för avveckling eller
// omstrukturering kr" (T1 2021, 000 rad 104–113; VP 2022, 001 rad 1779–1789). Ett belopp lagrat som
// text räknas inte när ansökan summeras mot de begärda budgetjusteringarna.
import { checks, reworded } from '../../../engine';
import type { LokalerLayout } from '../layout';

export default reworded(
  checks.numericCells<LokalerLayout>({
    id: 'ansokan-avveckling-lokaler/amounts-are-numbers',
    severity: 'error',
    docs: {
      sv: 'Area (kvm), Årshyra (kr) och Medel som söks (kr) är tal.',
      en: 'Area (m²), Årshyra (annual rent, kr) and Medel som söks (amount applied for, kr) are numbers.',
      source: 'Kolumnrubrikerna "Area kvm", "Årshyra kr", "Medel som söks för avveckling eller omstrukturering kr" (000 rad 104–113; 001 rad 1779–1789)',
    },
    cells: ({ layout }) => {
      const cols = [layout.columns.area, layout.columns.arshyra, layout.columns.medel].filter((c): c is number => c !== undefined);
      return layout.rows.flatMap((row) => cols.map((col) => ({ row, col })));
    },
  }),
  {
    numberAsText: {
      sv: '"{{text}}" är lagrat som text och räknas inte med i summor; skriv det som ett tal (kvm eller kr).',
      en: '"{{text}}" is stored as text and is left out of sums; enter it as a number (m² or kr).',
    },
    suspiciousNumber: {
      sv: '"{{text}}" tolkas som {{value}}, men formatet avviker: {{warning}}',
      en: '"{{text}}" is read as {{value}}, but the format is off: {{warning}}',
    },
    notANumber: {
      sv: '"{{text}}" är inget tal; kolumnen anger kvm eller kr.',
      en: '"{{text}}" is not a number; the column gives m² or kr.',
    },
  },
);
