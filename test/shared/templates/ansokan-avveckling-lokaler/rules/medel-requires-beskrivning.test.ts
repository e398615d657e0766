import { ansokanAvvecklingLokaler } from '../../../../../shared/templates/ansokan-avveckling-lokaler';
import rule from '../../../../../shared/templates/ansokan-avveckling-lokaler/rules/medel-requires-beskrivning';
import { testRule } from '../../../../support/rule-tester';
import { base } from '../base-sheet';

testRule(ansokanAvvecklingLokaler, rule, {
  base,
  valid: [
    { name: 'funds applied for are described; no funds, no description' },
    { name: 'a lokal given up with the funds column blank', patch: { F7: null } },
  ],
  invalid: [
    {
      name: 'funds applied for with no description, reported on the description cell',
      patch: { G6: null },
      problems: [{ messageId: 'missingComment', cell: 'G6', data: { medel: 450000 } }],
    },
    {
      name: 'funds typed as text still need a description',
      patch: { F7: '120 000' },
      problems: [{ messageId: 'missingComment', cell: 'G7', data: { medel: 120000 } }],
    },
  ],
});
