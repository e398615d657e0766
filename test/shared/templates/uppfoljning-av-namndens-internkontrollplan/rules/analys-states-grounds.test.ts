import { uppfoljningAvNamndensInternkontrollplan as template } from '../../../../../shared/templates/uppfoljning-av-namndens-internkontrollplan';
import rule from '../../../../../shared/templates/uppfoljning-av-namndens-internkontrollplan/rules/analys-states-grounds';
import { testRule } from '../../../../support/rule-tester';
import { followUpSheet } from '../follow-up-sheet';

testRule(template, rule, {
  base: followUpSheet(),
  valid: [{ name: 'the grounds under Analys (VB 2019)' }, { name: 'the analysis to the right of its label', patch: { B6: 'Kontrollerna visar brister.', A7: null } }],
  invalid: [
    { name: 'Analys with nothing under it', patch: { A7: null }, problems: [{ messageId: 'missingGrounds', cell: 'A7' }] },
    { name: 'no Analys after the verdict', patch: { A6: null, A7: null }, problems: [{ messageId: 'missingAnalys', cell: 'A5' }] },
  ],
});
