import { kostnadsanalys } from '../../../../../shared/templates/kostnadsanalys';
import rule from '../../../../../shared/templates/kostnadsanalys/rules/header-years-match-plan-year';
import { testRule } from '../../../../support/rule-tester';
import { base } from '../base-sheet';

testRule(kostnadsanalys, rule, {
  base,
  valid: [
    { name: 'budget 2022, utfall 2020, prognos 2021 in the 2022 plan' },
    { name: 'no year in the heading and none in the budget header', patch: { A1: 'Arbetsmarknadsnämnden', B2: 'Nämndens ursprungliga budget' } },
  ],
  invalid: [
    {
      name: 'the 2021 form reused without rolling the outcome year forward',
      patch: { F2: 'Utfall \n2019 \n(VB 2019)' },
      problems: [{ messageId: 'wrongYear', cell: 'F2', data: { found: '2019', expected: '2020', planYear: '2022' } }],
    },
    {
      name: 'a prognos of the plan year itself',
      patch: { G2: 'Prognos 2022 (Tertialrapport 2)' },
      problems: [{ messageId: 'wrongYear', cell: 'G2', data: { header: 'Prognos 2022 (Tertialrapport 2)', found: '2022', expected: '2021' } }],
    },
  ],
});
