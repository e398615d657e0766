import { baskravInformationssakerhet } from '../../../../../shared/templates/baskrav-informationssakerhet';
import rule from '../../../../../shared/templates/baskrav-informationssakerhet/rules/every-krav-has-status-and-comment';
import { testRule } from '../../../../support/rule-tester';
import { base } from '../base-sheet';

testRule(baskravInformationssakerhet, rule, {
  base,
  valid: [
    { name: 'every krav answered' },
    { name: 'a status other than Ja', patch: { C9: 'Delvis' } },
  ],
  invalid: [
    { name: 'krav 3 b) without status', patch: { C11: null }, problems: [{ messageId: 'missingStatus', cell: 'C11', data: { nr: '3 b)' } }] },
    { name: 'krav 6 without comment', patch: { D14: '  ' }, problems: [{ messageId: 'missingComment', cell: 'D14', data: { nr: '6' } }] },
    {
      name: 'a krav left wholly unanswered',
      patch: { C8: null, D8: null },
      problems: [
        { messageId: 'missingStatus', cell: 'C8', data: { nr: '1' } },
        { messageId: 'missingComment', cell: 'D8', data: { nr: '1' } },
      ],
    },
  ],
});
