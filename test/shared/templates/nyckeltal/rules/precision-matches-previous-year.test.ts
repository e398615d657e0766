import { nyckeltal } from '../../../../../shared/templates/nyckeltal';
import rule from '../../../../../shared/templates/nyckeltal/rules/precision-matches-previous-year';
import { testRule } from '../../../../support/rule-tester';
import { base, withFormat } from '../base-sheet';

testRule(nyckeltal, rule, {
  base,
  valid: [
    { name: 'both years with the same decimals' },
    { name: 'no previous-year value', patch: { E10: null } },
  ],
  invalid: [
    {
      name: 'VB 2019 NT 124: "6,45%" against "8,9%"',
      sheet: withFormat(base, { D10: [0.9169, '0.00%'] }),
      problems: [{ messageId: 'precisionDiffers', cell: 'D10', data: { nt: '122', current: { sv: '91,69%', en: '91.69%' }, previous: { sv: '90,5%', en: '90.5%' }, currentDecimals: 2, previousDecimals: 1 } }],
    },
    {
      name: 'VB 2019 NT 125: "1,056" against "1,05"',
      sheet: withFormat(base, { I22: [1.05, '0.00'] }),
      problems: [{ messageId: 'precisionDiffers', cell: 'H22', data: { nt: '125', currentDecimals: 3, previousDecimals: 2 } }],
    },
  ],
});
