import { resultatenheter } from '../../../../../shared/templates/resultatenheter';
import rule from '../../../../../shared/templates/resultatenheter/rules/ackumulerad-overforing-equals-minus-resultat';
import { testRule } from '../../../../support/rule-tester';
import { base } from '../base-sheet';

testRule(resultatenheter, rule, {
  base,
  valid: [
    { name: 'column 6 is −(column 4 + column 5) on every row' },
    { name: 'a row with none of the three filled', patch: { D6: null, E6: null, F6: null } },
    { name: 'a year’s överskott above 5 %: only the capped part is carried over', patch: { E4: -800, F4: 700 } },
    { name: 'an accumulated överskott above 10 %: column 6 holds the capped amount', patch: { D4: -900, F4: 1000 } },
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
