import { vasentlighetsOchRiskanalys } from '../../../../../shared/templates/vasentlighets-och-riskanalys';
import fill from '../../../../../shared/templates/vasentlighets-och-riskanalys/fills/riskvarde';
import { testFill } from '../../../../support/fill-tester';
import { vorSheet } from '../vor-sheet';

const RV_RULE = 'vasentlighets-och-riskanalys/rv-equals-sannolikhet-times-konsekvens';

testFill(vasentlighetsOchRiskanalys, fill, {
  base: vorSheet(),
  cases: [
    { name: 'a VoR whose every RV is right needs nothing' },
    { name: 'empty RV cells are filled without asking', patch: { H15: null, H16: null }, fixes: { H15: 9, H16: 12 } },
    {
      name: 'a typed RV that is wrong is only a suggestion',
      patch: { H17: 5 },
      suggestions: { H17: 6 },
      resolves: [RV_RULE],
    },
    { name: 'no RV without both scores', patch: { F15: null, H15: null } },
    { name: 'an off-scale score gives no RV', patch: { G15: '7. Katastrof', H15: null } },
  ],
});
