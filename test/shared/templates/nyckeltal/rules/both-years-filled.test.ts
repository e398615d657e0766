import { nyckeltal } from '../../../../../shared/templates/nyckeltal';
import rule from '../../../../../shared/templates/nyckeltal/rules/both-years-filled';
import { testRule } from '../../../../support/rule-tester';
import { base, ekonomisktBistand } from '../base-sheet';

testRule(nyckeltal, rule, {
  base,
  valid: [
    { name: 'every block with values has both years; NT 126 has none and says why' },
    { name: 'Ekonomiskt bistånd: years on their own row', sheet: ekonomisktBistand },
    { name: 'underlag complete and the year’s value blank is underlag-present’s finding', patch: { D10: null } },
  ],
  invalid: [
    {
      name: 'the previous year’s value left blank',
      patch: { E16: null },
      problems: [{ messageId: 'missingPrevious', cell: 'E16', data: { nt: '123', year: '2018' } }],
    },
    {
      name: 'Ekonomiskt bistånd: 2018 left blank',
      sheet: ekonomisktBistand,
      patch: { E12: null },
      problems: [{ messageId: 'missingPrevious', cell: 'E12', data: { nt: '66', year: '2018' } }],
    },
    {
      name: 'only last year’s kvot written, this year’s missing with its underlag (as NT 126 could be)',
      patch: { I35: 0.8 },
      problems: [{ messageId: 'missingCurrent', cell: 'H35', data: { nt: '126', year: '2019' } }],
    },
  ],
});
