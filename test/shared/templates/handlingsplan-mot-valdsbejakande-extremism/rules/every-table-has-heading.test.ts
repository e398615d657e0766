import { handlingsplanMotValdsbejakandeExtremism as template } from '../../../../../shared/templates/handlingsplan-mot-valdsbejakande-extremism';
import rule from '../../../../../shared/templates/handlingsplan-mot-valdsbejakande-extremism/rules/every-table-has-heading';
import { testRule } from '../../../../support/rule-tester';
import { ocrSheet, planSheet } from '../plan-sheet';

testRule(template, rule, {
  base: planSheet(),
  valid: [{ name: 'three tables under their headings' }, { name: 'the T1 2020 OCR heading "Kompetenshdjande aktiviteter:"', sheet: ocrSheet() }],
  invalid: [
    { name: 'the Kompetens heading blanked', patch: { A14: null }, problems: [{ messageId: 'missingHeading', cell: 'A14', data: { row: '15' } }] },
    {
      name: 'the first table’s heading blanked: the table is still the plan’s',
      patch: { A5: null },
      problems: [{ messageId: 'missingHeading', cell: 'A5', data: { row: '6' } }],
    },
  ],
});
