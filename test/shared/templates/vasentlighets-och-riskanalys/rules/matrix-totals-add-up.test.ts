import { vasentlighetsOchRiskanalys } from '../../../../../shared/templates/vasentlighets-och-riskanalys';
import rule from '../../../../../shared/templates/vasentlighets-och-riskanalys/rules/matrix-totals-add-up';
import { testRule } from '../../../../support/rule-tester';
import { vorSheet } from '../vor-sheet';

testRule(vasentlighetsOchRiskanalys, rule, {
  base: vorSheet(),
  valid: [
    { name: 'Totalt 4 = 4 events = 1 + 2 + 1' },
    { name: 'counts in another order still add up', patch: { H5: 1, I5: 1, J5: 2 } },
    { name: 'the total in the cell to the right of "Totalt:"', patch: { K4: 'Totalt:', L4: 4 } },
    { name: 'a legend printed without counts', patch: { H5: null, I5: null, J5: null } },
  ],
  invalid: [
    {
      name: 'a total not updated after an event was added',
      patch: { K4: 'Totalt: 5' },
      problems: [
        { messageId: 'countsDontAddUp', cell: 'K4', data: { sum: 4, total: 5 } },
        { messageId: 'totalMismatch', cell: 'K4', data: { total: 5, events: 4 } },
      ],
    },
    { name: 'a count that is off by one', patch: { I5: 3 }, problems: [{ messageId: 'countsDontAddUp', cell: 'K4', data: { sum: 5, total: 4 } }] },
  ],
});
