import { goldenSuite } from '../../../support/golden';

const rule = (name: string) => `resultatenheter/${name}`;
const FORMULA_RULES = [
  rule('varav-5-procent-equals-5-percent-of-bruttobudget'),
  rule('tio-procent-equals-10-percent-of-bruttobudget'),
  rule('ackumulerad-procent-equals-overforing-over-bruttobudget'),
  rule('arets-procent-equals-resultat-over-bruttobudget'),
];

goldenSuite([
  {
    index: 3,
    template: 'resultatenheter',
    edition: 'uppfoljning-2021',
    checks: [
      {
        check: "column 3 = 5 % × column 2 (formula cell, 'Kopiera formeln i kolumn 3')",
        holds: true,
        silent: [rule('varav-5-procent-equals-5-percent-of-bruttobudget'), rule('template-formulas-intact')],
      },
      { check: "'10 % av bruttobudget' = 10 % × column 2", holds: true, silent: [rule('tio-procent-equals-10-percent-of-bruttobudget')] },
      {
        // The '0.0%' format itself is the writer's (asserted in test/fixtures/xlsx/generate.test.ts);
        // here: the percent cells hold shares that agree with their formulas, so they print right.
        check: 'percent cells printed with one decimal and % sign',
        holds: true,
        silent: [rule('ackumulerad-procent-equals-overforing-over-bruttobudget'), rule('arets-procent-equals-resultat-over-bruttobudget')],
      },
      {
        check: 'Summa resultatenheter = column sums (5 sums printed)',
        holds: true,
        silent: [rule('summa-equals-sum-of-units'), rule('amounts-are-numbers')],
      },
      {
        check: 'no unit names entered',
        // The catalogue records a fact about the blank form. Submitted in a report, the same blank
        // form is an empty list with no nil statement: the 2020 form said "Nämnden har inga
        // resultatenheter" and T02b's rule calls the empty VP list a failure. So the validator
        // warns, at the first name cell.
        holds: false,
        disagree: 'a blank form in a submitted report is ambiguous: forgotten, or no units?',
        reported: [{ rule: rule('units-or-nil-statement'), cell: 'A4', messageId: 'missingRows' }],
      },
    ],
  },
  {
    index: 4,
    template: 'resultatenheter',
    edition: 'uppfoljning-2020',
    checks: [
      {
        check: 'form states explicitly that there are no units',
        holds: true,
        silent: [rule('units-or-nil-statement'), rule('header-years-match-report-year'), ...FORMULA_RULES],
      },
    ],
  },
]);
