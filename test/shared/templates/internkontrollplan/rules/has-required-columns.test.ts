import { internkontrollplan } from '../../../../../shared/templates/internkontrollplan';
import rule from '../../../../../shared/templates/internkontrollplan/rules/has-required-columns';
import { testRule } from '../../../../support/rule-tester';
import { ikpSheet } from '../ikp-sheets';

const withoutKontrollansvarig = { G4: null, G6: null, G8: null, G9: null };

testRule(internkontrollplan, rule, {
  base: ikpSheet(),
  valid: [
    { name: 'all six parts: goal headings, process … kontrollansvarig' },
    { name: 'the method of control headed as the instruction words it', patch: { F4: 'Metoder för kontroll' } },
    { name: 'a Mål column instead of goal headings', patch: { A5: null, A7: null, H4: 'KF-mål', H6: '1.1', H8: '3.1', H9: '3.1' } },
  ],
  invalid: [
    {
      name: 'no Kontrollansvarig column (VP 2022)',
      patch: withoutKontrollansvarig,
      problems: [{ messageId: 'missingColumn', cell: 'G4', data: { column: 'Kontrollansvarig' } }],
    },
    {
      name: 'neither goal headings nor a Mål column',
      patch: { A5: null, A7: null },
      problems: [{ messageId: 'missingColumn', cell: 'H4', data: { column: 'Mål' } }],
    },
    {
      name: 'no Systematisk kontroll column',
      patch: { C4: null },
      problems: [{ messageId: 'missingColumn', cell: 'H4', data: { column: 'Systematiska kontroller' } }],
    },
  ],
});
