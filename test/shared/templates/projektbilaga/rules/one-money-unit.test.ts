import { projektbilaga } from '../../../../../shared/templates/projektbilaga';
import rule from '../../../../../shared/templates/projektbilaga/rules/one-money-unit';
import { testRule } from '../../../../support/rule-tester';
import { base } from '../base-sheet';

testRule(projektbilaga, rule, {
  base,
  valid: [
    { name: 'miljoner kr throughout; zeros in any unit do not count' },
    { name: 'spellings of one unit are one unit', patch: { C7: '24,2 miljoner kronor', C9: '10,2 miljoner', D7: '12,8 miljon kr' } },
    { name: 'kronor throughout', patch: { C7: '24 250 660 kr', D7: '12 852 850 kr', C8: '38 600 000 kr', D8: '13 500 000 kr', C9: '10 200 000 kr', C10: '779 009 kr' } },
  ],
  invalid: [
    {
      name: 'kronor and euro among miljoner kr (T1 2021, VP 2022)',
      patch: { C9: '2 379 041 Euro/ 342 156 Euro AmF', D9: '71 000 Euro', C10: '779 009 kr' },
      problems: [{ messageId: 'mixedUnits', cell: 'C6', data: { count: 3, units: 'miljoner kr (4), Euro (2), kr (1)' } }],
    },
    {
      name: 'an amount without unit counts as a unit of its own',
      patch: { C10: '761 742' },
      problems: [{ messageId: 'mixedUnits', cell: 'C6', data: { count: 2, units: 'miljoner kr (5), (ingen enhet) (1)' } }],
    },
  ],
});
