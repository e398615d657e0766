import { vasentlighetsOchRiskanalys } from '../../../../../shared/templates/vasentlighets-och-riskanalys';
import rule from '../../../../../shared/templates/vasentlighets-och-riskanalys/rules/matrix-class-counts-match';
import { testRule } from '../../../../support/rule-tester';
import { vorSheet } from '../vor-sheet';

testRule(vasentlighetsOchRiskanalys, rule, {
  base: vorSheet(),
  valid: [
    { name: 'Kritisk 1, Medium 2, Låg 1' },
    { name: 'RV 12 is the first Kritisk value and 4 the last Låg value', patch: { F14: '2. Mindre sannolikt', G14: '2. Lindrig', H14: 4 } },
  ],
  invalid: [
    {
      name: 'counts printed in reverse order under the legend (as in VP 2022)',
      patch: { H5: 1, I5: 2, J5: 1, F16: '1. Osannolikt', G16: '3. Kännbar', H16: 3 },
      problems: [
        { messageId: 'wrongCount', cell: 'H5', data: { label: 'Kritisk', actual: 1, expected: 0 } },
        { messageId: 'wrongCount', cell: 'J5', data: { label: 'Låg', actual: 1, expected: 2 } },
      ],
    },
    {
      name: 'a count left blank',
      patch: { H5: null },
      problems: [{ messageId: 'missingCount', cell: 'H5', data: { label: 'Kritisk', expected: 1 } }],
    },
    { name: 'a Medium count that misses an event', patch: { I5: 1 }, problems: [{ messageId: 'wrongCount', cell: 'I5', data: { label: 'Medium', actual: 1, expected: 2 } }] },
  ],
});
