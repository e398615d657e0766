import { handlingsplanMotValdsbejakandeExtremism as template } from '../../../../../shared/templates/handlingsplan-mot-valdsbejakande-extremism';
import rule from '../../../../../shared/templates/handlingsplan-mot-valdsbejakande-extremism/rules/aktivitet-filled';
import { testRule } from '../../../../support/rule-tester';
import { ocrSheet, planSheet } from '../plan-sheet';

testRule(template, rule, {
  base: planSheet(),
  valid: [{ name: 'every row describes its activity' }, { name: 'the T1 2020 tables', sheet: ocrSheet() }],
  invalid: [
    { name: 'a row with a responsible person and a tidplan but no activity', patch: { A8: null }, problems: [{ messageId: 'missing', cell: 'A8', data: { field: 'Aktivitet' } }] },
    { name: 'the only activity of the Kompetens table blanked', patch: { A16: '' }, problems: [{ messageId: 'missing', cell: 'A16', data: { field: 'Aktivitet' } }] },
  ],
});
