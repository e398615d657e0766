import { resultatenheter } from '../../../../../shared/templates/resultatenheter';
import rule from '../../../../../shared/templates/resultatenheter/rules/column-numbers-as-printed';
import { testRule } from '../../../../support/rule-tester';
import { base } from '../base-sheet';

testRule(resultatenheter, rule, {
  base,
  valid: [
    { name: 'columns numbered 1–6 as printed' },
    { name: 'numbers the scan lost are not reported (T1 2020 printed only "1 … 4")', patch: { B3: null, C3: null, E3: null, F3: null } },
    { name: 'the unit and number rows may be missing altogether', patch: { A2: null, A3: null, B3: null, C3: null, D3: null, E3: null, F3: null } },
  ],
  invalid: [
    {
      name: 'column 3 renumbered 4, and column 1 renumbered 2',
      patch: { A3: 2, C3: 4 },
      problems: [
        { messageId: 'wrongNumber', cell: 'A3', data: { expected: '1', actual: '2' } },
        { messageId: 'wrongNumber', cell: 'C3', data: { expected: '3', actual: '4', header: 'Varav 5 % av resultat- enheternas bruttobudget 2021' } },
      ],
    },
    {
      name: 'one number left out of a complete row',
      patch: { D3: null },
      problems: [{ messageId: 'missingNumber', cell: 'D3', data: { expected: '4' } }],
    },
  ],
});
