import { nyckeltal } from '../../../../../shared/templates/nyckeltal';
import fill from '../../../../../shared/templates/nyckeltal/fills/nyckeltal-from-underlag';
import { testFill } from '../../../../support/fill-tester';
import { base, withFormat } from '../base-sheet';

testFill(nyckeltal, fill, {
  base,
  cases: [
    { name: 'printed values that agree are left alone' },
    { name: 'an empty nyckeltal is computed', patch: { D10: null }, fixes: { D10: 850 / 927 }, resolves: ['nyckeltal/nyckeltal-equals-underlag-ratio', 'nyckeltal/underlag-present-for-printed-value'] },
    {
      name: 'NT 125: empty shares and kvot from the four counts',
      patch: { D22: null, G22: null, H22: null },
      fixes: { D22: 669 / 926, G22: 87 / 114, H22: (87 / 114) / (669 / 926) },
    },
    {
      name: 'a typed value that shows otherwise is only suggested; NT 129 in kronor',
      sheet: withFormat(base, { D28: [5.72, '#,##0'] }),
      suggestions: { D28: 6018000 / 1052 },
      resolves: ['nyckeltal/nyckeltal-equals-underlag-ratio'],
    },
  ],
});
