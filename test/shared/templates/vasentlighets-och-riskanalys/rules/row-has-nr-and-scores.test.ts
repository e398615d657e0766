import { vasentlighetsOchRiskanalys } from '../../../../../shared/templates/vasentlighets-och-riskanalys';
import rule from '../../../../../shared/templates/vasentlighets-och-riskanalys/rules/row-has-nr-and-scores';
import { testRule } from '../../../../support/rule-tester';
import { vorSheet } from '../vor-sheet';

testRule(vasentlighetsOchRiskanalys, rule, {
  base: vorSheet(),
  valid: [{ name: 'every event has Nr, both scores and RV' }, { name: 'scores as bare numbers count', patch: { F14: 2, G14: 1 } }],
  invalid: [
    { name: 'an event without Nr', patch: { D15: null }, problems: [{ messageId: 'missing', cell: 'D15', data: { field: 'Nr' } }] },
    {
      name: 'an event added with only its text and IKP, as in VP 2022 between Nr 42 and 43',
      patch: { B18: 'Inköp och avtalstrohet', E18: 'Uppföljning hinns inte med.', I18: 'Nej, endast VoR' },
      problems: [
        { messageId: 'missing', cell: 'D18', data: { field: 'Nr' } },
        { messageId: 'missing', cell: 'F18', data: { field: 'Sannolikhet' } },
        { messageId: 'missing', cell: 'G18', data: { field: 'Konsekvens' } },
        { messageId: 'missing', cell: 'H18', data: { field: 'RV' } },
      ],
    },
  ],
});
