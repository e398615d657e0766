import { baskravInformationssakerhet } from '../../../../../shared/templates/baskrav-informationssakerhet';
import rule from '../../../../../shared/templates/baskrav-informationssakerhet/rules/namnd-is-filled';
import { testRule } from '../../../../support/rule-tester';
import { base } from '../base-sheet';

testRule(baskravInformationssakerhet, rule, {
  base,
  valid: [
    { name: 'the name beside the label' },
    { name: 'the name a few cells to the right', patch: { B5: null, D5: 'Arbetsmarknadsnämnden' } },
    { name: 'the name in the label cell', patch: { A5: 'Nämnd/bolag:  Arbetsmarknadsnämnden', B5: null } },
  ],
  invalid: [{ name: 'no name', patch: { B5: null }, problems: [{ messageId: 'missingNamnd', cell: 'B5' }] }],
});
