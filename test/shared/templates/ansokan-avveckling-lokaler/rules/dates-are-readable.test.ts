import { ansokanAvvecklingLokaler } from '../../../../../shared/templates/ansokan-avveckling-lokaler';
import rule from '../../../../../shared/templates/ansokan-avveckling-lokaler/rules/dates-are-readable';
import { testRule } from '../../../../support/rule-tester';
import { base } from '../base-sheet';

testRule(ansokanAvvecklingLokaler, rule, {
  base,
  valid: [
    { name: 'dates, a date with the notice, and a month' },
    { name: 'the contract end as a month', patch: { C6: 'mars 2023' } },
    { name: 'dates left blank are not unreadable', patch: { C7: null, D7: null } },
  ],
  invalid: [
    {
      name: 'a contract term with no date in it',
      patch: { C7: 'tills vidare, 9 mån uppsägning' },
      problems: [{ messageId: 'loptidWithoutDate', cell: 'C7', data: { text: 'tills vidare, 9 mån uppsägning' } }],
    },
    { name: 'a return time that is no date', patch: { D6: 'efter flytten' }, problems: [{ messageId: 'tidpunktNotADate', cell: 'D6', data: { text: 'efter flytten' } }] },
  ],
});
