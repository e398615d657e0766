import { kaaTabeller } from '../../../../../shared/templates/kaa-tabeller';
import rule from '../../../../../shared/templates/kaa-tabeller/rules/rows-complete';
import { testRule } from '../../../../support/rule-tester';
import { enkat, jobbtorg, uppsok } from '../base-sheets';

testRule(kaaTabeller, rule, {
  base: jobbtorg,
  valid: [
    { name: 'every Jobbtorg named with every figure' },
    { name: 'the stöd table whose row names the extraction lost', sheet: uppsok },
    { name: 'a survey whose "%" column no row fills', sheet: enkat, patch: { C5: null, C6: null, C7: null, C8: null } },
    { name: 'an emptied Totalt is left to the total rules', patch: { B7: null } },
  ],
  invalid: [
    {
      name: 'a Jobbtorg with its name blanked',
      patch: { A5: null },
      problems: [{ messageId: 'missingName', cell: 'A5', data: { table: 'Resultat fördelat över Jobbtorgen' } }],
    },
    {
      name: 'a share and a count left out of a row, and a share of the Totalt row',
      patch: { D6: null, G6: null, J7: null },
      problems: [
        { messageId: 'missingFigure', cell: 'D6', data: { line: 'Jobbtorg Kista', column: 'Andel avslutade' } },
        { messageId: 'missingFigure', cell: 'G6', data: { line: 'Jobbtorg Kista', column: 'Antal avslutade till arbete' } },
        { messageId: 'missingFigure', cell: 'J7', data: { line: 'Totalt', column: 'Andel till studier/arbete' } },
      ],
    },
    {
      name: 'a survey answer whose count of 0 was left blank',
      sheet: enkat,
      patch: { B6: null, C6: null },
      problems: [
        { messageId: 'missingFigure', cell: 'B6', data: { line: 'Jag fick ett brev av er', column: 'Antal' } },
        { messageId: 'missingFigure', cell: 'C6', data: { line: 'Jag fick ett brev av er', column: '%' } },
      ],
    },
  ],
});
