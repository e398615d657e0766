import { ansokanStatsbidrag } from '../../../../../shared/templates/ansokan-statsbidrag';
import rule from '../../../../../shared/templates/ansokan-statsbidrag/rules/summa-finansiering-equals-statsbidrag-plus-egen';
import { testRule } from '../../../../support/rule-tester';
import { base } from '../base-sheet';

testRule(ansokanStatsbidrag, rule, {
  base,
  valid: [
    { name: 'statsbidrag plus egen finansiering' },
    { name: 'no egen finansiering, blank counted as 0 (Unga når Unga)', patch: { B47: null, B48: 657_760 } },
  ],
  invalid: [
    {
      name: 'a sum that misses the egen finansiering',
      patch: { B48: 657_760 },
      problems: [{ messageId: 'sumMismatch', cell: 'B48', data: { actual: 657_760, expected: 927_760 } }],
    },
  ],
});
