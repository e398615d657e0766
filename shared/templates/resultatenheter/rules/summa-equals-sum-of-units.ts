// "Om blanketten inte räcker till kan flera rader infogas i tabellen." — Anvisningar (T1 2021, 000
// rad 55). Raden "Summa resultatenheter" summerar kolumn 2–6 över alla enheter, även infogade rader.
import { AMOUNT_KEYS, type ResultatenheterLayout } from '../layout';
import { checks, reworded } from '../../../engine';

export default reworded(
  checks.columnSum<ResultatenheterLayout>({
    id: 'resultatenheter/summa-equals-sum-of-units',
    severity: 'error',
    docs: {
      sv: 'Raden "Summa resultatenheter" är summan av enheternas rader i kolumn 2–6.',
      en: 'The row "Summa resultatenheter" is the sum of the unit rows in columns 2–6.',
      source: 'Raden "Summa resultatenheter" (000 rad 84) och "Om blanketten inte räcker till kan flera rader infogas i tabellen." (000 rad 55)',
    },
    columns: ({ layout }) => AMOUNT_KEYS.flatMap((k) => (layout.columns[k] === undefined ? [] : [layout.columns[k]!])),
    dataRows: ({ layout }) => layout.unitRows,
    totalRow: ({ layout }) => layout.summaRow,
    tolerance: 0.5,
  }),
  {
    sumMismatch: {
      sv: '"Summa resultatenheter" är {{actual}} tkr men enheternas rader ger {{expected}}. Har rader infogats utanför summaformeln?',
      en: '"Summa resultatenheter" is {{actual}} tkr but the unit rows add up to {{expected}}. Were rows inserted outside the sum formula?',
    },
  },
);
