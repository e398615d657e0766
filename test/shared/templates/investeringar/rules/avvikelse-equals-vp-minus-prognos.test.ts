import { investeringar } from '../../../../../shared/templates/investeringar';
import rule from '../../../../../shared/templates/investeringar/rules/avvikelse-equals-vp-minus-prognos';
import { testRule } from '../../../../support/rule-tester';
import { uppfoljning2021, vb2019 } from '../base-sheets';

testRule(investeringar, rule, {
  base: uppfoljning2021,
  valid: [
    { name: 'VP 4,0 − Prognos 4,0 = 0,0' },
    { name: 'VB: (2) 6,0 − (4) 2,7 = (3) 3,3', sheet: vb2019 },
    { name: 'operands rounded to the printed 0,0', patch: { C4: 4.04, E4: 3, D4: 1 } },
    { name: 'nothing to compare: VP missing', patch: { C4: null, D4: null } },
  ],
  invalid: [
    {
      name: 'Prognos changed, Avvikelse typed over the formula and not updated',
      patch: { E4: 3.5, D4: 0 },
      problems: [{ messageId: 'mismatch', cell: 'D4', data: { actual: 0, expected: 0.5 } }],
    },
    {
      name: 'Avvikelse with the sign reversed (prognos − VP)',
      patch: { E4: 5, D4: 1 },
      problems: [{ messageId: 'mismatch', cell: 'D4', data: { actual: 1, expected: -1 } }],
    },
    {
      name: 'VB: S:a avvik computed against the 2018 outcome',
      sheet: vb2019,
      patch: { D8: -0.1 },
      problems: [{ messageId: 'mismatch', cell: 'D8', data: { actual: -0.1, expected: 3.3 } }],
    },
  ],
});
