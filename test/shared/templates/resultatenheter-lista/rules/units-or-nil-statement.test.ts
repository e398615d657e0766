import { sheetOf } from '../../../../support/grid-literal';
import { resultatenheterLista } from '../../../../../shared/templates/resultatenheter-lista';
import rule from '../../../../../shared/templates/resultatenheter-lista/rules/units-or-nil-statement';
import { testRule } from '../../../../support/rule-tester';

const empty = sheetOf('Resultatenheter', [
  ['Arbetsmarknadsnämnden'],
  [],
  ['Resultatenheter 2022'],
  [],
  ['Respektive nämnd ska besluta om vilka enheter som är resultatenheter med en beslutsats.'],
  ['Ange nedan vilka enheter som är resultatenheter och vilka som eventuellt avslutades under 2021.'],
  ['Fördela resultatenheterna per verksamhetsområde.'],
  [],
  ['Resultatenhetens namn'],
]);

testRule(resultatenheterLista, rule, {
  base: empty,
  valid: [
    { name: 'units listed per verksamhetsområde', patch: { A10: 'Jobbtorg Stockholm', A11: 'Enhet Kista (avslutad 2021)' } },
    { name: 'an explicit nil statement', patch: { A10: 'Nämnden har inga resultatenheter' } },
  ],
  invalid: [
    { name: 'the VP 2022 list as submitted: header only (001 rad 1768)', problems: [{ messageId: 'missingRows', cell: 'A10' }] },
    {
      name: 'a 0 left in the first row',
      patch: { A10: 0 },
      problems: [{ messageId: 'missingRows', cell: 'A10', data: { example: 'Nämnden har inga resultatenheter' } }],
    },
  ],
});
