import { resultatenheter } from '../../../../../shared/templates/resultatenheter';
import rule from '../../../../../shared/templates/resultatenheter/rules/units-or-nil-statement';
import { sheetOf } from '../../../../support/grid-literal';
import { testRule } from '../../../../support/rule-tester';
import { base, HEADERS_2021 } from '../base-sheet';

const blankForm = sheetOf('Resultatenheter', [
  [...HEADERS_2021],
  ['tkr'],
  [1, 2, 3, 4, 5, 6],
  [null, null, { f: 'B4*0.05', v: 0 }],
  [null, null, { f: 'B5*0.05', v: 0 }],
  ['Summa resultatenheter', { f: 'SUM(B4:B5)', v: 0 }],
]);

testRule(resultatenheter, rule, {
  base,
  valid: [
    { name: 'units are named' },
    { name: '"Nämnden har inga resultatenheter"', sheet: blankForm, patch: { A4: 'Nämnden har inga resultatenheter' } },
    { name: 'the OCR’d statement of T1 2020', sheet: blankForm, patch: { A5: 'Némnden har inga resultatenheter' } },
  ],
  invalid: [
    { name: 'the blank pre-formatted form', sheet: blankForm, problems: [{ messageId: 'missingRows', cell: 'A4' }] },
    {
      name: 'amounts entered but no unit named',
      sheet: blankForm,
      patch: { B4: 1000 },
      problems: [{ messageId: 'missingRows', cell: 'A4', data: { example: 'Nämnden har inga resultatenheter' } }],
    },
  ],
});
