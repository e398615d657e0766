import { innovationssatsningar } from '../../../../../shared/templates/innovationssatsningar';
import rule from '../../../../../shared/templates/innovationssatsningar/rules/budget-in-one-unit';
import { testRule } from '../../../../support/rule-tester';
import { base } from '../base-sheet';

testRule(innovationssatsningar, rule, {
  base,
  valid: [
    { name: 'every budget in miljoner kr' },
    { name: '"miljoner kronor" is the same unit', patch: { F6: '5,1 miljoner kronor' } },
    { name: 'a whole number of millions', patch: { F7: '9 miljoner kr' } },
    { name: 'an empty budget (left to the required-fields rule)', patch: { F7: null } },
  ],
  invalid: [
    {
      name: 'VP 2022 Smarta prov: "5,1 mnkr" among miljoner kr',
      patch: { F6: '5,1 mnkr' },
      problems: [{ messageId: 'otherUnit', cell: 'F6', data: { text: '5,1 mnkr', unit: '"mnkr"', majority: '"miljoner kr"' } }],
    },
    {
      name: 'VP 2022 Studiesluss: "7, 8 miljoner kr"',
      patch: { F7: '7, 8 miljoner kr' },
      problems: [{ messageId: 'suspiciousAmount', cell: 'F7', data: { text: '7, 8 miljoner kr', value: 7.8 } }],
    },
    { name: 'words instead of an amount', patch: { F5: 'inom ram' }, problems: [{ messageId: 'noAmount', cell: 'F5', data: { text: 'inom ram' } }] },
  ],
});
