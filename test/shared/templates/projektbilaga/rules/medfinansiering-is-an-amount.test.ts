import { projektbilaga } from '../../../../../shared/templates/projektbilaga';
import rule from '../../../../../shared/templates/projektbilaga/rules/medfinansiering-is-an-amount';
import { testRule } from '../../../../support/rule-tester';
import { base } from '../base-sheet';

testRule(projektbilaga, rule, {
  base,
  valid: [
    { name: 'amounts with units, "0 kr" and a typed 0' },
    { name: 'a zero written without unit', patch: { D9: '0' } },
    { name: 'tkr, euro and "1 miljon kr" are amounts', patch: { D7: '240 tkr', D8: '71 000 Euro', D9: '1 miljon kr' } },
  ],
  invalid: [
    {
      name: 'the OCR letter O for a zero (T1 2020 "O kr")',
      patch: { D9: 'O kr' },
      problems: [{ messageId: 'suspiciousNumber', cell: 'D9', data: { project: 'Bron', text: 'O kr', value: 0 } }],
    },
    {
      name: 'empty, words, and a number without unit',
      patch: { D7: null, D8: 'enligt avtal', D9: '450 000' },
      problems: [
        { messageId: 'missing', cell: 'D7', data: { project: 'Utvecklat stöd för unga' } },
        { messageId: 'notAnAmount', cell: 'D8', data: { text: 'enligt avtal' } },
        { messageId: 'missingUnit', cell: 'D9', data: { text: '450 000' } },
      ],
    },
  ],
});
