// "Mnkr" over the amount columns and the pre-formatted "0,0" in every amount cell (T1 2021, seed
// 000 rad 5–17; VP 2022, 001 rad 1806–1816). An amount typed as text is skipped by the Summa
// formula, and the OCR'd T1 2020 edition printed "00" in its Summa row where the form has "0,0":
// read as 0 for the arithmetic checks, but always reported, never repaired in silence.
import { checks } from '../../../engine';
import type { ProjektLayout } from '../layout';
import { reworded } from '../../../engine';

export default reworded(
  checks.numericCells<ProjektLayout>({
    id: 'projekt-over-50-mnkr/amounts-are-numbers',
    // Each cell is judged alone.
    scope: 'row',
    severity: 'error',
    docs: {
      sv: 'Varje beloppscell, (1)–(14) i projektrader, delsummeringar och Summa, innehåller ett tal i mnkr.',
      en: 'Every amount cell, (1)–(14) in project rows, subtotals and Summa, holds a number in mnkr.',
      source: 'Blankettens enhet "Mnkr" och det förformaterade "0,0" i varje beloppscell (T1 2021, 000 rad 5–17; VP 2022, 001 rad 1806–1816)',
    },
    // The layout's own row lists, not a merged copy: a run over a slice of rows finds its rows in them by bisection.
    blocks: ({ layout }) =>
      [layout.projectRows, layout.subtotalRows, layout.totalRow === undefined ? [] : [layout.totalRow]].map((rows) => ({ rows, columns: layout.amountCols })),
  }),
  {
    numberAsText: {
      sv: '"{{text}}" är lagrat som text och räknas inte med av summaformeln; skriv beloppet som ett tal i mnkr (formatet 0,0).',
      en: '"{{text}}" is stored as text and the sum formula skips it; enter the amount as a number in mnkr (format 0,0).',
    },
    suspiciousNumber: {
      sv: '"{{text}}" tolkas som {{value}} mnkr, men avviker från blankettens format 0,0: {{warning}}',
      en: '"{{text}}" is read as {{value}} mnkr, but departs from the form\'s format 0,0: {{warning}}',
    },
    notANumber: {
      sv: '"{{text}}" är inget belopp; kolumnen anger kostnad eller intäkt i mnkr (formatet 0,0).',
      en: '"{{text}}" is not an amount; the column gives a cost or income in mnkr (format 0,0).',
    },
  },
);
