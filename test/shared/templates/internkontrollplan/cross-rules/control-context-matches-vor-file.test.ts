import { internkontrollplan } from '../../../../../shared/templates/internkontrollplan';
import rule from '../../../../../shared/templates/internkontrollplan/cross-rules/control-context-matches-vor-file';
import { vasentlighetsOchRiskanalys } from '../../../../../shared/templates/vasentlighets-och-riskanalys';
import { testCrossRule } from '../../../../support/cross-rule-tester';
import { ikpSheet, vorSheet } from '../ikp-sheets';

testCrossRule(internkontrollplan, rule, {
  base: ikpSheet(),
  partner: { template: vasentlighetsOchRiskanalys, base: vorSheet() },
  valid: [
    { name: 'goals and processes as in the VoR file ("3.1." and "3.1" are one goal)' },
    { name: 'a blank unmerged process is left to the required-field rule', patch: { A9: null } },
  ],
  invalid: [
    {
      name: "'Utlägg via LISA' merged under Budgetföljsamhet while the VoR file says Redovisning (VP 2022)",
      sheet: ikpSheet({ continueProcess: true }),
      problems: [{ messageId: 'processMismatch', cell: 'A9', partnerCell: 'E7', data: { process: 'Budgetföljsamhet', vorProcess: 'Redovisning' } }],
    },
    {
      name: 'a control filed under another KF-mål',
      patch: { A5: '3.1 Stockholm har en budget i balans' },
      problems: [{ messageId: 'goalMismatch', cell: 'E6', partnerCell: 'E4', data: { goal: '3.1 Stockholm har en budget i balans' } }],
    },
  ],
});
