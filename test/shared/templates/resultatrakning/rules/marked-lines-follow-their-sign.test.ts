import { resultatrakning } from '../../../../../shared/templates/resultatrakning';
import rule from '../../../../../shared/templates/resultatrakning/rules/marked-lines-follow-their-sign';
import { testRule } from '../../../../support/rule-tester';
import { base } from '../base-sheet';

testRule(resultatrakning, rule, {
  base,
  valid: [
    { name: 'marked lines follow their sign; account 37 is a positive correction among the income' },
    { name: 'an account with a reversed sign is not tested', patch: { B12: -10 } },
  ],
  invalid: [
    {
      name: 'an income group that came out positive',
      patch: { C6: 10 },
      problems: [{ messageId: 'shouldBeNegative', cell: 'C6', data: { header: 'Verksamhetens intäkter (-)', value: 10 } }],
    },
    { name: 'a negative financial cost', patch: { D21: -10 }, problems: [{ messageId: 'shouldBePositive', cell: 'D21', data: { header: 'Finansiella kostnader (+)', value: -10 } }] },
  ],
});
