// "2) Resultatenhetens bruttobudget t.ex. beräknad ersättning (anges i tkr)." och "3) Här anges
// belopp som motsvarar 5 % av enhetens bruttobudget (anges i tkr)." — Anvisningar (T1 2021, 000 rad
// 44–46). Ett belopp lagrat som text räknas inte av Summa eller procentformlerna.
import { AMOUNT_KEYS, type ResultatenheterLayout } from '../layout';
import { checks, reworded } from '../../../engine';

export default reworded(
  checks.numericCells<ResultatenheterLayout>({
    id: 'resultatenheter/amounts-are-numbers',
    severity: 'error',
    docs: {
      sv: 'Beloppen i kolumn 2–6 och på raden Summa är tal i tkr.',
      en: 'The amounts in columns 2–6 and on the Summa row are numbers in tkr.',
      source: '"2) Resultatenhetens bruttobudget … (anges i tkr)." och "3) Här anges belopp … (anges i tkr)." (000 rad 44–46)',
    },
    cells: ({ layout }) => {
      const cols = AMOUNT_KEYS.flatMap((k) => (layout.columns[k] === undefined ? [] : [layout.columns[k]!]));
      const rows = layout.summaRow === undefined ? layout.unitRows : [...layout.unitRows, layout.summaRow];
      return rows.flatMap((row) => cols.map((col) => ({ row, col })));
    },
  }),
  {
    numberAsText: {
      sv: '"{{text}}" är lagrat som text och räknas inte med i Summa eller procentformlerna; skriv beloppet som ett tal ("anges i tkr").',
      en: '"{{text}}" is stored as text and is left out of Summa and the percentage formulas; enter the amount as a number in tkr.',
    },
    suspiciousNumber: {
      sv: '"{{text}}" tolkas som {{value}} tkr, men formatet avviker: {{warning}}',
      en: '"{{text}}" is read as {{value}} tkr, but the format is off: {{warning}}',
    },
    notANumber: {
      sv: '"{{text}}" är inget belopp; kolumnen anges i tkr.',
      en: '"{{text}}" is not an amount; the column is in tkr.',
    },
  },
);
