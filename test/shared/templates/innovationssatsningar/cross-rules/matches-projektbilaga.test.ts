import { innovationssatsningar } from '../../../../../shared/templates/innovationssatsningar';
import rule from '../../../../../shared/templates/innovationssatsningar/cross-rules/matches-projektbilaga';
import { projektbilaga } from '../../../../../shared/templates/projektbilaga';
import { testCrossRule } from '../../../../support/cross-rule-tester';
import { patchSheet } from '../../../../support/grid-literal';
import { base as t1List } from '../../projektbilaga/base-sheet';
import { base } from '../base-sheet';

// The satsningar: Vux 2.0 row 5, Smarta prov row 6 (not in the annex), Bron row 7; D Tidplan, F budget.
// The VP 2022 annex: Vux 2.0 row 8, Bron row 9; C budget, E period.
const annex = patchSheet(t1List, {
  A2: 'Nämndens budget/verksamhetsplan 2022',
  B8: 'Vux 2.0',
  C8: '18,7 miljoner kr',
  E8: 'december 2017 - juni 2022',
  E9: 'augusti 2019 - april 2022',
});

testCrossRule(innovationssatsningar, rule, {
  base,
  partner: { template: projektbilaga, base: annex },
  valid: [
    { name: 'budget and tidplan as in the annex (a day-exact period is the month it falls in)' },
    { name: 'the same amount in another unit (18 700 000 kr)', patch: { F5: '18 700 000 kr' } },
    { name: 'a tertial report’s list is not this plan’s annex', patch: { F7: '99 miljoner kr' }, partners: [{ template: projektbilaga, sheet: t1List }] },
    { name: 'a VP of another year is not this plan’s annex', patch: { F7: '99 miljoner kr' }, partners: [{ template: projektbilaga, sheet: annex, patch: { A2: 'Nämndens budget/verksamhetsplan 2023' } }] },
  ],
  invalid: [
    {
      name: 'a budget that is not the annex’s (as Utvecklingsplattform’s 24,5 against 24,7 in VP 2022)',
      patch: { F7: '10,4 miljoner kr' },
      problems: [{ messageId: 'budgetDiffers', cell: 'F7', partnerCell: 'C9', data: { actual: '10,4 miljoner kr', expected: '10,2 miljoner kr' } }],
    },
    {
      name: 'Bron: 2019-08-01 – 2022-04-30 here, september 2019 – juni 2022 in the annex',
      partners: [{ template: projektbilaga, sheet: annex, patch: { E9: 'september 2019 - juni 2022' } }],
      problems: [{ messageId: 'periodDiffers', cell: 'D7', partnerCell: 'E9', data: { expected: 'september 2019 - juni 2022' } }],
    },
  ],
});
