import { projektbilaga } from '../../../../../shared/templates/projektbilaga';
import rule from '../../../../../shared/templates/projektbilaga/rules/period-has-start-and-end';
import { testRule } from '../../../../support/rule-tester';
import { base } from '../base-sheet';

testRule(projektbilaga, rule, {
  base,
  valid: [
    { name: 'month–year periods' },
    {
      name: 'years, a missing space, an em dash with an OCR extension',
      patch: { E7: '2018 - 2021', E8: 'oktober 2017- december 2020', E9: 'december 2017 — mars 2021 (forlangning till december 2021)' },
    },
  ],
  invalid: [
    {
      name: 'an open end (VB 2019 "augusti 2018 - löpande")',
      patch: { E9: 'augusti 2018 - löpande' },
      problems: [{ messageId: 'openEnded', cell: 'E9', data: { project: 'Bron', text: 'augusti 2018 - löpande' } }],
    },
    {
      name: 'an end before the start',
      patch: { E8: 'augusti 2022 - juni 2019' },
      problems: [{ messageId: 'endBeforeStart', cell: 'E8', data: { start: '2022-08-01', end: '2019-06-30' } }],
    },
    {
      name: 'empty and unreadable periods',
      patch: { E7: null, E10: 'när medel finns' },
      problems: [
        { messageId: 'missing', cell: 'E7', data: { project: 'Utvecklat stöd för unga' } },
        { messageId: 'notAPeriod', cell: 'E10', data: { text: 'när medel finns' } },
      ],
    },
  ],
});
