import { handlingsplanMotValdsbejakandeExtremism as template } from '../../../../../shared/templates/handlingsplan-mot-valdsbejakande-extremism';
import rule from '../../../../../shared/templates/handlingsplan-mot-valdsbejakande-extremism/rules/ansvarig-filled';
import { testRule } from '../../../../support/rule-tester';
import { ocrSheet, planSheet } from '../plan-sheet';

testRule(template, rule, {
  base: planSheet(),
  valid: [{ name: 'every activity has its unit manager' }, { name: 'the T1 2020 column headed "Ansvarig"', sheet: ocrSheet() }],
  invalid: [
    { name: 'an activity with no one responsible', patch: { B8: null }, problems: [{ messageId: 'missing', cell: 'B8', data: { field: 'Ansvarig enhetschef' } }] },
    { name: 'the same in T1 2020, named as its header', sheet: ocrSheet(), patch: { B5: null }, problems: [{ messageId: 'missing', cell: 'B5', data: { field: 'Ansvarig' } }] },
  ],
});
