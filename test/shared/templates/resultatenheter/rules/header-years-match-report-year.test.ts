import { resultatenheter } from '../../../../../shared/templates/resultatenheter';
import rule from '../../../../../shared/templates/resultatenheter/rules/header-years-match-report-year';
import { sheetOf } from '../../../../support/grid-literal';
import { testRule } from '../../../../support/rule-tester';
import { base, HEADERS_2021 } from '../base-sheet';

const shifted = HEADERS_2021.map((h) => h.replace(/20(2\d)/g, (_m, y: string) => String(2000 + Number(y) + 1)));

testRule(resultatenheter, rule, {
  base,
  valid: [
    { name: 'the 2021 form: 2021, från 2020, till 2022' },
    { name: 'the form rolled forward to 2022', sheet: sheetOf('Resultatenheter', [shifted, ['tkr'], [1, 2, 3, 4, 5, 6], ['Enhet A', 100]]) },
  ],
  invalid: [
    {
      name: 'bruttobudget not rolled forward',
      patch: { B1: 'Resultat-\nenheternas\nbruttobudget\n2020' },
      problems: [{ messageId: 'wrongYear', cell: 'B1', data: { found: '2020', expected: '2021', reportYear: '2021' } }],
    },
    {
      name: '"resultat från" naming the report year itself',
      patch: { D1: 'Resultat-\nenheternas\nresultat\nfrån 2021\nÖverskott (-)\nUnderskott (+)' },
      problems: [{ messageId: 'wrongYear', cell: 'D1', data: { found: '2021', expected: '2020' } }],
    },
  ],
});
