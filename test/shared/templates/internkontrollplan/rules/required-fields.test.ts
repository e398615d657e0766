import { internkontrollplan } from '../../../../../shared/templates/internkontrollplan';
import rule from '../../../../../shared/templates/internkontrollplan/rules/required-fields';
import { testRule } from '../../../../support/rule-tester';
import { ikpSheet } from '../ikp-sheets';

testRule(internkontrollplan, rule, {
  base: ikpSheet(),
  valid: [
    { name: 'every control filled in' },
    { name: 'a process continued by merging with the row above', sheet: ikpSheet({ continueProcess: true }) },
    { name: 'a plan without a Kontrollansvarig column asks for none per row', patch: { G4: null, G6: null, G8: null, G9: null } },
  ],
  invalid: [
    {
      name: 'a process left blank and merged with nothing (VP 2022, after a page break)',
      patch: { A9: null, B9: null, C9: null },
      problems: [
        { messageId: 'missing', cell: 'A9', data: { field: 'Process' } },
        { messageId: 'missing', cell: 'B9', data: { field: 'Arbetssätt' } },
        { messageId: 'missing', cell: 'C9', data: { field: 'Systematisk kontroll' } },
      ],
    },
    { name: 'a control without anyone responsible', patch: { G6: '  ' }, problems: [{ messageId: 'missing', cell: 'G6', data: { field: 'Kontrollansvarig' } }] },
    { name: 'a risk without a method of control', patch: { F8: null }, problems: [{ messageId: 'missing', cell: 'F8', data: { field: 'Kontrollaktivitet' } }] },
  ],
});
