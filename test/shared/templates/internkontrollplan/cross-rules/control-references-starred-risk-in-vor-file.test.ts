import { internkontrollplan } from '../../../../../shared/templates/internkontrollplan';
import rule from '../../../../../shared/templates/internkontrollplan/cross-rules/control-references-starred-risk-in-vor-file';
import { vasentlighetsOchRiskanalys } from '../../../../../shared/templates/vasentlighets-och-riskanalys';
import { testCrossRule } from '../../../../support/cross-rule-tester';
import { ikpSheet, vorSheet } from '../ikp-sheets';

// The VoR's händelser are E4–E7 under the heading E3.
testCrossRule(internkontrollplan, rule, {
  base: ikpSheet(),
  partner: { template: vasentlighetsOchRiskanalys, base: vorSheet() },
  valid: [
    { name: 'every control refers to a starred VoR event with its RV' },
    { name: 'the RV printed before the händelse', patch: { D8: null, E8: '12 / Avropsmedlen nyttjas inte' } },
    {
      name: 'a VoR of another plan year is not this plan’s',
      patch: { E6: 'Deltagare registreras dubbelt' },
      partners: [{ template: vasentlighetsOchRiskanalys, sheet: vorSheet(), patch: { A1: 'Verksamhetsplan 2021' } }],
    },
  ],
  invalid: [
    {
      name: 'a control for an event the VoR file does not have',
      patch: { E6: 'Deltagare registreras dubbelt' },
      problems: [{ messageId: 'unknownRisk', cell: 'E6', partnerCell: 'E3', data: { handelse: 'Deltagare registreras dubbelt' } }],
    },
    {
      name: 'a control for an event the VoR file keeps out of the plan',
      patch: { D8: 6, E8: 'Träffsäkerheten i prognoser är låg.' },
      problems: [{ messageId: 'riskNotStarred', cell: 'E8', partnerCell: 'E6', data: { nr: '3' } }],
    },
    {
      name: 'an RV that differs from the VoR file',
      patch: { D6: 6 },
      partners: [{ template: vasentlighetsOchRiskanalys, sheet: vorSheet(), document: 'VoR 2022.xlsx' }],
      problems: [{ messageId: 'rvMismatch', cell: 'D6', partnerCell: 'E4', document: 'VoR 2022.xlsx', data: { rv: 6, vorRv: 9, nr: '1' } }],
    },
  ],
});
