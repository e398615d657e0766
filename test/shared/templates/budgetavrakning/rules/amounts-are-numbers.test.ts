import { budgetavrakning } from '../../../../../shared/templates/budgetavrakning';
import rule from '../../../../../shared/templates/budgetavrakning/rules/amounts-are-numbers';
import { testRule } from '../../../../support/rule-tester';
import { base } from '../base-sheet';

testRule(budgetavrakning, rule, {
  base,
  valid: [{ name: 'every amount a number' }, { name: 'the footnote below the table is no amount', patch: { A21: 'Period 201514 är exkluderat i rapporten.' } }],
  invalid: [
    {
      name: 'the OCR dropped the thousands separators',
      patch: { C6: '1410480 134,95' },
      problems: [{ messageId: 'suspiciousNumber', cell: 'C6', data: { text: '1410480 134,95', value: 1410480134.95 } }],
    },
    {
      name: 'Försäljningsbeting read as letters is flagged, never a silent zero',
      patch: { B19: 'o,ool', C19: 'o,ool', D19: 'o,ooJ' },
      problems: [
        { messageId: 'suspiciousNumber', cell: 'B19', data: { value: 0 } },
        { messageId: 'suspiciousNumber', cell: 'C19', data: { value: 0 } },
        { messageId: 'suspiciousNumber', cell: 'D19', data: { text: 'o,ooJ', value: 0 } },
      ],
    },
    { name: 'a clean amount stored as text', patch: { B14: '6000000,00' }, problems: [{ messageId: 'numberAsText', cell: 'B14', data: { text: '6000000,00' } }] },
    { name: 'an amount the OCR could not read at all', patch: { C7: '~6 105 OO6,28' }, problems: [{ messageId: 'notANumber', cell: 'C7', data: { text: '~6 105 OO6,28' } }] },
  ],
});
