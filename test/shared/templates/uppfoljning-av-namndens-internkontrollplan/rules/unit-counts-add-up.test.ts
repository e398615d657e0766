import { uppfoljningAvNamndensInternkontrollplan as template } from '../../../../../shared/templates/uppfoljning-av-namndens-internkontrollplan';
import rule from '../../../../../shared/templates/uppfoljning-av-namndens-internkontrollplan/rules/unit-counts-add-up';
import { testRule } from '../../../../support/rule-tester';
import { INVESTERINGAR, followUpSheet } from '../follow-up-sheet';

testRule(template, rule, {
  base: followUpSheet(),
  valid: [
    { name: '1 + 3 + 1 = 5 and 2 + 2 + 1 = 5 (VB 2019)' },
    { name: 'a subset mid-sentence is no share ("38 enheter …, 7 enheter har bedömts")' },
    { name: 'shares in digits', patch: { F13: 'Kontroll har genomförts på totalt 4 enheter. På 3 av enheterna uppfylls kraven. På 1 enhet saknades underlag.' } },
  ],
  invalid: [
    {
      name: 'a unit left out of the shares',
      patch: { F11: INVESTERINGAR.replace('På tre enheter', 'På två enheter') },
      problems: [{ messageId: 'countsDontAddUp', cell: 'F11', data: { total: 5, parts: '1 + 2 + 1', sum: 4 } }],
    },
  ],
});
