import { baskravInformationssakerhet } from '../../../../../shared/templates/baskrav-informationssakerhet';
import rule from '../../../../../shared/templates/baskrav-informationssakerhet/rules/krav-numbered-and-worded';
import { testRule } from '../../../../support/rule-tester';
import { base } from '../base-sheet';

testRule(baskravInformationssakerhet, rule, {
  base,
  valid: [
    { name: 'krav 1, 2, 3 a), 3 b), 4, 5, 6 with their texts' },
    { name: 'numbers typed as text and sub-items without space', patch: { A8: '1', A10: '3a)', A11: '3 b' } },
  ],
  invalid: [
    {
      name: 'the first krav renumbered and one number made negative',
      patch: { A8: 2, A12: -4 },
      problems: [
        { messageId: 'wrongNumber', cell: 'A8', data: { actual: '2', expected: '1' } },
        { messageId: 'wrongNumber', cell: 'A12', data: { actual: '-4', expected: '4' } },
      ],
    },
    {
      name: 'krav 5 numbered 6: reported once, the sequence goes on',
      patch: { A13: 6 },
      problems: [{ messageId: 'wrongNumber', cell: 'A13', data: { actual: '6', expected: '5' } }],
    },
    {
      name: 'the number of 3 a) blanked: 3 b) still follows',
      patch: { A10: null },
      problems: [{ messageId: 'missingNumber', cell: 'A10', data: { expected: '3' } }],
    },
    {
      name: 'a krav whose text is gone',
      patch: { B11: null },
      problems: [{ messageId: 'missingText', cell: 'B11', data: { nr: '3 b)' } }],
    },
  ],
});
