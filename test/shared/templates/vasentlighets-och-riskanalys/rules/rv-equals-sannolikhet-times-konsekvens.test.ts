import { vasentlighetsOchRiskanalys } from '../../../../../shared/templates/vasentlighets-och-riskanalys';
import rule from '../../../../../shared/templates/vasentlighets-och-riskanalys/rules/rv-equals-sannolikhet-times-konsekvens';
import { testRule } from '../../../../support/rule-tester';
import { vorSheet } from '../vor-sheet';

testRule(vasentlighetsOchRiskanalys, rule, {
  base: vorSheet(),
  valid: [
    { name: 'every RV is sannolikhet × konsekvens' },
    { name: 'a blank RV is left to the required-field rule', patch: { H15: null } },
    { name: 'scores written as bare numbers', patch: { F15: 3, G15: '3' } },
    { name: 'an off-scale score gives no product to compare', patch: { F15: '7. Extremt', H15: 21 } },
  ],
  invalid: [
    { name: 'RV added instead of multiplied', patch: { H15: 6 }, problems: [{ messageId: 'mismatch', cell: 'H15', data: { actual: 6, expected: 9 } }] },
    { name: 'RV as words', patch: { H16: 'tolv' }, problems: [{ messageId: 'mismatch', cell: 'H16', data: { actual: 'tolv', expected: 12 } }] },
    { name: 'a changed konsekvens leaves RV stale', patch: { G17: '4. Allvarlig' }, problems: [{ messageId: 'mismatch', cell: 'H17', data: { actual: 6, expected: 8 } }] },
  ],
});
