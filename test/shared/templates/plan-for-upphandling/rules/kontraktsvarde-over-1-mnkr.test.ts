import { planForUpphandling } from '../../../../../shared/templates/plan-for-upphandling';
import rule from '../../../../../shared/templates/plan-for-upphandling/rules/kontraktsvarde-over-1-mnkr';
import { testRule } from '../../../../support/rule-tester';
import { base } from '../base-sheet';

testRule(planForUpphandling, rule, {
  base,
  valid: [
    { name: 'values in mnkr over 1' },
    { name: 'values written in kronor, as in the 2022 plan', patch: { F13: 5_000_000, F14: 28_000_000, F16: 1_200_000 } },
    { name: 'an amount typed as text', patch: { F13: '1,5' } },
  ],
  invalid: [
    {
      name: 'VP 2022 rows 7–9: "Inte bestämt"',
      patch: { F13: 'Inte bestämt' },
      problems: [{ messageId: 'notStated', cell: 'F13', data: { text: 'Inte bestämt' } }],
    },
    {
      name: 'exactly 1 mnkr is not over 1 miljon',
      patch: { F16: 1 },
      problems: [{ messageId: 'notOverThreshold', cell: 'F16', data: { kronor: 1_000_000 } }],
    },
    {
      name: '800 000 kr written in kronor',
      patch: { F14: 800_000 },
      problems: [{ messageId: 'notOverThreshold', cell: 'F14', data: { kronor: 800_000 } }],
    },
  ],
});
