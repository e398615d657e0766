import { innovationssatsningar } from '../../../../../shared/templates/innovationssatsningar';
import rule from '../../../../../shared/templates/innovationssatsningar/rules/required-fields-filled';
import { testRule } from '../../../../support/rule-tester';
import { base } from '../base-sheet';

testRule(innovationssatsningar, rule, {
  base,
  valid: [
    { name: 'every required column filled, one row without partners' },
    { name: 'a sheet without a Kontaktperson column', patch: { I4: null, I5: null, I6: null, I7: null } },
  ],
  invalid: [
    {
      name: 'VP 2022: no Kontaktperson on any row',
      patch: { I5: null, I6: null, I7: null },
      problems: [
        { messageId: 'missing', cell: 'I5', data: { column: 'Kontaktperson', namn: 'Vux 2.0' } },
        { messageId: 'missing', cell: 'I6', data: { column: 'Kontaktperson', namn: 'Smarta prov' } },
        { messageId: 'missing', cell: 'I7', data: { column: 'Kontaktperson', namn: 'Bron' } },
      ],
    },
    {
      name: 'no financing stated',
      patch: { E6: null },
      problems: [{ messageId: 'missing', cell: 'E6', data: { column: 'Finansieringen (intern och/eller extern)' } }],
    },
  ],
});
