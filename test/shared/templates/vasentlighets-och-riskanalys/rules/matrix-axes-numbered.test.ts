import { vasentlighetsOchRiskanalys } from '../../../../../shared/templates/vasentlighets-och-riskanalys';
import rule from '../../../../../shared/templates/vasentlighets-och-riskanalys/rules/matrix-axes-numbered';
import { testRule } from '../../../../support/rule-tester';
import { vorSheet } from '../vor-sheet';

// The matrix of vorSheet: Sannolikhet 5–1 in A5:A9, Konsekvens 1–5 in B10:F10.
testRule(vasentlighetsOchRiskanalys, rule, {
  base: vorSheet(),
  valid: [
    { name: 'both axes as printed' },
    { name: 'the side axis in another order is read as it stands', patch: { A5: 1, A9: 5 } },
    { name: 'two slips: no matrix is read at all (other rules have nothing to place)', patch: { A6: null, B10: 7 } },
  ],
  invalid: [
    { name: 'a Sannolikhet number typed over (two 5s)', patch: { A6: 5 }, problems: [{ messageId: 'axisSlip', cell: 'A6', data: { text: '5', expected: 4 } }] },
    { name: 'a Konsekvens number deleted', patch: { D10: null }, problems: [{ messageId: 'axisSlip', cell: 'D10', data: { text: '', expected: 3 } }] },
    { name: 'an axis number with a minus sign', patch: { F10: -5 }, problems: [{ messageId: 'axisSlip', cell: 'F10', data: { text: '-5', expected: 5 } }] },
  ],
});

