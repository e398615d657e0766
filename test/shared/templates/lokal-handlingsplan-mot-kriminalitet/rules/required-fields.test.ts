import { lokalHandlingsplanMotKriminalitet as template } from '../../../../../shared/templates/lokal-handlingsplan-mot-kriminalitet';
import rule from '../../../../../shared/templates/lokal-handlingsplan-mot-kriminalitet/rules/required-fields';
import { testRule } from '../../../../support/rule-tester';
import { planSheet } from '../plan-sheet';

testRule(template, rule, {
  base: planSheet(),
  valid: [{ name: 'utgångspunkt and område merged down over their rows' }],
  invalid: [
    {
      name: 'an utgångspunkt with an empty Område (T1 2021: Våldsprevention, Civilsamhället)',
      patch: { B8: null },
      problems: [{ messageId: 'missing', cell: 'B8', data: { field: 'Område' } }],
    },
    {
      name: 'a row without its goal and methods',
      patch: { C6: null, D6: null },
      problems: [
        { messageId: 'missing', cell: 'C6', data: { field: 'Mål och nytta' } },
        { messageId: 'missing', cell: 'D6', data: { field: 'Metoder och arbetssätt' } },
      ],
    },
  ],
});
