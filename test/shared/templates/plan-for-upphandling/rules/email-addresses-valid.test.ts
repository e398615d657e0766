import { planForUpphandling } from '../../../../../shared/templates/plan-for-upphandling';
import rule from '../../../../../shared/templates/plan-for-upphandling/rules/email-addresses-valid';
import { testRule } from '../../../../support/rule-tester';
import { base } from '../base-sheet';

testRule(planForUpphandling, rule, {
  base,
  valid: [
    { name: 'ASCII addresses with a top-level domain' },
    { name: 'an address at the end of a sentence', patch: { H13: 'Kontakta johan.wedenius@stockholm.se.' } },
    { name: 'a functional mailbox without any address', patch: { H16: 'Funktionsbrevlådan på intranätet' } },
  ],
  invalid: [
    {
      name: 'VP 2022: an ö in the local part',
      patch: { H14: 'christina.grönberg@edu.stockholm.se' },
      problems: [{ messageId: 'nonAscii', cell: 'H14', data: { address: 'christina.grönberg@edu.stockholm.se' } }],
    },
    {
      name: 'VP 2022: the second address of a header field has no top-level domain',
      patch: { C9: 'Johnny Ridemar, johnny.ridemar@stockholm.se, 08-508 35 527, Isabelle Vas, enhetschef, isabelle.vas@stockholm, 08-508 46 398' },
      problems: [{ messageId: 'missingTopLevelDomain', cell: 'C9', data: { address: 'isabelle.vas@stockholm' } }],
    },
    { name: 'two at signs', patch: { H16: 'kristian@@stockholm.se' }, problems: [{ messageId: 'malformed', cell: 'H16', data: { address: 'kristian@@stockholm.se' } }] },
  ],
});
