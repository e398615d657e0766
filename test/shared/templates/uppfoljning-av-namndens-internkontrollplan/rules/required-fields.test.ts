import { uppfoljningAvNamndensInternkontrollplan as template } from '../../../../../shared/templates/uppfoljning-av-namndens-internkontrollplan';
import rule from '../../../../../shared/templates/uppfoljning-av-namndens-internkontrollplan/rules/required-fields';
import { testRule } from '../../../../support/rule-tester';
import { followUpSheet } from '../follow-up-sheet';

testRule(template, rule, {
  base: followUpSheet(),
  valid: [{ name: 'every control names its process, arbetssätt, systematic control and activity' }],
  invalid: [
    { name: 'a control without its process', patch: { B11: null }, problems: [{ messageId: 'missing', cell: 'B11', data: { field: 'Process' } }] },
    {
      name: 'a result with nothing to say which control it belongs to',
      patch: { C13: null, D13: null, E13: null },
      problems: [
        { messageId: 'missing', cell: 'C13', data: { field: 'Arbetssätt' } },
        { messageId: 'missing', cell: 'D13', data: { field: 'Systematiska kontroller' } },
        { messageId: 'missing', cell: 'E13', data: { field: 'Kontrollaktivitet' } },
      ],
    },
  ],
});
