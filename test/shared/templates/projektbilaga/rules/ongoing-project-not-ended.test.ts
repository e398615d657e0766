import { projektbilaga } from '../../../../../shared/templates/projektbilaga';
import rule from '../../../../../shared/templates/projektbilaga/rules/ongoing-project-not-ended';
import { testRule } from '../../../../support/rule-tester';
import { base } from '../base-sheet';

testRule(projektbilaga, rule, {
  base,
  valid: [
    { name: 'every project runs past 2021-04-30' },
    { name: 'ending on the report date itself', patch: { E9: 'februari 2018 - april 2021' } },
    { name: 'an extension past the report date counts', patch: { E9: 'december 2017 - mars 2021 (förlängning till december 2021)' } },
    { name: 'a list not described as ongoing (VP 2022)', patch: { A4: 'Nedan beskrivs nämndens större projekt.', E9: 'december 2017 - februari 2021' } },
    { name: 'no report line, so no report date', patch: { A2: null, E9: 'december 2017 - februari 2021' } },
  ],
  invalid: [
    {
      name: 'Vux 2.0 in T1 2021: ended February 2021, listed as ongoing on 30 April',
      patch: { E9: 'december 2017 - februari 2021' },
      problems: [{ messageId: 'endedBeforeReport', cell: 'E9', data: { end: '2021-02-28', reportDate: '2021-04-30' } }],
    },
    {
      name: 'VB 2019 reports on 31 December',
      patch: { A2: 'Verksamhetsberättelse 2019', E7: 'maj 2018 - juni 2019', E8: '2017 - 2019' },
      problems: [{ messageId: 'endedBeforeReport', cell: 'E7', data: { end: '2019-06-30', reportDate: '2019-12-31' } }],
    },
  ],
});
