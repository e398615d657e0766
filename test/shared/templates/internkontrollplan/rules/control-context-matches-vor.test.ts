import { internkontrollplan } from '../../../../../shared/templates/internkontrollplan';
import rule from '../../../../../shared/templates/internkontrollplan/rules/control-context-matches-vor';
import { testRule } from '../../../../support/rule-tester';
import { ikpSheet, vorSheet } from '../ikp-sheets';

const vor = [vorSheet()];

testRule(internkontrollplan, rule, {
  base: ikpSheet(),
  valid: [
    { name: 'goals and processes as in the VoR ("3.1." and "3.1" are one goal)', otherSheets: vor },
    { name: 'without a VoR in the workbook nothing can be compared', sheet: ikpSheet({ continueProcess: true }) },
    { name: 'a blank unmerged process is left to the required-field rule', patch: { A9: null }, otherSheets: vor },
  ],
  invalid: [
    {
      name: "'Utlägg via LISA' merged under Budgetföljsamhet while the VoR says Redovisning (VP 2022)",
      sheet: ikpSheet({ continueProcess: true }),
      otherSheets: vor,
      problems: [{ messageId: 'processMismatch', cell: 'A9', data: { process: 'Budgetföljsamhet', vorProcess: 'Redovisning' } }],
    },
    {
      name: 'a control filed under another KF-mål',
      patch: { A5: '3.1 Stockholm har en budget i balans' },
      otherSheets: vor,
      problems: [{ messageId: 'goalMismatch', cell: 'E6', data: { goal: '3.1 Stockholm har en budget i balans' } }],
    },
  ],
});
