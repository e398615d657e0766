import { balansrakning } from '../../../../../shared/templates/balansrakning';
import rule from '../../../../../shared/templates/balansrakning/rules/assets-positive-liabilities-negative';
import { testRule } from '../../../../support/rule-tester';
import { base } from '../base-sheet';

testRule(balansrakning, rule, {
  base,
  valid: [
    { name: 'assets debit, liabilities credit' },
    { name: 'a negative change is no sign error', patch: { C7: -300 } },
    { name: 'eget kapital may stand on either side', patch: { B14: -2000, B15: -2000 } },
  ],
  invalid: [
    { name: 'a receivable in credit', patch: { F11: -1000 }, problems: [{ messageId: 'shouldBePositive', cell: 'F11', data: { header: '15 Kundfordringar', value: -1000 } }] },
    { name: 'a supplier debt in debit', patch: { B19: 3000 }, problems: [{ messageId: 'shouldBeNegative', cell: 'B19', data: { header: '25 Leverantörsskulder', value: 3000 } }] },
  ],
});
