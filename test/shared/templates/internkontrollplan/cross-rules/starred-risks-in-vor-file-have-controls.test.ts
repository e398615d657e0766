import { internkontrollplan } from '../../../../../shared/templates/internkontrollplan';
import rule from '../../../../../shared/templates/internkontrollplan/cross-rules/starred-risks-in-vor-file-have-controls';
import { vasentlighetsOchRiskanalys } from '../../../../../shared/templates/vasentlighets-och-riskanalys';
import { testCrossRule } from '../../../../support/cross-rule-tester';
import { ikpSheet, vorSheet } from '../ikp-sheets';

const withoutRow9 = { A9: null, B9: null, C9: null, D9: null, E9: null, F9: null, G9: null };

testCrossRule(internkontrollplan, rule, {
  base: ikpSheet(),
  partner: { template: vasentlighetsOchRiskanalys, base: vorSheet() },
  valid: [
    { name: 'every starred event has its control' },
    {
      name: 'a VoR without an IKP column asks only for RV 12 or more',
      patch: { A6: null, B6: null, C6: null, D6: null, E6: null, F6: null, G6: null },
      partners: [{ template: vasentlighetsOchRiskanalys, sheet: vorSheet(), patch: { I3: null } }],
    },
    { name: 'a VoR of another plan year asks nothing', patch: withoutRow9, partners: [{ template: vasentlighetsOchRiskanalys, sheet: vorSheet(), patch: { A1: 'Verksamhetsplan 2023' } }] },
  ],
  invalid: [
    {
      name: 'a starred RV 12 event of the VoR file with no control',
      patch: withoutRow9,
      problems: [{ messageId: 'missingControl', cell: 'E4', partnerCell: 'E7', data: { nr: '4', rv: 12 } }],
    },
  ],
});
