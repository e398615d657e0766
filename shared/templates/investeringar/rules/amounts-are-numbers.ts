// "Prognos (mnkr)" / "Utgifter mnkr" över beloppskolumnerna och formatet 0,0 i varje cell (003 rad
// 83–114, 000 rad 87–99, 001 rad 1749–1756, 002 rad 2611–2627). Ett belopp lagrat som text räknas
// inte av formeln för Avvikelse; OCR-slarv läses med sitt troliga värde men rapporteras alltid.
import { checks, reworded } from '../../../engine';
import type { InvesteringarLayout } from '../layout';

export default reworded(
  checks.numericCells<InvesteringarLayout>({
    id: 'investeringar/amounts-are-numbers',
    severity: 'error',
    docs: {
      sv: 'Varje beloppscell på raden Inventarier och maskiner innehåller ett tal i mnkr.',
      en: 'Every amount cell on the Inventarier och maskiner row holds a number in mnkr.',
      source: 'Enheten "Prognos (mnkr)" / "Utgifter mnkr" och formatet 0,0 (003 rad 83–114, 000 rad 87–99, 001 rad 1749–1756, 002 rad 2611–2627)',
    },
    cells: ({ layout }) => layout.dataRows.flatMap((row) => layout.columns.map((c) => ({ row, col: c.col }))),
  }),
  {
    numberAsText: {
      sv: '"{{text}}" är lagrat som text och räknas inte med i formlerna; skriv beloppet som ett tal i mnkr (formatet 0,0).',
      en: '"{{text}}" is stored as text and the formulas skip it; enter the amount as a number in mnkr (format 0,0).',
    },
    suspiciousNumber: {
      sv: '"{{text}}" tolkas som {{value}} mnkr, men avviker från blankettens format 0,0: {{warning}}',
      en: '"{{text}}" is read as {{value}} mnkr, but departs from the form\'s format 0,0: {{warning}}',
    },
    notANumber: {
      sv: '"{{text}}" är inget belopp; kolumnen anger mnkr (formatet 0,0).',
      en: '"{{text}}" is not an amount; the column gives mnkr (format 0,0).',
    },
  },
);
