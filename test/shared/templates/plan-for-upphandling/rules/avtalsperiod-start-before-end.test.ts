import { planForUpphandling } from '../../../../../shared/templates/plan-for-upphandling';
import rule from '../../../../../shared/templates/plan-for-upphandling/rules/avtalsperiod-start-before-end';
import { testRule } from '../../../../support/rule-tester';
import { base } from '../base-sheet';

testRule(planForUpphandling, rule, {
  base,
  valid: [
    { name: 'closed periods and "Inte bestämt"' },
    { name: 'months and an en dash', patch: { E13: 'februari 2022 – januari 2026' } },
    { name: '"ej bestämt"', patch: { E14: 'Ej bestämt' } },
  ],
  invalid: [
    { name: 'VP 2022 row 4: an open end', patch: { E14: '2023-09-01 - ' }, problems: [{ messageId: 'missingEnd', cell: 'E14', data: { text: '2023-09-01 -' } }] },
    {
      name: 'the end before the start',
      patch: { E13: '2026-01-31 - 2022-02-01' },
      problems: [{ messageId: 'endBeforeStart', cell: 'E13', data: { start: '2026-01-31', end: '2022-02-01' } }],
    },
    { name: 'words that are no period', patch: { E16: 'fyra år' }, problems: [{ messageId: 'notAPeriod', cell: 'E16', data: { text: 'fyra år' } }] },
  ],
});
