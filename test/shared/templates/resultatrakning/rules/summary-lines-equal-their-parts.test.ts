import { resultatrakning } from '../../../../../shared/templates/resultatrakning';
import rule from '../../../../../shared/templates/resultatrakning/rules/summary-lines-equal-their-parts';
import { testRule } from '../../../../support/rule-tester';
import { base } from '../base-sheet';

testRule(resultatrakning, rule, {
  base,
  valid: [
    { name: 'groups add up their accounts and each result the previous one plus the lines between' },
    { name: 'OCR labels without å/ä/ö and with "l" for "I"', patch: { A6: 'Verksamhetens lntakter {-)', A18: 'Verksamhetens resultat', A25: 'Arets resultat' } },
  ],
  invalid: [
    {
      name: 'a group that leaves out an account',
      patch: { B6: -1050 },
      problems: [
        { messageId: 'lineMismatch', cell: 'B6', data: { line: 'Verksamhetens intäkter (-)', actual: -1050, expected: -1000, parts: { sv: 'kontona 30–37', en: 'accounts 30–37' } } },
        { messageId: 'lineMismatch', cell: 'B13', data: { line: 'Verksamhetens nettokostnader', actual: 2000, expected: 1950 } },
      ],
    },
    {
      name: 'Verksamhetens resultat without the depreciation',
      patch: { E18: 2600, E23: 2615, E25: 2615 },
      problems: [
        {
          messageId: 'lineMismatch',
          cell: 'E18',
          data: {
            line: 'Verksamhetens resultat',
            column: 'Totalt',
            actual: 2600,
            expected: 2660,
            parts: {
              sv: 'Verksamhetens nettokostnader + Avskrivningar (+) + Skatteintäkter (-) + Generella statsbidrag och utjämning (-)',
              en: 'Verksamhetens nettokostnader + Avskrivningar (+) + Skatteintäkter (-) + Generella statsbidrag och utjämning (-)',
            },
          },
        },
      ],
    },
    {
      name: 'an extraordinary item left out of Årets resultat',
      patch: { B24: -100, E24: -100 },
      problems: [
        { messageId: 'lineMismatch', cell: 'B25', data: { line: 'Årets resultat', expected: 1962 } },
        { messageId: 'lineMismatch', cell: 'E25', data: { line: 'Årets resultat', expected: 2575 } },
      ],
    },
  ],
});
