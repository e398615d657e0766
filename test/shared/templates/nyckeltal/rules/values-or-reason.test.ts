import { nyckeltal } from '../../../../../shared/templates/nyckeltal';
import rule from '../../../../../shared/templates/nyckeltal/rules/values-or-reason';
import { testRule } from '../../../../support/rule-tester';
import { base, ekonomisktBistand } from '../base-sheet';

testRule(nyckeltal, rule, {
  base,
  valid: [
    { name: 'values, and 126 empty with its reason' },
    { name: 'VB 2019 NT 207: no table, a reason', sheet: ekonomisktBistand },
  ],
  invalid: [
    { name: 'an empty block without a reason', patch: { A32: null }, problems: [{ messageId: 'noValuesNoReason', cell: 'H35', data: { nt: '126' } }] },
    {
      name: 'a title alone: no table and no reason',
      sheet: ekonomisktBistand,
      patch: { A16: null },
      problems: [{ messageId: 'noValuesNoReason', cell: 'A15', data: { nt: '207' } }],
    },
  ],
});
