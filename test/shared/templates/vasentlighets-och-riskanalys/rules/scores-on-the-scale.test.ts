import { vasentlighetsOchRiskanalys } from '../../../../../shared/templates/vasentlighets-och-riskanalys';
import rule from '../../../../../shared/templates/vasentlighets-och-riskanalys/rules/scores-on-the-scale';
import { testRule } from '../../../../support/rule-tester';
import { vorSheet } from '../vor-sheet';

testRule(vasentlighetsOchRiskanalys, rule, {
  base: vorSheet(),
  valid: [
    { name: 'numbers with their legend labels' },
    { name: 'bare numbers, typed or as text', patch: { F14: 2, G14: '1' } },
    { name: 'a label alone', patch: { F15: 'Möjlig' } },
    { name: 'labels that lost å/ä/ö', patch: { G15: '3. Kannbar', F16: '4 Sannolikt' } },
    { name: 'a blank score is left to the required-field rule', patch: { F17: null } },
  ],
  invalid: [
    { name: 'a score of six', patch: { F15: '6. Extremt sannolikt' }, problems: [{ messageId: 'offScale', cell: 'F15', data: { field: 'Sannolikhet', text: '6. Extremt sannolikt' } }] },
    { name: 'zero', patch: { G14: 0 }, problems: [{ messageId: 'offScale', cell: 'G14', data: { field: 'Konsekvens', text: '0' } }] },
    {
      name: 'a label that belongs to another number',
      patch: { F14: '2. Möjlig' },
      problems: [{ messageId: 'labelMismatch', cell: 'F14', data: { field: 'Sannolikhet', value: 2, expected: 'Mindre sannolikt' } }],
    },
    { name: 'words that are on no scale', patch: { G16: 'Hög' }, problems: [{ messageId: 'notAScore', cell: 'G16', data: { field: 'Konsekvens', text: 'Hög' } }] },
  ],
});
