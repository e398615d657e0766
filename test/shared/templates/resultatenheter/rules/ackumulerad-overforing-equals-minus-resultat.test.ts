import { resultatenheter } from '../../../../../shared/templates/resultatenheter';
import rule from '../../../../../shared/templates/resultatenheter/rules/ackumulerad-overforing-equals-minus-resultat';
import { testRule } from '../../../../support/rule-tester';
import { base } from '../base-sheet';

testRule(resultatenheter, rule, {
  base,
  valid: [
    { name: 'column 6 is −(column 4 + column 5) on every row' },
    { name: 'a row with none of the three filled', patch: { D6: null, E6: null, F6: null } },
  ],
  invalid: [
    {
      name: 'column 6 entered with the sign of columns 4–5',
      patch: { F6: -250 },
      problems: [{ messageId: 'mismatch', cell: 'F6', data: { actual: -250, expected: 250 } }],
    },
    {
      name: 'column 6 left empty although the results are filled',
      patch: { F4: null },
      problems: [{ messageId: 'mismatch', cell: 'F4', data: { actual: 0, expected: 500 } }],
    },
  ],
});
