import { nyckeltal } from '../../../../../shared/templates/nyckeltal';
import rule from '../../../../../shared/templates/nyckeltal/rules/underlag-present-for-printed-value';
import { testRule } from '../../../../support/rule-tester';
import { base, withFormat } from '../base-sheet';

testRule(nyckeltal, rule, {
  base,
  valid: [{ name: 'every nyckeltal with its underlag, 126 empty throughout' }],
  invalid: [
    {
      name: 'VB 2019 NT 126: a kvot printed with no underlag',
      sheet: withFormat(base, { H35: [0.75, '0.00'], I35: [0.8, '0.00'] }),
      problems: [{ messageId: 'missingUnderlag', cell: 'B35', data: { nt: '126', value: { sv: '0,75', en: '0.75' }, header: 'Antalet anställda som är utrikes födda' } }],
    },
    {
      name: 'an underlag with no nyckeltal',
      patch: { D16: null },
      problems: [{ messageId: 'missingValue', cell: 'D16', data: { nt: '123', year: '2019' } }],
    },
  ],
});
