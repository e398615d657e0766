import { resultatenheter } from '../../../../../shared/templates/resultatenheter';
import rule from '../../../../../shared/templates/resultatenheter/rules/varav-5-procent-keeps-its-formula';
import { testRule } from '../../../../support/rule-tester';
import { base } from '../base-sheet';

testRule(resultatenheter, rule, {
  base,
  valid: [
    { name: 'the formula on every unit row' },
    { name: 'a typed 0 on a row without bruttobudget', patch: { B6: null, C6: 0 } },
  ],
  invalid: [
    {
      name: 'an inserted row where the formula was not copied',
      patch: { C5: 1000 },
      problems: [{ messageId: 'typedInsteadOfFormula', cell: 'C5' }],
    },
  ],
});
