import { kostnadsanalys } from '../../../../../shared/templates/kostnadsanalys';
import rule from '../../../../../shared/templates/kostnadsanalys/rules/intakter-negative-kostnader-positive';
import { testRule } from '../../../../support/rule-tester';
import { base } from '../base-sheet';

testRule(kostnadsanalys, rule, {
  base,
  valid: [{ name: 'income negative, costs positive, zeros anywhere' }, { name: 'a zero income line', patch: { F11: 0 } }],
  invalid: [
    {
      name: 'an income entered without its minus sign',
      patch: { B10: 82.6 },
      problems: [{ messageId: 'shouldBeNegative', cell: 'B10', data: { header: 'Intäkter (-)', value: 82.6 } }],
    },
    {
      name: 'an income booked as a negative cost',
      patch: { G8: -36.6 },
      problems: [{ messageId: 'shouldBePositive', cell: 'G8', data: { header: 'Kostnader', value: -36.6 } }],
    },
  ],
});
