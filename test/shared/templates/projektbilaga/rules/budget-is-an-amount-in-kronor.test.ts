import { projektbilaga } from '../../../../../shared/templates/projektbilaga';
import rule from '../../../../../shared/templates/projektbilaga/rules/budget-is-an-amount-in-kronor';
import { testRule } from '../../../../support/rule-tester';
import { base } from '../base-sheet';

testRule(projektbilaga, rule, {
  base,
  valid: [
    { name: 'every budget in miljoner kr' },
    { name: 'kronor, tkr, "miljoner kronor" and "9 miljoner" are all kronor', patch: { C7: '24 250 660 kr', C8: '38 600 tkr', C9: '13,3 miljoner kronor', C10: '9 miljoner' } },
    { name: 'a budget typed as the number 0', patch: { C10: 0 } },
  ],
  invalid: [
    {
      name: 'a budget left empty',
      patch: { C8: null },
      problems: [{ messageId: 'missing', cell: 'C8', data: { project: 'Hållbar Etablering' } }],
    },
    {
      name: 'words instead of an amount (VB 2019, VP 2022)',
      patch: { C7: 'Vi får bidrag för en projektledare.', C8: 'okänt' },
      problems: [
        { messageId: 'notAnAmount', cell: 'C7', data: { text: 'Vi får bidrag för en projektledare.' } },
        { messageId: 'notAnAmount', cell: 'C8', data: { text: 'okänt' } },
      ],
    },
    {
      name: 'a stray space inside the number (VP 2022 "7, 8 miljoner kr")',
      patch: { C9: '7, 8 miljoner kr' },
      problems: [{ messageId: 'suspiciousNumber', cell: 'C9', data: { value: 7800000 } }],
    },
    {
      name: 'euro (FAB - Fast Track Action)',
      patch: { C9: '2 379 041 Euro/ 342 156 Euro AmF' },
      problems: [{ messageId: 'otherCurrency', cell: 'C9', data: { project: 'Bron' } }],
    },
    {
      name: 'a number without unit, typed and as text',
      patch: { C9: 761742, C10: '761 742' },
      problems: [
        { messageId: 'missingUnit', cell: 'C9', data: { text: '761 742' } },
        { messageId: 'missingUnit', cell: 'C10', data: { text: '761 742' } },
      ],
    },
    {
      name: 'a label before the amount (VB 2019 "Projektets budget 2019: …")',
      patch: { C8: 'Projektets budget 2019: 2,9 miljoner kr' },
      problems: [{ messageId: 'extraText', cell: 'C8', data: { extra: 'Projektets budget 2019:' } }],
    },
  ],
});
