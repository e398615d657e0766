import { handlingsplanMotValdsbejakandeExtremism as template } from '../../../../../shared/templates/handlingsplan-mot-valdsbejakande-extremism';
import rule from '../../../../../shared/templates/handlingsplan-mot-valdsbejakande-extremism/rules/every-table-has-activities';
import { testRule } from '../../../../support/rule-tester';
import { FORENING, planSheet } from '../plan-sheet';

const emptyForening = { A12: null, B12: null, C12: null, D12: null };

testRule(template, rule, {
  base: planSheet(),
  valid: [
    { name: 'every table has an activity (T1 2021)' },
    { name: 'a table that says none are planned', patch: { A12: 'Inga aktiviteter planeras under 2021.', B12: null, C12: null, D12: null } },
  ],
  invalid: [
    {
      name: 'a table printed with its header only (VP 2022)',
      patch: emptyForening,
      problems: [{ messageId: 'noActivities', cell: 'A12', data: { table: FORENING } }],
    },
    {
      name: 'the last table emptied, heading named without its colon',
      patch: { A16: null, B16: null, C16: null, D16: null },
      problems: [{ messageId: 'noActivities', cell: 'A16', data: { table: 'Kompetenshöjande aktiviteter' } }],
    },
  ],
});
