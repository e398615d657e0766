import { vasentlighetsOchRiskanalys } from '../../../../../shared/templates/vasentlighets-och-riskanalys';
import rule from '../../../../../shared/templates/vasentlighets-och-riskanalys/rules/matrix-cell-matches-scores';
import { sheetOf } from '../../../../support/grid-literal';
import { testRule } from '../../../../support/rule-tester';
import { vorSheet } from '../vor-sheet';

// The same VoR with the axes labelled the other way round: Konsekvens down the side, Sannolikhet
// along the bottom. Nr 4 (S2 K3) then sits in row "3", column "2".
const swapped = sheetOf('VoR', [
  ['Verksamhetsplan 2022'],
  [],
  [],
  ['Konsekvens'],
  [5],
  [4],
  [3, null, '4'],
  [2],
  [1],
  [null, 1, 2, 3, 4, 5],
  [null, 'Sannolikhet'],
  [],
  ['Nr', 'Oönskad händelse', 'Sannolikhet', 'Konsekvens', 'RV'],
  [4, 'Relevant underlag saknas', '2. Mindre sannolikt', '3. Kännbar', 6],
]);

testRule(vasentlighetsOchRiskanalys, rule, {
  base: vorSheet(),
  valid: [{ name: 'every event in its own cell' }, { name: 'axes labelled the other way round', sheet: swapped }],
  invalid: [
    {
      name: 'an event one step to the right',
      patch: { D8: null, E8: '4' },
      problems: [{ messageId: 'misplaced', cell: 'E8', data: { nr: '4', matrixSannolikhet: 2, matrixKonsekvens: 4, sannolikhet: 2, konsekvens: 3 } }],
    },
    {
      name: 'a changed sannolikhet not moved in the matrix',
      patch: { F15: '2. Mindre sannolikt', H15: 6 },
      problems: [{ messageId: 'misplaced', cell: 'D7', data: { nr: '2', matrixSannolikhet: 3, sannolikhet: 2 } }],
    },
    {
      name: 'one axis number typed over: the matrix is still read by the printed axes',
      patch: { A6: 5, D8: null, E8: '4' },
      problems: [{ messageId: 'misplaced', cell: 'E8', data: { nr: '4', matrixSannolikhet: 2, matrixKonsekvens: 4 } }],
    },
    {
      name: 'axes swapped: an event in the wrong cell',
      sheet: swapped,
      patch: { C7: null, D6: '4' },
      problems: [{ messageId: 'misplaced', cell: 'D6', data: { nr: '4', matrixSannolikhet: 3, matrixKonsekvens: 4 } }],
    },
  ],
});
