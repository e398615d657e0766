import { nyckeltal } from '../../../../../shared/templates/nyckeltal';
import rule from '../../../../../shared/templates/nyckeltal/rules/contact-fields-filled';
import { testRule } from '../../../../support/rule-tester';
import { base } from '../base-sheet';

testRule(nyckeltal, rule, {
  base,
  valid: [
    { name: 'all three filled' },
    { name: 'written in the label cell', patch: { A1: 'Handläggare: Anna Andersson', B1: null } },
  ],
  invalid: [
    {
      name: 'VB 2019: all three blank',
      patch: { B1: null, B2: null, B3: null },
      problems: [
        { messageId: 'missingContact', cell: 'B1', data: { field: 'Handläggare' } },
        { messageId: 'missingContact', cell: 'B2', data: { field: 'Telefon nr' } },
        { messageId: 'missingContact', cell: 'B3', data: { field: 'Mejladress' } },
      ],
    },
  ],
});
