import { nyckeltal } from '../../../../../shared/templates/nyckeltal';
import rule from '../../../../../shared/templates/nyckeltal/rules/title-unit-matches-underlag-unit';
import { testRule } from '../../../../support/rule-tester';
import { base, ekonomisktBistand } from '../base-sheet';

const NT127 = { A25: 'Nyckeltal 127: Korttidsfrånvaro. (Sjukfrånvarotimmar\ndag 1-14 i förhållande till den totalt avtalade arbetstiden.)', B27: 'Antal\nsjukfrånvaro-\ndagar dag 1-14', C27: 'Totala antalet\ndagar av avtalad\narbetstid' };

testRule(nyckeltal, rule, {
  base,
  valid: [
    { name: 'no time units anywhere' },
    { name: 'NT 66: "tre månader" in title and underlag', sheet: ekonomisktBistand },
    { name: 'a title in days over days', patch: { ...NT127, A25: 'Nyckeltal 127: Korttidsfrånvaro. (Sjukfrånvarodagar dag 1-14 i förhållande till avtalade dagar.)' } },
  ],
  invalid: [
    {
      name: 'VB 2019 NT 127: timmar in the title, dagar in the underlag',
      patch: NT127,
      problems: [{ messageId: 'unitMismatch', cell: 'A25', data: { nt: '127', titleUnit: 'timmar', underlagUnit: 'dagar' } }],
    },
  ],
});
