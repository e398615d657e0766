import { planForUpphandling } from '../../../../../shared/templates/plan-for-upphandling';
import rule from '../../../../../shared/templates/plan-for-upphandling/rules/required-fields-filled';
import { testRule } from '../../../../support/rule-tester';
import { base } from '../base-sheet';

testRule(planForUpphandling, rule, {
  base,
  valid: [
    { name: 'every column and both contact fields filled' },
    { name: '"Inte bestämt" is an answer', patch: { F13: 'Inte bestämt' } },
    { name: 'a contact field written in its label cell', patch: { A8: 'Kontaktuppgift förvaltningen: info.amf@stockholm.se', C8: null } },
  ],
  invalid: [
    {
      name: 'no contact for a procurement',
      patch: { H14: null },
      problems: [{ messageId: 'missing', cell: 'H14', data: { column: 'Kontaktuppgifter', beskrivning: 'Samhällsorientering' } }],
    },
    {
      name: 'an empty contact field in the header',
      patch: { C9: null },
      problems: [{ messageId: 'missingContact', cell: 'B9', data: { field: 'Kontaktuppgift inköpsansvarig, namn, mailadress och telefonnummer' } }],
    },
  ],
});
