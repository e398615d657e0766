import { uppfoljningAvNamndensInternkontrollplan as template } from '../../../../../shared/templates/uppfoljning-av-namndens-internkontrollplan';
import rule from '../../../../../shared/templates/uppfoljning-av-namndens-internkontrollplan/rules/analysis-figures-match-results';
import { testRule } from '../../../../support/rule-tester';
import { ANALYS, followUpSheet } from '../follow-up-sheet';

testRule(template, rule, {
  base: followUpSheet(),
  valid: [
    { name: '38 externa enheter in the analysis, 38 enheter in a result (VB 2019)' },
    { name: 'counts in words are not compared', patch: { A7: 'Kontrollerna har genomförts på tio enheter.' } },
  ],
  invalid: [
    {
      name: 'a count the results do not report',
      patch: { A7: ANALYS.replace('38 externa enheter', '40 externa enheter') },
      problems: [{ messageId: 'figureNotInResults', cell: 'A7', data: { figure: '40 externa enheter', count: 40 } }],
    },
  ],
});
