import { projektbilaga } from '../../../../../shared/templates/projektbilaga';
import rule from '../../../../../shared/templates/projektbilaga/rules/project-fields-filled';
import { testRule } from '../../../../support/rule-tester';
import { base } from '../base-sheet';

testRule(projektbilaga, rule, {
  base,
  valid: [
    { name: 'every project with financier, name and department' },
    { name: 'budget, medfinansiering and period are left to their own rules', patch: { C7: null, D8: null, E9: null } },
  ],
  invalid: [
    {
      name: 'a project without financier and one without department',
      patch: { A9: null, F10: null },
      problems: [
        { messageId: 'missing', cell: 'A9', data: { field: 'Finansiär / roll' } },
        { messageId: 'missing', cell: 'F10', data: { field: 'Ansvarig avdelning' } },
      ],
    },
    {
      name: 'a row of figures with no project name',
      patch: { B8: '  ' },
      problems: [{ messageId: 'missing', cell: 'B8', data: { field: 'Projekt' } }],
    },
  ],
});
