import { ansokanAvvecklingLokaler } from '../../../../../shared/templates/ansokan-avveckling-lokaler';
import rule from '../../../../../shared/templates/ansokan-avveckling-lokaler/rules/return-after-contract-end-is-commented';
import { testRule } from '../../../../support/rule-tester';
import { base } from '../base-sheet';

testRule(ansokanAvvecklingLokaler, rule, {
  base,
  valid: [
    { name: 'each lokal is returned by the end of its contract' },
    { name: 'returned on the contract’s last day', patch: { D6: { d: '2023-03-31' } } },
    { name: 'returned after the end, with a comment', patch: { D6: { d: '2023-06-30' }, J6: 'Kontraktet förlängt t.o.m. 2023-06-30' } },
    { name: 'a month that begins before the contract ends', patch: { C7: 'juni 2022', D7: 'juni 2022' } },
  ],
  invalid: [
    {
      name: 'returned after the contract has run out, no comment',
      patch: { D6: { d: '2023-06-30' } },
      problems: [{ messageId: 'missingComment', cell: 'J6', data: { tidpunkt: '2023-06-30', kontraktsslut: '2023-03-31' } }],
    },
    {
      name: 'a season after a contract end written with its notice',
      patch: { D7: 'hösten 2022' },
      problems: [{ messageId: 'missingComment', cell: 'J7', data: { tidpunkt: '2022-09-01', kontraktsslut: '2022-06-30' } }],
    },
  ],
});
