import { kostnadsanalys } from '../../../../../shared/templates/kostnadsanalys';
import rule from '../../../../../shared/templates/kostnadsanalys/rules/kolumn-4-equals-1-plus-2-plus-3';
import { testRule } from '../../../../support/rule-tester';
import { base } from '../base-sheet';

testRule(kostnadsanalys, rule, {
  base,
  valid: [
    { name: 'column 4 is 1 + 2 + 3 on every line, Netto included' },
    { name: 'a difference the printed 0,0 cannot show', patch: { E6: 425.94 } },
    { name: 'a line with columns 1–3 all blank is not computed', patch: { B7: null, C7: null, D7: null, E7: 'se not' } },
  ],
  invalid: [
    {
      name: 'a typed column 4 that misses a budget adjustment',
      patch: { D6: 1.5, E6: 425.9 },
      problems: [{ messageId: 'mismatch', cell: 'E6', data: { actual: 425.9, expected: 427.4 } }],
    },
    {
      name: 'a summing line whose column 4 does not follow its own columns 1–3',
      patch: { E5: 1200 },
      problems: [{ messageId: 'mismatch', cell: 'E5', data: { actual: 1200, expected: 1278.7 } }],
    },
    {
      name: 'column 4 left blank where columns 1–3 hold amounts',
      patch: { E12: null },
      problems: [{ messageId: 'mismatch', cell: 'E12', data: { actual: 0, expected: 1122.6 } }],
    },
  ],
});
