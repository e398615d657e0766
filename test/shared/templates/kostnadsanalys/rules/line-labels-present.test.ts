import { kostnadsanalys } from '../../../../../shared/templates/kostnadsanalys';
import rule from '../../../../../shared/templates/kostnadsanalys/rules/line-labels-present';
import { testRule } from '../../../../support/rule-tester';
import { base } from '../base-sheet';

testRule(kostnadsanalys, rule, {
  base,
  valid: [
    { name: 'every line labelled, Driftverksamhet above Kostnader' },
    { name: 'the last line under Kostnader may be unlabelled: the form has one', patch: { A8: null } },
  ],
  invalid: [
    {
      name: 'a cost line and an income line without labels',
      patch: { A6: null, A11: null },
      problems: [
        { messageId: 'missingLabel', cell: 'A6', data: { block: 'Kostnader', previous: 'Kostnader' } },
        { messageId: 'missingLabel', cell: 'A11', data: { block: 'Intäkter (-)', previous: 'Intäkter från skolverket' } },
      ],
    },
    {
      name: 'the heading Driftverksamhet blanked',
      patch: { A4: null },
      problems: [{ messageId: 'missingHeading', cell: 'A4' }],
    },
  ],
});
