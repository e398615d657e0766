import { ansokanStatsbidrag } from '../../../../../shared/templates/ansokan-statsbidrag';
import rule from '../../../../../shared/templates/ansokan-statsbidrag/rules/sokt-belopp-equals-statsbidrag';
import { testRule } from '../../../../support/rule-tester';
import { base } from '../base-sheet';

testRule(ansokanStatsbidrag, rule, {
  base,
  valid: [
    { name: 'the amount applied for on both lines' },
    { name: 'Sökt belopp typed with kr', patch: { B7: '657 760 kr' } },
    { name: 'no Sökt belopp (left to the required-fields rule)', patch: { B7: null } },
  ],
  invalid: [
    {
      name: 'Etableringscentrum: 979 600 kr applied for, 979 000 financed',
      patch: { B7: '979 600 kr', B46: 979_000 },
      problems: [{ messageId: 'mismatch', cell: 'B46', data: { actual: 979_000, expected: 979_600 } }],
    },
  ],
});
