import { vasentlighetsOchRiskanalys } from '../../../../../shared/templates/vasentlighets-och-riskanalys';
import rule from '../../../../../shared/templates/vasentlighets-och-riskanalys/rules/rv-9-or-more-has-atgard';
import { testRule } from '../../../../support/rule-tester';
import { vorSheet } from '../vor-sheet';

const withAtgard = { J13: 'Åtgärd', J15: 'Ny rutin för registrering', J16: 'Månadsvis uppföljning' };

testRule(vasentlighetsOchRiskanalys, rule, {
  base: vorSheet(),
  valid: [
    { name: 'RV 9 and 12 are carried into the IKP' },
    { name: 'RV below 9 needs no åtgärd', patch: { I17: 'Nej, endast VoR' } },
    { name: 'RV 12 with "Nej" is left to the RV 12 rule', patch: { I16: 'Nej, endast VoR' } },
    { name: 'an Åtgärd column filled where RV ≥ 9', patch: withAtgard },
  ],
  invalid: [
    {
      name: 'RV 9 kept in the VoR only, with no column for the åtgärd (VP 2022)',
      patch: { I15: 'Nej, endast VoR' },
      problems: [{ messageId: 'noAtgardColumn', cell: 'I15', data: { rv: 9 } }],
    },
    {
      name: 'an Åtgärd column left empty for RV 12',
      patch: { ...withAtgard, J16: null },
      problems: [{ messageId: 'missingAtgard', cell: 'J16', data: { rv: 12 } }],
    },
  ],
});
