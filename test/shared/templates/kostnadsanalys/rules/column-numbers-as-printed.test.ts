import { kostnadsanalys } from '../../../../../shared/templates/kostnadsanalys';
import rule from '../../../../../shared/templates/kostnadsanalys/rules/column-numbers-as-printed';
import { testRule } from '../../../../support/rule-tester';
import { base } from '../base-sheet';

testRule(kostnadsanalys, rule, {
  base,
  valid: [
    { name: 'columns numbered 1–6 as printed' },
    { name: 'a sheet without the row of numbers', patch: { B3: null, C3: null, D3: null, E3: null, F3: null, G3: null } },
  ],
  invalid: [
    {
      name: 'column 1 renumbered 2 and column 6 made negative',
      patch: { B3: 2, G3: -6 },
      problems: [
        { messageId: 'wrongNumber', cell: 'B3', data: { expected: '1', actual: '2' } },
        { messageId: 'wrongNumber', cell: 'G3', data: { expected: '6', actual: '-6' } },
      ],
    },
    {
      name: 'the number of column 4 left out',
      patch: { E3: null },
      problems: [{ messageId: 'missingNumber', cell: 'E3', data: { expected: '4' } }],
    },
  ],
});
