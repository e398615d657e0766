import { nyckeltal } from '../../../../../shared/templates/nyckeltal';
import rule from '../../../../../shared/templates/nyckeltal/rules/values-in-range';
import { testRule } from '../../../../support/rule-tester';
import { base, ekonomisktBistand, withFormat } from '../base-sheet';

testRule(nyckeltal, rule, {
  base,
  valid: [
    { name: 'shares, a kvot and kronor per årsarbetare as printed' },
    { name: 'a share of exactly 100 % and of 0 %', sheet: withFormat(base, { E10: [1, '0.0%'], E16: [0, '0.0%'] }) },
    { name: 'a kvot above 1 is no share', sheet: withFormat(base, { I22: [1.4, '0.000'] }) },
    { name: 'Ekonomiskt bistånd: years on their own row', sheet: ekonomisktBistand },
    { name: 'a percentage whose column and title name no share may pass 100 %', sheet: withFormat(base, { E28: [1.2, '0.0%'] }) },
  ],
  invalid: [
    {
      name: 'the previous year’s share above 100 %',
      sheet: withFormat(base, { E16: [1.1, '0.0%'] }),
      problems: [{ messageId: 'shareOutOfRange', cell: 'E16', data: { nt: '123', year: '2018', value: { sv: '110,0%', en: '110.0%' } } }],
    },
    {
      name: 'a share with a minus sign (Ekonomiskt bistånd)',
      sheet: withFormat(ekonomisktBistand, { E12: [-0.703, '0.0%'] }),
      problems: [{ messageId: 'shareOutOfRange', cell: 'E12', data: { nt: '66', year: '2018' } }],
    },
    {
      name: 'this year’s share typed as 91,7 instead of 91,7 %',
      sheet: withFormat(base, { D10: [91.7, '0.0%'] }),
      problems: [{ messageId: 'shareOutOfRange', cell: 'D10', data: { nt: '122', year: '2019' } }],
    },
    {
      name: 'a negative kvot and a negative cost per årsarbetare',
      sheet: withFormat(base, { I22: [-1.05, '0.000'], E28: [-4829, '#,##0'] }),
      problems: [
        { messageId: 'negative', cell: 'I22', data: { nt: '125', year: '2018', value: { sv: '-1,050', en: '-1.050' } } },
        { messageId: 'negative', cell: 'E28', data: { nt: '129' } },
      ],
    },
  ],
});
