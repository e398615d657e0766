import { projektOver50Mnkr } from '../../../../../shared/templates/projekt-over-50-mnkr';
import rule from '../../../../../shared/templates/projekt-over-50-mnkr/rules/summa-row-labelled';
import { testRule } from '../../../../support/rule-tester';
import { blankSheet, filledSheet } from '../filled-sheet';

testRule(projektOver50Mnkr, rule, {
  base: filledSheet(0),
  valid: [
    { name: 'the T1 2021 form with its Summa row' },
    { name: 'the blank VP 2022 form', sheet: blankSheet(2) },
    { name: 'an unnamed delsummering between projects, above Summa', sheet: filledSheet(0, undefined, { subtotalAfter: 3, subtotalName: '' }) },
  ],
  invalid: [
    { name: 'the Summa label blanked', patch: { A15: null }, problems: [{ messageId: 'unlabelledSumma', cell: 'A15' }] },
    { name: 'the same in the blank T1 2020 scan', sheet: blankSheet(1), patch: { A17: '' }, problems: [{ messageId: 'unlabelledSumma', cell: 'A17' }] },
  ],
});
