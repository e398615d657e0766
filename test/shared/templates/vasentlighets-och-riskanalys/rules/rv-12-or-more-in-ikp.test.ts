import { vasentlighetsOchRiskanalys } from '../../../../../shared/templates/vasentlighets-och-riskanalys';
import rule from '../../../../../shared/templates/vasentlighets-och-riskanalys/rules/rv-12-or-more-in-ikp';
import { testRule } from '../../../../support/rule-tester';
import { vorSheet } from '../vor-sheet';

testRule(vasentlighetsOchRiskanalys, rule, {
  base: vorSheet(),
  valid: [
    { name: 'the RV 12 event is starred' },
    { name: 'RV 9 may stay in the VoR only', patch: { I15: 'Nej, endast VoR' } },
    { name: 'a low RV may still be taken into the IKP', patch: { I14: null } },
  ],
  invalid: [
    { name: 'RV 12 kept out of the IKP', patch: { I16: 'Nej, endast VoR' }, problems: [{ messageId: 'mustBeInIkp', cell: 'I16', data: { rv: 12 } }] },
    {
      name: 'RV computed from the scores when the RV cell is blank',
      patch: { F17: '4. Sannolikt', G17: '4. Allvarlig', H17: null },
      problems: [{ messageId: 'mustBeInIkp', cell: 'I17', data: { rv: 16 } }],
    },
  ],
});
