import { vasentlighetsOchRiskanalys } from '../../../../../shared/templates/vasentlighets-och-riskanalys';
import rule from '../../../../../shared/templates/vasentlighets-och-riskanalys/rules/scale-legend-matches-scale';
import { patchSheet } from '../../../../support/grid-literal';
import { testRule } from '../../../../support/rule-tester';
import { vorSheet } from '../vor-sheet';

/** vorSheet with the scale legend beside the matrix, as VP 2022 prints it (I7:J7, steps on rows 8–12). */
const withLegend = patchSheet(vorSheet(), {
  I7: 'Sannolikhet',
  J7: 'Konsekvens',
  H8: 5,
  I8: 'Mycket sannolikt',
  J8: 'Mycket allvarlig',
  H9: 4,
  I9: 'Sannolikt',
  J9: 'Allvarlig',
  H10: 3,
  I10: 'Möjlig',
  J10: 'Kännbar',
  H11: 2,
  I11: 'Mindre sannolikt',
  J11: 'Lindrig',
  H12: 1,
  I12: 'Osannolikt',
  J12: 'Försumbar',
});

testRule(vasentlighetsOchRiskanalys, rule, {
  base: withLegend,
  valid: [{ name: 'every number by its labels' }, { name: 'a VoR without a scale legend', sheet: vorSheet() }, { name: 'numbers typed as text', patch: { H8: '5' } }],
  invalid: [
    { name: 'a step number deleted', patch: { H9: null }, problems: [{ messageId: 'numberMissing', cell: 'H9', data: { label: 'Sannolikt', expected: 4 } }] },
    {
      name: 'two steps given the same number',
      patch: { H10: 4 },
      problems: [{ messageId: 'numberMismatch', cell: 'H10', data: { printed: '4', label: 'Möjlig', expected: 3 } }],
    },
    { name: 'a number with a minus sign', patch: { H12: -1 }, problems: [{ messageId: 'numberMismatch', cell: 'H12', data: { printed: '-1', expected: 1 } }] },
  ],
});
