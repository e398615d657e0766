import { planForUpphandling } from '../../../../../shared/templates/plan-for-upphandling';
import rule from '../../../../../shared/templates/plan-for-upphandling/rules/planerad-start-in-plan-year';
import { testRule } from '../../../../support/rule-tester';
import { base } from '../base-sheet';

testRule(planForUpphandling, rule, {
  base,
  valid: [
    { name: 'VT and HT of the plan year' },
    { name: 'a month and a date in the plan year', patch: { D13: 'mars 2022', D14: '2022-10-01' } },
    { name: 'the season written out', patch: { D16: 'Hösten 2022' } },
  ],
  invalid: [
    {
      name: 'VP 2022 rows 2–3: "Pågående"',
      patch: { D13: 'Pågående', D14: 'Pågående' },
      problems: [
        { messageId: 'alreadyStarted', cell: 'D13', data: { text: 'Pågående', year: '2022' } },
        { messageId: 'alreadyStarted', cell: 'D14', data: { text: 'Pågående', year: '2022' } },
      ],
    },
    { name: 'a start the year after', patch: { D16: 'VT 2023' }, problems: [{ messageId: 'notInPlanYear', cell: 'D16', data: { text: 'VT 2023' } }] },
    { name: 'no time at all', patch: { D13: 'snarast' }, problems: [{ messageId: 'notATerm', cell: 'D13', data: { text: 'snarast', year: '2022' } }] },
  ],
});
