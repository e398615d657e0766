import { nyckeltal } from '../../../../../shared/templates/nyckeltal';
import rule from '../../../../../shared/templates/nyckeltal/rules/nyckeltal-equals-underlag-ratio';
import { testRule } from '../../../../support/rule-tester';
import { base, ekonomisktBistand, withFormat } from '../base-sheet';

testRule(nyckeltal, rule, {
  base,
  valid: [
    { name: 'every printed nyckeltal agrees with its underlag' },
    { name: 'the full quotient behind a rounded format', sheet: withFormat(base, { D10: [850 / 927, '0.0%'] }) },
    { name: 'NT 66 with the years under "Nyckeltal"', sheet: ekonomisktBistand },
    { name: 'a nyckeltal without underlag is left to the underlag rule', patch: { B10: null, C10: null } },
  ],
  invalid: [
    {
      name: 'a share that does not follow its underlag',
      sheet: withFormat(base, { D10: [0.927, '0.0%'] }),
      problems: [{ messageId: 'mismatch', cell: 'D10', data: { nt: '122', actual: { sv: '92,7%', en: '92.7%' }, expected: { sv: '91,7%', en: '91.7%' }, formula: { sv: '850 / 927', en: '850 / 927' } } }],
    },
    {
      name: 'NT 125: a kvot off in the third decimal',
      sheet: withFormat(base, { H22: [1.06, '0.000'] }),
      problems: [{ messageId: 'mismatch', cell: 'H22', data: { nt: '125', actual: { sv: '1,060', en: '1.060' }, expected: { sv: '1,056', en: '1.056' } } }],
    },
    {
      name: 'NT 129: tkr not turned into kronor',
      sheet: withFormat(base, { D28: [5.72, '0.00'] }),
      problems: [{ messageId: 'mismatch', cell: 'D28', data: { nt: '129', expected: { sv: '5 720,53', en: '5,720.53' }, formula: { sv: '6 018 tkr × 1 000 / 1 052', en: '6,018 tkr × 1,000 / 1,052' } } }],
    },
  ],
});
