import { kostnadsanalys } from '../../../../../shared/templates/kostnadsanalys';
import rule from '../../../../../shared/templates/kostnadsanalys/rules/summary-lines-equal-their-parts';
import { sheetOf } from '../../../../support/grid-literal';
import { testRule } from '../../../../support/rule-tester';
import { base, detail, HEADERS } from '../base-sheet';

testRule(kostnadsanalys, rule, {
  base,
  valid: [
    { name: 'Kostnader, Intäkter (-) and Netto add up in all six columns' },
    { name: 'an unlabelled line with zeros inside the Kostnader block', patch: { A8: null } },
    {
      name: 'a sheet with no Intäkter block: Netto is Kostnader',
      sheet: sheetOf('kostn analys', [[...HEADERS], ['Kostnader', 10, 0, 0, 10, 5, 6], detail(3, 'Jobbtorg', 10, 0, 0, 5, 6), ['Netto', 10, 0, 0, 10, 5, 6]]),
    },
  ],
  invalid: [
    {
      name: 'a line added below the range of the Kostnader formula',
      patch: { B8: 40.4, E8: 47.1 },
      problems: [
        { messageId: 'lineMismatch', cell: 'B5', data: { line: 'Kostnader', actual: 1075.3, expected: 1085.3 } },
        { messageId: 'lineMismatch', cell: 'E5', data: { line: 'Kostnader', actual: 1278.7, expected: 1288.7 } },
      ],
    },
    {
      name: 'Netto computed as Kostnader minus Intäkter',
      patch: { F12: 1429.1 },
      problems: [
        {
          messageId: 'lineMismatch',
          cell: 'F12',
          data: { line: 'Netto', actual: 1429.1, expected: 860.7, parts: { sv: 'Kostnader + Intäkter (-)', en: 'Kostnader + Intäkter (-)' } },
        },
      ],
    },
  ],
});
