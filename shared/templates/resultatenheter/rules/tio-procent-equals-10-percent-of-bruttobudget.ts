// "Resultatfonden får ha ett överskott med motsvarande maximalt 10 % av enhetens bruttobudget" —
// Anvisningar 6) (T1 2021, 000 rad 52); kolumnen "10 % av resultatenheternas bruttobudget 2021"
// visar det taket i tkr.
import { checks, reworded } from '../../../engine';
import type { ResultatenheterLayout } from '../layout';
import { formulaTargets } from '../targets';

export default reworded(
  checks.formulaEquals<ResultatenheterLayout>({
    id: 'resultatenheter/tio-procent-equals-10-percent-of-bruttobudget',
    severity: 'error',
    docs: {
      sv: 'Kolumnen "10 % av resultatenheternas bruttobudget" är 10 % av kolumn 2.',
      en: 'The column "10 % av resultatenheternas bruttobudget" is 10 % of column 2.',
      source: '"Resultatfonden får ha ett överskott med motsvarande maximalt 10 % av enhetens bruttobudget" (000 rad 52) och kolumnrubriken "10 % av resultatenheternas bruttobudget 2021" (000 rad 35–41)',
    },
    formula: { sv: '10 % av bruttobudgeten', en: '10 % of the gross budget' },
    targets: ({ sheet, layout }) => formulaTargets(sheet, layout, 'tioProcent', ['bruttobudget'], (v) => 0.1 * v('bruttobudget')),
    tolerance: 0.5,
  }),
  {
    mismatch: {
      sv: '"10 % av bruttobudget" är {{actual}} tkr men ska vara {{expected}}, 10 % av kolumn 2.',
      en: '"10 % of gross budget" is {{actual}} tkr but must be {{expected}}, 10 % of column 2.',
    },
  },
);
