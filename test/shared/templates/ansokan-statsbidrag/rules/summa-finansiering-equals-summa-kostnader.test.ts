import { ansokanStatsbidrag } from '../../../../../shared/templates/ansokan-statsbidrag';
import rule from '../../../../../shared/templates/ansokan-statsbidrag/rules/summa-finansiering-equals-summa-kostnader';
import { testRule } from '../../../../support/rule-tester';
import { base } from '../base-sheet';

testRule(ansokanStatsbidrag, rule, {
  base,
  valid: [
    { name: 'financing covers the costs' },
    { name: 'a sum typed with kr (Unga når Unga)', patch: { B48: '927 760 kr' } },
  ],
  invalid: [
    {
      name: 'Etableringscentrum: 1 429 000 against 1 429 600',
      patch: { B43: 1_429_600, B48: 1_429_000 },
      problems: [{ messageId: 'mismatch', cell: 'B48', data: { actual: 1_429_000, expected: 1_429_600 } }],
    },
  ],
});
