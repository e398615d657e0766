import { kaaTabeller } from '../../../../../shared/templates/kaa-tabeller';
import fill from '../../../../../shared/templates/kaa-tabeller/fills/shares';
import { testFill } from '../../../../support/fill-tester';
import { enkat, jobbtorg } from '../base-sheets';

testFill(kaaTabeller, fill, {
  base: jobbtorg,
  cases: [
    { name: 'shares that round right need nothing' },
    {
      name: 'the survey % column left blank (as printed in 2019) is computed from the total',
      sheet: enkat,
      patch: { C5: null, C6: null, C7: null, C8: null },
      fixes: { C5: 74 / 262, C6: 66 / 262, C7: 122 / 262, C8: 1 },
    },
    {
      name: 'a share printed one per cent low is only suggested, with the formula',
      patch: { H5: 0.18, J6: 0.71 },
      suggestions: { H5: 24 / 129, J6: 125 / 173 },
      resolves: ['kaa-tabeller/shares-match-counts'],
    },
    {
      name: 'an empty share beside a typed one',
      patch: { D5: null, D6: 0.7 },
      fixes: { D5: 129 / 162 },
      suggestions: { D6: 173 / 224 },
      resolves: ['kaa-tabeller/shares-match-counts'],
    },
  ],
});
