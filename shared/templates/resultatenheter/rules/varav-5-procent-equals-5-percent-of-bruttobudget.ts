// "3) Här anges belopp som motsvarar 5 % av enhetens bruttobudget (anges i tkr)." — Anvisningar
// för ifyllande av blankett Resultatenheter (T1 2021, 000 rad 46; lika i T1 2020, 003 rad 71).
import { checks, reworded } from '../../../engine';
import type { ResultatenheterLayout } from '../layout';
import { formulaTargets } from '../targets';

export default reworded(
  checks.formulaEquals<ResultatenheterLayout>({
    id: 'resultatenheter/varav-5-procent-equals-5-percent-of-bruttobudget',
    severity: 'error',
    docs: {
      sv: 'Kolumn 3 är 5 % av resultatenhetens bruttobudget (kolumn 2).',
      en: 'Column 3 is 5 % of the unit’s gross budget (column 2).',
      source: '"3) Här anges belopp som motsvarar 5 % av enhetens bruttobudget (anges i tkr)." (000 rad 46; 003 rad 71)',
    },
    formula: { sv: '5 % av bruttobudgeten', en: '5 % of the gross budget' },
    targets: ({ sheet, layout }) => formulaTargets(sheet, layout, 'varav5', ['bruttobudget'], (v) => 0.05 * v('bruttobudget')),
    // Half a tkr: the form prints whole tkr.
    tolerance: 0.5,
  }),
  {
    mismatch: {
      sv: 'Kolumn 3 är {{actual}} tkr men ska vara {{expected}}: "Här anges belopp som motsvarar 5 % av enhetens bruttobudget".',
      en: 'Column 3 is {{actual}} tkr but must be {{expected}}: the amount equal to 5 % of the unit’s gross budget.',
    },
  },
);
