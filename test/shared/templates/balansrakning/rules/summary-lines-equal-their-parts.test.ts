import { balansrakning } from '../../../../../shared/templates/balansrakning';
import rule from '../../../../../shared/templates/balansrakning/rules/summary-lines-equal-their-parts';
import { testRule } from '../../../../support/rule-tester';
import { base } from '../base-sheet';

testRule(balansrakning, rule, {
  base,
  valid: [
    { name: 'groups add up their accounts and the two sums their groups' },
    { name: 'OCR labels ("Summa Tillaanaar" is still a Summa Tillgångar)', patch: { A13: 'Summa Tillaanaar', A21: 'Summa Skulder & Eaet kapital', A8: '11 Mark, byggnader och teknlska anliiggnlngar' } },
  ],
  invalid: [
    {
      name: 'an account left out of its group',
      patch: { B10: 3000, B13: 4000, B21: -4000, B18: -6000 },
      problems: [
        { messageId: 'lineMismatch', cell: 'B10', data: { line: 'Omsättningstillgångar', column: 'IB 201900', actual: 3000, expected: 5000, parts: { sv: 'kontona 15–17', en: 'accounts 15–17' } } },
        { messageId: 'lineMismatch', cell: 'B18', data: { line: 'Kortfristiga skulder', actual: -6000, expected: -8000 } },
      ],
    },
    {
      name: 'Summa Skulder & Eget kapital without eget kapital',
      patch: { G21: -7700 },
      problems: [
        {
          messageId: 'lineMismatch',
          cell: 'G21',
          data: {
            line: 'Summa Skulder & Eget kapital',
            actual: -7700,
            expected: -6200,
            parts: { sv: 'Eget kapital + Avsättningar + Långfristiga skulder + Kortfristiga skulder', en: 'Eget kapital + Avsättningar + Långfristiga skulder + Kortfristiga skulder' },
          },
        },
      ],
    },
  ],
});
